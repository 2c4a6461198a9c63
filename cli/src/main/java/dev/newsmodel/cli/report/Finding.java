package dev.newsmodel.cli.report;

import dev.newsmodel.core.lint.Severity;
import java.util.Objects;

/**
 * One problem found in one input, such as {@code 12:5 error schema-type /headline: expected a string},
 * whatever produced it: the JSON reader, the schema, the model's rules, lint, or the command itself
 * (an unreadable file).
 *
 * @param code a stable code, such as {@code headline-length}, not null
 * @param severity how much it matters, not null
 * @param line the 1-based line, or 0 when the problem concerns the whole input
 * @param column the 1-based column, or 0 when unknown
 * @param pointer the JSON Pointer of the value concerned, {@code ""} for the document or when unknown
 * @param message a sentence saying what was expected and what was found, not null
 */
public record Finding(String code, Severity severity, int line, int column, String pointer, String message) {
  /**
   * Checks the components.
   *
   * @param code the stable code, not null
   * @param severity how much it matters, not null
   * @param line the 1-based line, or 0 for the whole input
   * @param column the 1-based column, or 0 when unknown
   * @param pointer the JSON Pointer, {@code ""} for the document, not null
   * @param message the sentence, not null
   * @throws IllegalArgumentException if the line or column is negative
   */
  public Finding {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(message, "message");
    if (line < 0 || column < 0) {
      throw new IllegalArgumentException("line and column must be >= 0, got " + line + ":" + column);
    }
  }

  /**
   * Returns a finding about a whole input, with no line or pointer.
   *
   * @param code the code, not null
   * @param message the message, not null
   * @return the finding, not null
   */
  public static Finding ofInput(String code, String message) {
    return new Finding(code, Severity.ERROR, 0, 0, "", message);
  }

  /**
   * Returns whether the finding has a line, and so a place in the file.
   *
   * @return true if {@link #line()} is at least 1
   */
  public boolean hasLocation() {
    return line > 0;
  }
}
