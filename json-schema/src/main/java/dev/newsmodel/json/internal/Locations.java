package dev.newsmodel.json.internal;

import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Where each value of a parsed document starts, by JSON Pointer, such as {@code /headline} at line 4,
 * column 15.
 *
 * <p>Values are kept as a tree of numbered nodes, each known by its parent and its property name or
 * index, not by its whole pointer: a pointer is as long as the path to its value (up to the depth limit
 * times the name length limit, 16 KiB by default), and keeping one per value would let a small
 * document of deeply nested long names take gigabytes. Each value costs about 80 bytes, whatever its
 * depth.
 */
public final class Locations {
  /**
   * The child of a node: by property name, or by index (with a null name) in an array.
   *
   * <p>A class rather than a record: a record's {@code equals} and {@code hashCode} are bound on first
   * use through {@code ObjectMethods}, which spun 16 method-handle classes at run time (none
   * of which a class-data-sharing archive holds), and every run of the command hashes keys when it
   * parses the schema.
   */
  private static final class Key {
    final int parent;
    final @Nullable String name;
    final int index;

    Key(int parent, @Nullable String name, int index) {
      this.parent = parent;
      this.name = name;
      this.index = index;
    }

    @Override
    public boolean equals(Object o) {
      if (!(o instanceof Key)) {
        return false;
      }
      Key k = (Key) o;
      return parent == k.parent && index == k.index && Objects.equals(name, k.name);
    }

    @Override
    public int hashCode() {
      return (31 * parent + index) * 31 + (name == null ? 0 : name.hashCode());
    }
  }

  private final Map<Key, Integer> children = new HashMap<>();
  private long[] positions = new long[64];
  private final BitSet arrays = new BitSet();
  private int count;
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

  /**
   * Records where a value starts, a byte offset when there is a line index, else a packed position;
   * returns the value's node.
   *
   * @param parent the parent's node, or -1 for the root
   * @param name the property name, or null for an array item or the root
   * @param index the array index, or -1
   * @param array whether the value is an array
   * @param position where it starts
   * @return the node, from 0
   */
  int add(int parent, @Nullable String name, int index, boolean array, long position) {
    if (count == positions.length) {
      positions = Arrays.copyOf(positions, count * 2);
    }
    int node = count++;
    positions[node] = position;
    if (array) {
      arrays.set(node);
    }
    if (parent >= 0) {
      children.put(new Key(parent, name, index), node);
    }
    return node;
  }

  /** Returns the packed line and column of a recorded position. */
  long resolve(long position) {
    return lines == null ? position : lines.locate(position);
  }

  /**
   * Returns the position recorded for exactly this pointer, or -1.
   */
  long exact(String pointer) {
    int[] found = deepest(pointer);
    return found[1] == 1 ? positions[found[0]] : -1;
  }

  /**
   * Returns the line and column of the value at the pointer or, when there is none, of its nearest
   * enclosing value; 1:1 if none is known.
   *
   * @param pointer the pointer, not null
   * @return {line, column}, both from 1, not null
   */
  public int[] of(String pointer) {
    int node = deepest(pointer)[0];
    if (node < 0) {
      return new int[] {1, 1};
    }
    long packed = resolve(positions[node]);
    return new int[] {line(packed), column(packed)};
  }

  /**
   * Returns {the deepest recorded node on the pointer's path (-1 if not even the root), 1 if it is the
   * pointer's own value, else 0}.
   */
  private int[] deepest(String pointer) {
    if (count == 0) {
      return new int[] {-1, 0};
    }
    int node = 0;
    int start = 0;
    while (start < pointer.length()) {
      if (pointer.charAt(start) != '/') {
        return new int[] {node, 0};
      }
      int end = pointer.indexOf('/', start + 1);
      if (end < 0) {
        end = pointer.length();
      }
      String token = pointer.substring(start + 1, end);
      Integer child;
      if (arrays.get(node)) {
        int index = index(token);
        child = index < 0 ? null : children.get(new Key(node, null, index));
      } else {
        child = children.get(new Key(node, token.replace("~1", "/").replace("~0", "~"), -1));
      }
      if (child == null) {
        return new int[] {node, 0};
      }
      node = child;
      start = end;
    }
    return new int[] {node, 1};
  }

  /** Returns the array index a pointer token names, or -1 if it names none. */
  static int index(String token) {
    if (token.isEmpty() || token.length() > 9 || (token.length() > 1 && token.charAt(0) == '0')) {
      return -1;
    }
    int value = 0;
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }
}
