package dev.newsmodel.json;

import java.util.Locale;

/**
 * How much a JSON document may hold before reading stops with a problem, such as
 * {@code Limits.defaults().withMaxDocumentBytes(1 << 20)} for a service that accepts articles up to 1 MiB.
 *
 * <p>Limits make hostile input fail fast and cheaply, with a located problem, instead of exhausting memory
 * or the stack. The defaults are generous for real articles (a long article with its body is well under
 * 1 MiB of JSON) and bounded for machines:
 * <ul>
 *   <li>document size: 10 MiB ({@value #DEFAULT_MAX_DOCUMENT_BYTES} bytes), checked before parsing;
 *       reading holds the document and a tree of it in memory, so this bounds memory per document to
 *       some tens of MiB;
 *   <li>nesting depth: {@value #DEFAULT_MAX_DEPTH} arrays and objects; an article needs about 10 plus
 *       the nesting of its inline markup (emphasis in a link in a language span…), and the bound keeps
 *       every recursive step far from the stack's end;
 *   <li>string length: 1 MiB ({@value #DEFAULT_MAX_STRING_LENGTH} characters), more than any real
 *       paragraph or summary;
 *   <li>property name length: {@value #DEFAULT_MAX_NAME_LENGTH} characters; the schema's longest name
 *       has 19;
 *   <li>number length: {@value #DEFAULT_MAX_NUMBER_LENGTH} characters, enough for any coordinate or
 *       pixel size.
 * </ul>
 * The limits are enforced by the parser itself (Jackson's {@code StreamReadConstraints}); the document
 * size is also checked before parsing starts.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Limits {
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

  private static final Limits DEFAULTS = new Limits(DEFAULT_MAX_DOCUMENT_BYTES, DEFAULT_MAX_DEPTH,
      DEFAULT_MAX_STRING_LENGTH, DEFAULT_MAX_NAME_LENGTH, DEFAULT_MAX_NUMBER_LENGTH);

  private final int maxDocumentBytes;
  private final int maxDepth;
  private final int maxStringLength;
  private final int maxNameLength;
  private final int maxNumberLength;

  private Limits(int maxDocumentBytes, int maxDepth, int maxStringLength, int maxNameLength,
      int maxNumberLength) {
    this.maxDocumentBytes = positive("maxDocumentBytes", maxDocumentBytes);
    this.maxDepth = positive("maxDepth", maxDepth);
    this.maxStringLength = positive("maxStringLength", maxStringLength);
    this.maxNameLength = positive("maxNameLength", maxNameLength);
    this.maxNumberLength = positive("maxNumberLength", maxNumberLength);
  }

  /**
   * Returns the default limits: 10 MiB, depth 64, strings of 1 MiB, names of 256 and numbers of 64
   * characters.
   *
   * @return the defaults, not null
   */
  public static Limits defaults() {
    return DEFAULTS;
  }

  /**
   * Returns the largest document accepted, in bytes.
   *
   * @return the size, positive
   */
  public int maxDocumentBytes() {
    return maxDocumentBytes;
  }

  /**
   * Returns the deepest nesting of arrays and objects accepted; the root object is depth 1.
   *
   * @return the depth, positive
   */
  public int maxDepth() {
    return maxDepth;
  }

  /**
   * Returns the longest string value accepted, in characters (UTF-16 code units).
   *
   * @return the length, positive
   */
  public int maxStringLength() {
    return maxStringLength;
  }

  /**
   * Returns the longest property name accepted, in characters.
   *
   * @return the length, positive
   */
  public int maxNameLength() {
    return maxNameLength;
  }

  /**
   * Returns the longest number accepted, in characters.
   *
   * @return the length, positive
   */
  public int maxNumberLength() {
    return maxNumberLength;
  }

  /**
   * Returns a copy with another largest document size.
   *
   * @param bytes the size in bytes, positive
   * @return the copy, not null
   * @throws IllegalArgumentException if the size is not positive
   */
  public Limits withMaxDocumentBytes(int bytes) {
    return new Limits(bytes, maxDepth, maxStringLength, maxNameLength, maxNumberLength);
  }

  /**
   * Returns a copy with another deepest nesting.
   *
   * @param depth the depth, positive; at most a few hundred to stay far from stack limits
   * @return the copy, not null
   * @throws IllegalArgumentException if the depth is not positive or above 1000
   */
  public Limits withMaxDepth(int depth) {
    if (depth > 1000) {
      throw new IllegalArgumentException("maxDepth must be at most 1000, but was " + depth);
    }
    return new Limits(maxDocumentBytes, depth, maxStringLength, maxNameLength, maxNumberLength);
  }

  /**
   * Returns a copy with another longest string.
   *
   * @param length the length in characters, positive
   * @return the copy, not null
   * @throws IllegalArgumentException if the length is not positive
   */
  public Limits withMaxStringLength(int length) {
    return new Limits(maxDocumentBytes, maxDepth, length, maxNameLength, maxNumberLength);
  }

  /**
   * Returns a copy with another longest property name.
   *
   * @param length the length in characters, positive
   * @return the copy, not null
   * @throws IllegalArgumentException if the length is not positive
   */
  public Limits withMaxNameLength(int length) {
    return new Limits(maxDocumentBytes, maxDepth, maxStringLength, length, maxNumberLength);
  }

  /**
   * Returns a copy with another longest number.
   *
   * @param length the length in characters, positive
   * @return the copy, not null
   * @throws IllegalArgumentException if the length is not positive
   */
  public Limits withMaxNumberLength(int length) {
    return new Limits(maxDocumentBytes, maxDepth, maxStringLength, maxNameLength, length);
  }

  private static int positive(String name, int value) {
    if (value <= 0) {
      throw new IllegalArgumentException(name + " must be positive, but was " + value);
    }
    return value;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Limits)) {
      return false;
    }
    Limits other = (Limits) o;
    return maxDocumentBytes == other.maxDocumentBytes && maxDepth == other.maxDepth
        && maxStringLength == other.maxStringLength && maxNameLength == other.maxNameLength
        && maxNumberLength == other.maxNumberLength;
  }

  @Override
  public int hashCode() {
    int h = maxDocumentBytes;
    h = 31 * h + maxDepth;
    h = 31 * h + maxStringLength;
    h = 31 * h + maxNameLength;
    return 31 * h + maxNumberLength;
  }

  @Override
  public String toString() {
    return String.format(Locale.ROOT,
        "Limits[maxDocumentBytes=%d, maxDepth=%d, maxStringLength=%d, maxNameLength=%d, maxNumberLength=%d]",
        maxDocumentBytes, maxDepth, maxStringLength, maxNameLength, maxNumberLength);
  }
}
