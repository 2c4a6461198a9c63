package dev.newsmodel.json.internal;

/**
 * The problem codes added for bounded memory and RFC 8259's encoding, kept in one place so that the
 * public catalogue of codes can take them over as they are.
 */
public final class ProblemCodes {
  /** The document has more JSON values than {@code Limits.maxValues()}. */
  public static final String LIMIT_VALUES = "limit.values";
  /** An array has more items than {@code Limits.maxArrayItems()}. */
  public static final String LIMIT_ARRAY_ITEMS = "limit.array-items";
  /** The document is UTF-16 or UTF-32 text, where RFC 8259 requires UTF-8. */
  public static final String JSON_ENCODING = "json.encoding";

  private ProblemCodes() {}
}
