package dev.newsmodel.json;

import dev.newsmodel.core.lint.Severity;
import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;

/**
 * One thing wrong with a JSON article, located in the document, such as
 * {@code 12:17 error schema.type at /leadImage/width: Expected an integer, but found the string "1200".}
 *
 * <p>Every problem has a stable {@linkplain #code() code} (from the {@link ProblemCode} catalogue, or a
 * lint rule's {@link dev.newsmodel.core.lint.LintRule#code() code}), a {@linkplain #severity() severity},
 * the {@linkplain #pointer() JSON Pointer} (RFC 6901) of the value it is about, the 1-based
 * {@linkplain #line() line} and {@linkplain #column() column} where that value starts in the document
 * (or where a syntax error was found; for a value that is missing, where its nearest enclosing value
 * starts), and a {@linkplain #message() sentence} that says what was expected and what was found.
 * Columns count Unicode characters (code points) from the start of the line.
 *
 * <p>This class is immutable and thread-safe.
 *
 * @param code the stable code, such as {@code schema.required} or {@code headline-length}, not null
 * @param severity how serious the problem is: errors make a document invalid, not null
 * @param pointer the JSON Pointer of the value the problem is about, such as {@code /corrections/0/date},
 *     or {@code ""} for the whole document, not null
 * @param line the 1-based line where the value starts, or where the syntax error is, positive
 * @param column the 1-based column, in characters, where the value starts, or where the syntax error is,
 *     positive
 * @param message a sentence saying what was expected and what was found, not null
 */
public record Problem(String code, Severity severity, String pointer, int line, int column, String message) {
  /**
   * Orders problems by line, then column, then severity (in its declared order), then code, then
   * pointer. Written out rather than chained from {@code Comparator.comparing}: each link of a chain is
   * a lambda class the JDK spins at run time, which a class-data-sharing archive does not hold.
   */
  static final Comparator<Problem> BY_LOCATION = (a, b) -> {
    int c = Integer.compare(a.line, b.line);
    if (c == 0) {
      c = Integer.compare(a.column, b.column);
    }
    if (c == 0) {
      c = a.severity.compareTo(b.severity);
    }
    if (c == 0) {
      c = a.code.compareTo(b.code);
    }
    return c != 0 ? c : a.pointer.compareTo(b.pointer);
  };

  /**
   * Checks the components.
   *
   * @param code the stable code, not null
   * @param severity the severity, not null
   * @param pointer the JSON Pointer, {@code ""} for the root, not null
   * @param line the 1-based line, positive
   * @param column the 1-based column, positive
   * @param message what was expected and what was found, not null
   * @throws IllegalArgumentException if the line or column is not positive
   */
  public Problem {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(pointer, "pointer");
    Objects.requireNonNull(message, "message");
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException("line and column must be positive, but were " + line + ":" + column);
    }
  }

  /**
   * Returns a problem, such as
   * {@code Problem.of("schema.required", Severity.ERROR, "", 1, 1, "Expected the property \"headline\", …")}.
   *
   * @param code the stable code, not null
   * @param severity the severity, not null
   * @param pointer the JSON Pointer, {@code ""} for the root, not null
   * @param line the 1-based line, positive
   * @param column the 1-based column, positive
   * @param message what was expected and what was found, not null
   * @return the problem, not null
   * @throws IllegalArgumentException if the line or column is not positive
   */
  public static Problem of(String code, Severity severity, String pointer, int line, int column, String message) {
    return new Problem(code, severity, pointer, line, column, message);
  }

  /**
   * Returns the problem as one line naming the file, the way compilers do, such as
   * {@code article.json:12:17: error schema.type at /leadImage/width: Expected an integer, …}.
   *
   * @param fileName the file name to show, not null
   * @return the line, not null
   */
  public String format(String fileName) {
    Objects.requireNonNull(fileName, "fileName");
    return fileName + ":" + this;
  }

  /**
   * Returns the problem as {@code line:column: severity code at pointer: message}.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return line + ":" + column + ": " + severity.name().toLowerCase(Locale.ROOT) + " " + code + " at "
        + (pointer.isEmpty() ? "(root)" : pointer) + ": " + message;
  }
}
