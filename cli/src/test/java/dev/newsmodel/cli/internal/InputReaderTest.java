package dev.newsmodel.cli.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InputReaderTest {
  @TempDir
  Path temp;

  /** Random bytes, the same for a given length. */
  private static byte[] bytes(int length) {
    byte[] out = new byte[length];
    new Random(length).nextBytes(out);
    return out;
  }

  /** Asserts the bytes read when the content is within the limit, else the limit's refusal. */
  private static void assertReadWholeOrRefused(byte[] content, long limit, InputReader.Read read) {
    if (content.length <= limit) {
      assertNull(read.outcome);
      assertArrayEquals(content, read.bytes);
    } else {
      assertNull(read.bytes);
      assertEquals(InputReader.TOO_LARGE, read.outcome.findings().get(0).code());
    }
  }

  @ParameterizedTest(name = "{0} bytes, limit {1}")
  @CsvSource({
      "0, 10", "1, 10", "9, 10", "10, 10", "11, 10",
      // Around the stream's first buffer and the file's own size, and past both.
      "65535, 1048576", "65536, 1048576", "65537, 1048576", "300000, 1048576",
      "1048576, 1048576", "1048577, 1048576"})
  void aFileIsReadWholeUpToTheLimitAndRefusedBeyondIt(int length, long limit) throws IOException {
    byte[] content = bytes(length);
    Path file = Files.write(temp.resolve("doc.json"), content);
    InputReader.Read read = InputReader.file(file, "doc.json", limit);
    assertReadWholeOrRefused(content, limit, read);
  }

  @ParameterizedTest(name = "{0} bytes, limit {1}")
  @CsvSource({"0, 10", "10, 10", "11, 10", "65536, 1048576", "200000, 1048576", "1048577, 1048576"})
  void aStreamIsReadAsAFileIs(int length, long limit) {
    byte[] content = bytes(length);
    InputReader.Read read = InputReader.stream(new ByteArrayInputStream(content), "-", limit);
    assertReadWholeOrRefused(content, limit, read);
  }

  @ParameterizedTest(name = "{0} bytes")
  @CsvSource({"1", "4096", "100000"})
  void aStreamThatGivesAFewBytesAtATimeIsReadWhole(int length) {
    // As a pipe does: short reads, and more bytes than the first buffer holds.
    byte[] content = bytes(length);
    InputStream trickle = new ByteArrayInputStream(content) {
      @Override
      public synchronized int read(byte[] b, int off, int len) {
        return super.read(b, off, Math.min(len, 7));
      }
    };
    InputReader.Read read = InputReader.stream(trickle, "-", 1 << 20);
    assertNull(read.outcome);
    assertArrayEquals(content, read.bytes);
  }
}
