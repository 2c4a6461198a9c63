package dev.newsmodel.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A write that fails half way leaves the target as it was, and no temporary file behind. */
class AtomicOutputTest {
  @TempDir
  Path dir;

  private List<String> listing(Path in) throws IOException {
    try (Stream<Path> files = Files.list(in)) {
      return files.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
    }
  }

  /** Writes a lot, then fails: with an I/O error, or with a bug. */
  private static AtomicOutput.Content failingAfterWriting(RuntimeException bug) {
    return out -> {
      for (int i = 0; i < 100_000; i++) {
        out.write("partial output ");
      }
      if (bug != null) {
        throw bug;
      }
      throw new IOException("No space left on device");
    };
  }

  @Test
  void aFailedWriteKeepsTheOldFileWhole() throws IOException {
    Path target = dir.resolve("page.html");
    Files.writeString(target, "the previous page");
    IOException io = assertThrows(IOException.class, () -> AtomicOutput.write(target, failingAfterWriting(null)));
    assertEquals("No space left on device", io.getMessage());
    assertThrows(UncheckedIOException.class, () -> AtomicOutput.write(target,
        failingAfterWriting(new UncheckedIOException(new IOException("a bug")))));
    assertEquals("the previous page", Files.readString(target));
    assertEquals(List.of("page.html"), listing(dir));
  }

  @Test
  void aFailedWriteCreatesNoFile() throws IOException {
    Path target = dir.resolve("new/page.html");
    assertThrows(IOException.class, () -> AtomicOutput.write(target, failingAfterWriting(null)));
    assertFalse(Files.exists(target));
    assertEquals(List.of(), listing(dir.resolve("new")));
  }

  @Test
  void aWriteThatSucceedsReplacesTheFile() throws IOException {
    Path target = dir.resolve("page.html");
    Files.writeString(target, "the previous page, which was longer");
    AtomicOutput.write(target, out -> out.write("new \u00e9"));
    assertEquals("new \u00e9", Files.readString(target));
    assertEquals(List.of("page.html"), listing(dir));
  }

  @Test
  void aDirectoryIsRefused() throws IOException {
    Files.createDirectories(dir.resolve("out"));
    AtomicOutput.Refused refused = assertThrows(AtomicOutput.Refused.class,
        () -> AtomicOutput.write(dir.resolve("out"), out -> out.write("x")));
    assertEquals("it is a directory", refused.getMessage());
  }
}
