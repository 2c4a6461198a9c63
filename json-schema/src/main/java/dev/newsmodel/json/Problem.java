package dev.newsmodel.json;

import dev.newsmodel.core.lint.Severity;
import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;

/**
 * One thing wrong with a JSON article, located in the document, such as
 * {@code 12:17 error schema.type at /leadImage/width: Expected an integer, but found the string "1200".}
 *
 * <p>Every problem has a stable {@linkplain #code() code}, a {@linkplain #severity() severity}, the
 * {@linkplain #pointer() JSON Pointer} (RFC 6901) of the value it is about, the 1-based
 * {@linkplain #line() line} and {@linkplain #column() column} where that value starts in the document
 * (or where a syntax error was found; for a value that is missing, where its nearest enclosing value
 * starts), and a {@linkplain #message() sentence} that says what was expected and what was found.
 * Columns count Unicode characters (code points) from the start of the line.
 *
 * <p>The codes, by family. Codes never change meaning; new ones may be added.
 * <table>
 *   <caption>Problem codes</caption>
 *   <tr><th>code</th><th>severity</th><th>meaning</th></tr>
 *   <tr><td>{@code json.syntax}</td><td>error</td><td>the document is not well-formed JSON (including
 *       invalid UTF-8, comments, single quotes, unquoted names)</td></tr>
 *   <tr><td>{@code json.empty}</td><td>error</td><td>the document holds no JSON value</td></tr>
 *   <tr><td>{@code json.duplicate-key}</td><td>error</td><td>an object names the same property
 *       twice</td></tr>
 *   <tr><td>{@code json.trailing-content}</td><td>error</td><td>something follows the document's
 *       value</td></tr>
 *   <tr><td>{@code json.byte-order-mark}</td><td>error</td><td>the document starts with a UTF-8
 *       byte-order mark, which JSON text must not (the rest is still checked; reading for use skips the
 *       mark)</td></tr>
 *   <tr><td>{@code json.encoding}</td><td>error</td><td>the document is UTF-16 or UTF-32 text (by its
 *       byte-order mark or the zero bytes of its first characters), where RFC 8259 requires UTF-8</td></tr>
 *   <tr><td>{@code limit.document-size}</td><td>error</td><td>the document is larger than
 *       {@link Limits#maxDocumentBytes()}</td></tr>
 *   <tr><td>{@code limit.depth}</td><td>error</td><td>arrays and objects nest deeper than
 *       {@link Limits#maxDepth()}</td></tr>
 *   <tr><td>{@code limit.string-length}</td><td>error</td><td>a string is longer than
 *       {@link Limits#maxStringLength()}</td></tr>
 *   <tr><td>{@code limit.name-length}</td><td>error</td><td>a property name is longer than
 *       {@link Limits#maxNameLength()}</td></tr>
 *   <tr><td>{@code limit.number-length}</td><td>error</td><td>a number is longer than
 *       {@link Limits#maxNumberLength()}</td></tr>
 *   <tr><td>{@code limit.values}</td><td>error</td><td>the document has more JSON values than
 *       {@link Limits#maxValues()}</td></tr>
 *   <tr><td>{@code limit.array-items}</td><td>error</td><td>an array has more items than
 *       {@link Limits#maxArrayItems()}</td></tr>
 *   <tr><td>{@code schema.<keyword>}</td><td>error</td><td>the document breaks the
 *       {@linkplain ArticleSchema schema}'s keyword: {@code schema.required}, {@code schema.type},
 *       {@code schema.additionalProperties} (an unknown property), {@code schema.const},
 *       {@code schema.enum}, {@code schema.pattern}, {@code schema.format}, {@code schema.minLength},
 *       {@code schema.maxLength}, {@code schema.minimum}, {@code schema.maximum},
 *       {@code schema.minItems}, {@code schema.minProperties}, {@code schema.anyOf}, {@code schema.not} (a line
 *       break where one line is expected)</td></tr>
 *   <tr><td>{@code rule.timestamp}</td><td>error</td><td>a timestamp names an unknown zone, or an
 *       offset that its zone did not have at that time</td></tr>
 *   <tr><td>{@code rule.language}</td><td>error</td><td>a language tag is not well-formed
 *       BCP 47</td></tr>
 *   <tr><td>{@code rule.url}</td><td>error</td><td>a URL is not a valid URI</td></tr>
 *   <tr><td>{@code rule.construction}</td><td>error</td><td>the values break a rule of the model
 *       (see {@link dev.newsmodel.core.InvalidValueException}), such as a modification time before the
 *       publication time or alternative text on a decorative image</td></tr>
 *   <tr><td>lint codes, such as {@code headline-length}</td><td>as configured</td><td>editorial advice
 *       from {@link dev.newsmodel.core.lint.Linter}; the code is
 *       {@link dev.newsmodel.core.lint.LintRule#code()} unchanged</td></tr>
 * </table>
 *
 * <p>Validation stops at the first layer that finds an error: syntax and limit problems come alone;
 * schema problems are all reported, but then the model is not built; a model rule stops building, so at
 * most one {@code rule.*} problem is reported; lint runs only on an article that was built.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Problem {
  /** Orders problems by line, then column, then code, then pointer. */
  static final Comparator<Problem> BY_LOCATION = Comparator.comparingInt(Problem::line)
      .thenComparingInt(Problem::column)
      .thenComparing(Problem::severity)
      .thenComparing(Problem::code)
      .thenComparing(Problem::pointer);

  private final String code;
  private final Severity severity;
  private final String pointer;
  private final int line;
  private final int column;
  private final String message;

  private Problem(String code, Severity severity, String pointer, int line, int column, String message) {
    this.code = Objects.requireNonNull(code, "code");
    this.severity = Objects.requireNonNull(severity, "severity");
    this.pointer = Objects.requireNonNull(pointer, "pointer");
    this.message = Objects.requireNonNull(message, "message");
    if (line < 1 || column < 1) {
      throw new IllegalArgumentException("line and column must be positive, but were " + line + ":" + column);
    }
    this.line = line;
    this.column = column;
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
   * Returns the stable code, such as {@code schema.required} or {@code headline-length}.
   *
   * @return the code, not null
   */
  public String code() {
    return code;
  }

  /**
   * Returns how serious the problem is: errors make a document invalid.
   *
   * @return the severity, not null
   */
  public Severity severity() {
    return severity;
  }

  /**
   * Returns the JSON Pointer of the value the problem is about, such as {@code /corrections/0/date},
   * or {@code ""} for the whole document.
   *
   * @return the pointer, not null
   */
  public String pointer() {
    return pointer;
  }

  /**
   * Returns the 1-based line where the value starts, or where the syntax error is.
   *
   * @return the line, positive
   */
  public int line() {
    return line;
  }

  /**
   * Returns the 1-based column, in characters, where the value starts, or where the syntax error is.
   *
   * @return the column, positive
   */
  public int column() {
    return column;
  }

  /**
   * Returns a sentence saying what was expected and what was found.
   *
   * @return the message, not null
   */
  public String message() {
    return message;
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

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Problem)) {
      return false;
    }
    Problem p = (Problem) o;
    return line == p.line && column == p.column && code.equals(p.code) && severity == p.severity
        && pointer.equals(p.pointer) && message.equals(p.message);
  }

  @Override
  public int hashCode() {
    return Objects.hash(code, severity, pointer, line, column, message);
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
