package dev.newsmodel.json.internal;

/**
 * Stops reading a tree into the model at the first value that cannot become part of it, with the code,
 * pointer and message of the problem; carries no stack trace.
 */
public final class ReadFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String code;
  private final String pointer;

  ReadFailure(String code, String pointer, String message) {
    super(message, null, false, false);
    this.code = code;
    this.pointer = pointer;
  }

  /** Returns the problem code, such as {@code rule.timestamp}. */
  public String code() {
    return code;
  }

  /** Returns the JSON Pointer of the value. */
  public String pointer() {
    return pointer;
  }
}
