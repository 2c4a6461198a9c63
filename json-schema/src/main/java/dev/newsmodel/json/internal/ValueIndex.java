package dev.newsmodel.json.internal;

import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Where each value of a document read by {@link StreamReader} starts, recorded while reading, so that
 * lint findings are located without a second parse: the same answers as the {@link Locations} of the
 * located parse, at a fraction of its cost.
 *
 * <p>Each value is one entry of two parallel arrays (its parent, byte offset and whether it is an
 * array packed in a long; its property name as the parser interned it, or null for an array item,
 * whose index is its rank among its siblings), 12 bytes a value; nothing is hashed or composed while
 * reading.
 * Looking a pointer up scans the entries, and its offset becomes a line and column by scanning the
 * document up to it (a line index is built only past a few lookups): both happen only for a document
 * with lint findings.
 */
final class ValueIndex {
  private static final long ARRAY = 1L << 63;

  private final byte[] document;
  /** Per value: its byte offset (low 32 bits), its parent's entry + 1 (next 31 bits), whether it is an array. */
  private long[] values;
  /** Per value: its property name, or null for an array item (its index is its rank among its siblings). */
  private @Nullable String[] names;
  private int count;
  /** Lookups answered by scanning from the document's start before the line index is built. */
  private static final int SCANS = 4;
  private int lookups;
  private @Nullable LineIndex lines;

  ValueIndex(byte[] document) {
    this.document = document;
    // About one value per 40 bytes of ordinary article JSON, so the arrays seldom grow.
    int capacity = Math.min(document.length / 40 + 64, 1 << 14);
    this.values = new long[capacity];
    this.names = new String[capacity];
  }

  /**
   * Records a value's start; returns its entry.
   *
   * @param parent the parent's entry, or -1 for the root
   * @param name the property name, or null for an array item or the root
   * @param array whether the value is an array
   * @param offset its byte offset
   * @return the entry, from 0
   */
  int add(int parent, @Nullable String name, boolean array, long offset) {
    if (count == values.length) {
      values = Arrays.copyOf(values, count * 2);
      names = Arrays.copyOf(names, count * 2);
    }
    int entry = count++;
    values[entry] = (Math.max(0, offset) & 0xFFFFFFFFL) | ((long) (parent + 1) << 32) | (array ? ARRAY : 0);
    names[entry] = name;
    return entry;
  }

  private int parent(int entry) {
    return (int) ((values[entry] >>> 32) & 0x7FFFFFFF) - 1;
  }

  /**
   * Returns the line and column of the value at the pointer or, when there is none, of its nearest
   * enclosing value, as {@link Locations#of} does; 1:1 if none is known.
   *
   * @param pointer the pointer, not null
   * @return {line, column}, both from 1, not null
   */
  int[] of(String pointer) {
    if (count == 0) {
      return new int[] {1, 1};
    }
    int node = 0;
    int start = 0;
    while (start < pointer.length() && pointer.charAt(start) == '/') {
      int end = pointer.indexOf('/', start + 1);
      if (end < 0) {
        end = pointer.length();
      }
      String token = pointer.substring(start + 1, end);
      int child = (values[node] & ARRAY) != 0 ? item(node, Locations.index(token))
          : property(node, token.replace("~1", "/").replace("~0", "~"));
      if (child < 0) {
        break;
      }
      node = child;
      start = end;
    }
    long offset = values[node] & 0xFFFFFFFFL;
    long packed;
    if (++lookups <= SCANS) {
      packed = LineIndex.scan(document, offset);
    } else {
      if (lines == null) {
        lines = new LineIndex(document);
      }
      packed = lines.locate(offset);
    }
    return new int[] {Locations.line(packed), Locations.column(packed)};
  }

  private int item(int parent, int index) {
    if (index < 0) {
      return -1;
    }
    int rank = 0;
    for (int i = parent + 1; i < count; i++) {
      if (parent(i) == parent && rank++ == index) {
        return i;
      }
    }
    return -1;
  }

  private int property(int parent, String name) {
    for (int i = parent + 1; i < count; i++) {
      if (parent(i) == parent && name.equals(names[i])) {
        return i;
      }
    }
    return -1;
  }
}
