package dev.newsmodel.json.internal;

import java.util.HashMap;
import java.util.Map;

/**
 * Where each value of a parsed document starts, by JSON Pointer, such as {@code /headline} at line 4,
 * column 15.
 */
public final class Locations {
  private final Map<String, Long> byPointer = new HashMap<>();

  static long pack(int line, int column) {
    return ((long) line << 32) | (column & 0xFFFFFFFFL);
  }

  static int line(long packed) {
    return (int) (packed >>> 32);
  }

  static int column(long packed) {
    return (int) packed;
  }

  void put(String pointer, long packed) {
    byPointer.put(pointer, packed);
  }

  /**
   * Returns the packed line and column recorded for exactly this pointer, or -1.
   */
  long exact(String pointer) {
    Long packed = byPointer.get(pointer);
    return packed == null ? -1 : packed;
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
      Long packed = byPointer.get(p);
      if (packed != null) {
        return new int[] {line(packed), column(packed)};
      }
      if (p.isEmpty()) {
        return new int[] {1, 1};
      }
      p = Pointers.parent(p);
    }
  }
}
