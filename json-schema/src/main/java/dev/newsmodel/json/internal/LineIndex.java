package dev.newsmodel.json.internal;

/**
 * Turns byte offsets in a UTF-8 document into 1-based lines and columns, counting columns in Unicode
 * code points, such as offset 42 into line 3, column 7. Lines end at LF, CR or CR LF, as in JSON.
 *
 * <p>It keeps the line and column of every 1024th byte only (8 bytes per KiB of document), so its
 * memory is bounded by the document's size whatever its shape: a document of ten million line breaks
 * costs the same 80 KiB as one long line. The checkpoints are counted as far as the offsets asked for,
 * when they are asked for: most documents that get here have one problem, and counting the whole
 * document up front was a quarter of parsing it.
 */
final class LineIndex {
  /** Bytes between checkpoints: locating an offset scans at most this many bytes past the last counted. */
  private static final int STEP = 1024;

  private final byte[] document;
  /** The line of every STEP-th byte, for the first {@link #counted} of them. */
  private final int[] checkpointLines;
  /** The column of every STEP-th byte, so a long minified line is not rescanned from its start. */
  private final int[] checkpointColumns;
  /** How many checkpoints are counted, from the first: at least one, the document's start. */
  private int counted = 1;

  LineIndex(byte[] document) {
    this.document = document;
    this.checkpointLines = new int[document.length / STEP + 1];
    this.checkpointColumns = new int[document.length / STEP + 1];
    checkpointLines[0] = 1;
    checkpointColumns[0] = 1;
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

  /**
   * Returns the line and column of a byte offset by scanning the document from its start, without an
   * index: for the few offsets of a document's lint findings, cheaper than indexing it whole.
   *
   * @param document the document, not null
   * @param byteOffset the offset
   * @return the line and column, packed by {@link Locations#pack}
   */
  static long scan(byte[] document, long byteOffset) {
    return advance(document, 1, 1, 0, (int) Math.max(0, Math.min(byteOffset, document.length)));
  }

  /** Returns the line and column of a byte offset, packed by {@link Locations#pack}. */
  long locate(long byteOffset) {
    int offset = (int) Math.max(0, Math.min(byteOffset, document.length));
    int checkpoint = offset / STEP;
    while (counted <= checkpoint) {
      long end = advance(document, checkpointLines[counted - 1], checkpointColumns[counted - 1], (counted - 1) * STEP,
          counted * STEP);
      checkpointLines[counted] = Locations.line(end);
      checkpointColumns[counted] = Locations.column(end);
      counted++;
    }
    return advance(document, checkpointLines[checkpoint], checkpointColumns[checkpoint], checkpoint * STEP, offset);
  }

  /** Returns the line and column at {@code to}, counting from {@code from}'s, packed. */
  private static long advance(byte[] document, int line, int column, int from, int to) {
    for (int i = from; i < to; i++) {
      byte b = document[i];
      if (b == '\n' || (b == '\r' && (i + 1 >= document.length || document[i + 1] != '\n'))) {
        line++;
        column = 1;
      } else if (b != '\r' && (b & 0xC0) != 0x80) {
        column++;
      }
    }
    return Locations.pack(line, column);
  }
}
