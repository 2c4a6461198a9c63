package dev.newsmodel.json;

/**
 * How much a JSON document may hold before reading stops with a problem, such as
 * {@code Limits.defaults().withMaxDocumentBytes(1 << 20)} for a service that accepts articles up to 1 MiB.
 *
 * <p>Limits make hostile input fail fast and cheaply, with a located problem, instead of exhausting memory
 * or the stack. The defaults are generous for real articles (a long article with its body is well under
 * 1 MiB of JSON) and bounded for machines:
 * <ul>
 *   <li>document size: 10 MiB ({@value #DEFAULT_MAX_DOCUMENT_BYTES} bytes), checked before parsing;
 *       reading holds the document and its text (up to twice its size in Java strings) in memory;
 *   <li>nesting depth: {@value #DEFAULT_MAX_DEPTH} arrays and objects; an article needs about 10 plus
 *       the nesting of its inline markup (emphasis in a link in a language span…), and the bound keeps
 *       every recursive step far from the stack's end;
 *   <li>string length: 1 MiB ({@value #DEFAULT_MAX_STRING_LENGTH} characters), more than any real
 *       paragraph or summary;
 *   <li>property name length: {@value #DEFAULT_MAX_NAME_LENGTH} characters; the schema's longest name
 *       has 19;
 *   <li>number length: {@value #DEFAULT_MAX_NUMBER_LENGTH} characters, enough for any coordinate or
 *       pixel size;
 *   <li>values: {@value #DEFAULT_MAX_VALUES} JSON values in the whole document (every object, array,
 *       string, number, {@code true}, {@code false} and {@code null} counts one; property names do not),
 *       nine times the 52 KB article of the benchmarks, which has about 1,100, so about 500 KB of
 *       ordinary article JSON; a value the schema refuses can cost 3 KB of heap (networknt reports a
 *       wrong inline item seven times, once per branch of the inline union), so this count, more than
 *       the document size, is what bounds the heap;
 *   <li>array items: {@value #DEFAULT_MAX_ARRAY_ITEMS} items in any one array, which bounds body blocks,
 *       inline runs of a block, list items, keywords and every other list; a very long article has a
 *       few hundred paragraphs;
 *   <li>problems reported: {@value #DEFAULT_MAX_PROBLEMS} per document; the rest are counted, not kept
 *       (see {@link ValidationReport#omittedProblems()}).
 * </ul>
 * The size, depth and length limits are enforced by the parser itself (Jackson's
 * {@code StreamReadConstraints}); the document size is also checked before parsing starts. The value and
 * array item counts are checked while parsing, before a value is added to the tree, by both the quick
 * reader and the located parse.
 *
 * <p>Size alone does not bound memory: ten mebibytes of tiny paragraphs or of the number {@code 1} are
 * millions of values, each costing far more as a tree, a location and a schema error than its few
 * bytes of text. With the counts bounded, any document within these default limits is validated
 * ({@link ArticleValidator#validate}) or read ({@link ArticleJson#read(byte[])}) in less than 64 MiB of
 * heap, the document itself included: the heap benchmark of the {@code benchmarks} module runs the
 * worst shapes under {@code -Xmx64m}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param maxDocumentBytes the largest document accepted, in bytes, positive
 * @param maxDepth the deepest nesting of arrays and objects, from 1 to {@value #MAX_DEPTH_BOUND}
 * @param maxStringLength the longest string, in characters, positive
 * @param maxNameLength the longest property name, in characters, positive
 * @param maxNumberLength the longest number, in characters, positive
 * @param maxValues the largest number of JSON values in a document, positive
 * @param maxArrayItems the largest number of items in one array, positive
 * @param maxProblems the largest number of problems reported for one document, positive
 */
public record Limits(int maxDocumentBytes, int maxDepth, int maxStringLength, int maxNameLength,
    int maxNumberLength, int maxValues, int maxArrayItems, int maxProblems) {
  /** The default largest document, 10 MiB. */
  public static final int DEFAULT_MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;
  /** The default deepest nesting of arrays and objects. */
  public static final int DEFAULT_MAX_DEPTH = 64;
  /** The default longest string, 1 MiB of characters. */
  public static final int DEFAULT_MAX_STRING_LENGTH = 1024 * 1024;
  /** The default longest property name. */
  public static final int DEFAULT_MAX_NAME_LENGTH = 256;
  /** The default longest number, in characters. */
  public static final int DEFAULT_MAX_NUMBER_LENGTH = 64;
  /** The default largest number of JSON values in a document. */
  public static final int DEFAULT_MAX_VALUES = 10_000;
  /** The default largest number of items in one array. */
  public static final int DEFAULT_MAX_ARRAY_ITEMS = 5_000;
  /** The default largest number of problems reported for one document. */
  public static final int DEFAULT_MAX_PROBLEMS = 100;

  /**
   * The deepest nesting {@link #withMaxDepth} allows: reading and checking recurse once per level, and
   * this bound keeps them far from the end of a default 1 MiB thread stack (depth 321 was measured to
   * overflow a 512 KiB one).
   */
  public static final int MAX_DEPTH_BOUND = 256;

  private static final Limits DEFAULTS = new Limits(DEFAULT_MAX_DOCUMENT_BYTES, DEFAULT_MAX_DEPTH,
      DEFAULT_MAX_STRING_LENGTH, DEFAULT_MAX_NAME_LENGTH, DEFAULT_MAX_NUMBER_LENGTH, DEFAULT_MAX_VALUES,
      DEFAULT_MAX_ARRAY_ITEMS, DEFAULT_MAX_PROBLEMS);

  /**
   * Checks the limits.
   *
   * @param maxDocumentBytes the largest document accepted, in bytes, positive
   * @param maxDepth the deepest nesting of arrays and objects, from 1 to {@value #MAX_DEPTH_BOUND}
   * @param maxStringLength the longest string, in characters, positive
   * @param maxNameLength the longest property name, in characters, positive
   * @param maxNumberLength the longest number, in characters, positive
   * @param maxValues the largest number of JSON values in a document, positive
   * @param maxArrayItems the largest number of items in one array, positive
   * @param maxProblems the largest number of problems reported for one document, positive
   * @throws IllegalArgumentException if a limit is not positive, or the depth is above
   *     {@value #MAX_DEPTH_BOUND}
   */
  public Limits {
    positive("maxDocumentBytes", maxDocumentBytes);
    positive("maxDepth", maxDepth);
    if (maxDepth > MAX_DEPTH_BOUND) {
      throw new IllegalArgumentException("maxDepth must be at most " + MAX_DEPTH_BOUND + ", but was " + maxDepth);
    }
    positive("maxStringLength", maxStringLength);
    positive("maxNameLength", maxNameLength);
    positive("maxNumberLength", maxNumberLength);
    positive("maxValues", maxValues);
    positive("maxArrayItems", maxArrayItems);
    positive("maxProblems", maxProblems);
  }

  /**
   * Returns the default limits: 10 MiB, depth 64, strings of 1 MiB, names of 256 and numbers of 64
   * characters, 10,000 values, 5,000 items per array and 100 problems reported.
   *
   * @return the defaults, not null
   */
  public static Limits defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a copy with another largest document size.
   *
   * @param bytes the size in bytes, positive
   * @return the copy, not null
   * @throws IllegalArgumentException if the size is not positive
   */
  public Limits withMaxDocumentBytes(int bytes) {
    return new Limits(bytes, maxDepth, maxStringLength, maxNameLength, maxNumberLength, maxValues, maxArrayItems,
        maxProblems);
  }

  /**
   * Returns a copy with another deepest nesting.
   *
   * @param depth the depth, positive; at most {@value #MAX_DEPTH_BOUND}
   * @return the copy, not null
   * @throws IllegalArgumentException if the depth is not positive or above {@value #MAX_DEPTH_BOUND}
   */
  public Limits withMaxDepth(int depth) {
    return new Limits(maxDocumentBytes, depth, maxStringLength, maxNameLength, maxNumberLength, maxValues,
        maxArrayItems, maxProblems);
  }

  /**
   * Returns a copy with another longest string.
   *
   * @param length the length in characters, positive
   * @return the copy, not null
   * @throws IllegalArgumentException if the length is not positive
   */
  public Limits withMaxStringLength(int length) {
    return new Limits(maxDocumentBytes, maxDepth, length, maxNameLength, maxNumberLength, maxValues, maxArrayItems,
        maxProblems);
  }

  /**
   * Returns a copy with another longest property name.
   *
   * @param length the length in characters, positive
   * @return the copy, not null
   * @throws IllegalArgumentException if the length is not positive
   */
  public Limits withMaxNameLength(int length) {
    return new Limits(maxDocumentBytes, maxDepth, maxStringLength, length, maxNumberLength, maxValues, maxArrayItems,
        maxProblems);
  }

  /**
   * Returns a copy with another longest number.
   *
   * @param length the length in characters, positive
   * @return the copy, not null
   * @throws IllegalArgumentException if the length is not positive
   */
  public Limits withMaxNumberLength(int length) {
    return new Limits(maxDocumentBytes, maxDepth, maxStringLength, maxNameLength, length, maxValues, maxArrayItems,
        maxProblems);
  }

  /**
   * Returns a copy with another largest number of values in a document.
   *
   * @param count the count, positive
   * @return the copy, not null
   * @throws IllegalArgumentException if the count is not positive
   */
  public Limits withMaxValues(int count) {
    return new Limits(maxDocumentBytes, maxDepth, maxStringLength, maxNameLength, maxNumberLength, count,
        maxArrayItems, maxProblems);
  }

  /**
   * Returns a copy with another largest number of items in one array.
   *
   * @param count the count, positive
   * @return the copy, not null
   * @throws IllegalArgumentException if the count is not positive
   */
  public Limits withMaxArrayItems(int count) {
    return new Limits(maxDocumentBytes, maxDepth, maxStringLength, maxNameLength, maxNumberLength, maxValues,
        count, maxProblems);
  }

  /**
   * Returns a copy with another largest number of problems reported per document.
   *
   * @param count the count, positive
   * @return the copy, not null
   * @throws IllegalArgumentException if the count is not positive
   */
  public Limits withMaxProblems(int count) {
    return new Limits(maxDocumentBytes, maxDepth, maxStringLength, maxNameLength, maxNumberLength, maxValues,
        maxArrayItems, count);
  }

  private static void positive(String name, int value) {
    if (value <= 0) {
      throw new IllegalArgumentException(name + " must be positive, but was " + value);
    }
  }
}
