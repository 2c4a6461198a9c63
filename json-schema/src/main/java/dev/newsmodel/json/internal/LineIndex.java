package dev.newsmodel.json.internal;

import java.util.Arrays;

/**
 * Turns byte offsets in a UTF-8 document into 1-based lines and columns, counting columns in Unicode
 * code points, such as offset 42 into line 3, column 7. Lines end at LF, CR or CR LF, as in JSON.
 */
final class LineIndex {
  /** Bytes between column checkpoints: locating an offset scans at most this many bytes. */
  private static final int STEP = 1024;

  private final byte[] document;
  private final int[] lineStarts;
  private final int lines;
  /** The column of every STEP-th byte, so a long minified line is not rescanned from its start. */
  private final int[] checkpoints;

  LineIndex(byte[] document) {
    this.document = document;
    int[] starts = new int[16];
    int count = 1;
    int[] columns = new int[document.length / STEP + 1];
    int column = 1;
    for (int i = 0; i < document.length; i++) {
      if (i % STEP == 0) {
        columns[i / STEP] = column;
      }
      byte b = document[i];
      if (b == '\n' || (b == '\r' && (i + 1 >= document.length || document[i + 1] != '\n'))) {
        if (count == starts.length) {
          starts = Arrays.copyOf(starts, count * 2);
        }
        starts[count++] = i + 1;
        column = 1;
      } else if (b != '\r' && (b & 0xC0) != 0x80) {
        column++;
      }
    }
    if (document.length % STEP == 0) {
      columns[document.length / STEP] = column;
    }
    this.lineStarts = starts;
    this.lines = count;
    this.checkpoints = columns;
  }

  /**
   * Returns the byte offset of the value that follows the property name starting at the given offset
   * (past the quoted name, spaces and the colon), or -1 if the bytes there are not a name and a colon.
   */
  long valueAfterName(long nameOffset) {
    int i = (int) nameOffset;
    if (i < 0 || i >= document.length || document[i] != '"') {
      return -1;
    }
    i++;
    while (i < document.length && document[i] != '"') {
      i += document[i] == '\\' ? 2 : 1;
    }
    i++;
    while (i < document.length && isSpace(document[i])) {
      i++;
    }
    if (i >= document.length || document[i] != ':') {
      return -1;
    }
    i++;
    while (i < document.length && isSpace(document[i])) {
      i++;
    }
    return i;
  }

  private static boolean isSpace(byte b) {
    return b == ' ' || b == '\t' || b == '\n' || b == '\r';
  }

  /** Returns the line and column of a byte offset, packed by {@link Locations#pack}. */
  long locate(long byteOffset) {
    int offset = (int) Math.max(0, Math.min(byteOffset, document.length));
    int line = Arrays.binarySearch(lineStarts, 0, lines, offset);
    if (line < 0) {
      line = -line - 2;
    }
    int checkpoint = offset / STEP * STEP;
    int from;
    int column;
    if (checkpoint >= lineStarts[line]) {
      from = checkpoint;
      column = checkpoints[checkpoint / STEP];
    } else {
      from = lineStarts[line];
      column = 1;
    }
    for (int i = from; i < offset; i++) {
      byte b = document[i];
      if (b != '\r' && (b & 0xC0) != 0x80) {
        column++;
      }
    }
    return Locations.pack(line + 1, column);
  }
}
