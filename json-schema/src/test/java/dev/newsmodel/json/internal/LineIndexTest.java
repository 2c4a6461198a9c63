package dev.newsmodel.json.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class LineIndexTest {
  private static final String[] PIECES = {"a", " ", "\n", "\r\n", "\r", "é", "Ш", "東", "🚀", "x".repeat(700)};

  @Test
  void locatesLikeCountingFromTheStart() {
    qt().withFixedSeed(5L).withExamples(200)
        .forAll(lists().of(integers().between(0, PIECES.length - 1)).ofSizeBetween(0, 60))
        .checkAssert(picks -> {
          byte[] bytes = document(picks);
          LineIndex index = new LineIndex(bytes);
          long[] expected = naive(bytes);
          for (int offset = 0; offset <= bytes.length; offset++) {
            assertEquals(expected[offset], index.locate(offset), "offset " + offset + " in " + picks);
            assertEquals(expected[offset], LineIndex.scan(bytes, offset), "scan to " + offset + " in " + picks);
          }
        });
  }

  /** The checkpoints are counted as offsets are asked for: any order gives the same answers. */
  @Test
  void locatesOffsetsAskedForInAnyOrder() {
    qt().withFixedSeed(7L).withExamples(200)
        .forAll(lists().of(integers().between(0, PIECES.length - 1)).ofSizeBetween(0, 60),
            lists().of(integers().between(0, Integer.MAX_VALUE)).ofSizeBetween(1, 8))
        .checkAssert((picks, asks) -> {
          byte[] bytes = document(picks);
          LineIndex index = new LineIndex(bytes);
          long[] expected = naive(bytes);
          for (int ask : asks) {
            int offset = ask % (bytes.length + 1);
            assertEquals(expected[offset], index.locate(offset), "offset " + offset + " after " + asks + " in " + picks);
          }
          assertEquals(expected[bytes.length], index.locate(Long.MAX_VALUE), "past the end");
        });
  }

  @Test
  void findsTheValueAfterAPropertyName() {
    byte[] bytes = "{\"a\\\"b\" :  12}".getBytes(StandardCharsets.UTF_8);
    assertEquals(11, new LineIndex(bytes).valueAfterName(1));
    assertEquals(-1, new LineIndex(bytes).valueAfterName(0));
  }

  @Test
  void columnsCountCharactersNotBytes() {
    byte[] bytes = "Шуша\n🚀x".getBytes(StandardCharsets.UTF_8);
    LineIndex index = new LineIndex(bytes);
    assertEquals(List.of(1, 5), unpack(index.locate(8)));
    assertEquals(List.of(2, 2), unpack(index.locate(13)));
  }

  private static List<Integer> unpack(long packed) {
    return List.of(Locations.line(packed), Locations.column(packed));
  }

  /** The UTF-8 document of the picked pieces. */
  private static byte[] document(List<Integer> picks) {
    StringBuilder text = new StringBuilder();
    for (int pick : picks) {
      text.append(PIECES[pick]);
    }
    return text.toString().getBytes(StandardCharsets.UTF_8);
  }

  /** Counts from the start of the document: the position of every offset, including the end. */
  private static long[] naive(byte[] bytes) {
    long[] positions = new long[bytes.length + 1];
    int line = 1;
    int column = 1;
    for (int i = 0; i < bytes.length; i++) {
      positions[i] = Locations.pack(line, column);
      byte b = bytes[i];
      if (b == '\n' || (b == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n'))) {
        line++;
        column = 1;
      } else if (b == '\r') {
        continue;
      } else if ((b & 0xC0) != 0x80) {
        column++;
      }
    }
    positions[bytes.length] = Locations.pack(line, column);
    return positions;
  }
}
