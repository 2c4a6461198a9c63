package dev.newsmodel.json.internal;

import java.util.HashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Where each value of a parsed document starts, by JSON Pointer, such as {@code /headline} at line 4,
 * column 15.
 */
public final class Locations {
  private final Map<String, Long> byPointer = new HashMap<>();
  /**
   * Turns recorded byte offsets into lines and columns, only for the values a problem names; null when
   * positions are recorded as packed lines and columns (a parser over characters).
   */
  private final @Nullable LineIndex lines;

  Locations(@Nullable LineIndex lines) {
    this.lines = lines;
  }

  static long pack(int line, int column) {
    return ((long) line << 32) | (column & 0xFFFFFFFFL);
  }

  static int line(long packed) {
    return (int) (packed >>> 32);
  }

  static int column(long packed) {
    return (int) packed;
  }

  /** Records where a value starts: a byte offset when there is a line index, else a packed position. */
  void put(String pointer, long position) {
    byPointer.put(pointer, position);
  }

  /** Returns the packed line and column of a recorded position. */
  long resolve(long position) {
    return lines == null ? position : lines.locate(position);
  }

  /**
   * Returns the position recorded for exactly this pointer, or -1.
   */
  long exact(String pointer) {
    Long position = byPointer.get(pointer);
    return position == null ? -1 : position;
  }

  /**
   * Returns the line and column of the value at the pointer or, when there is none, of its nearest
   * enclosing value; 1:1 if none is known.
   *
   * @param pointer the pointer, not null
   * @return {line, column}, both from 1, not null
   */
  public int[] of(String pointer) {
    String p = pointer;
    while (true) {
      Long position = byPointer.get(p);
      if (position != null) {
        long packed = resolve(position);
        return new int[] {line(packed), column(packed)};
      }
      if (p.isEmpty()) {
        return new int[] {1, 1};
      }
      p = Pointers.parent(p);
    }
  }
}
