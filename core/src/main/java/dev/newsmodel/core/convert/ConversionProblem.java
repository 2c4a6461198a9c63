package dev.newsmodel.core.convert;

import java.util.Locale;
import java.util.Objects;

/**
 * One thing a conversion could not carry over, or the reason it produced nothing, such as
 * {@code warning html.unsupported-element /body/table[1]: a table has no place in an article body; its
 * text is kept as paragraphs}.
 *
 * <p>The location names where in the input the problem is, in the input's own terms: a JSON Pointer
 * ({@code /headlines/0/value}) for JSON formats, an element path ({@code body > p[3] > a[1]}) for HTML,
 * an attribute path ({@code article.dateline.zone}) for a newsmodel article being exported; it is empty
 * for the input as a whole.
 *
 * @param severity whether the conversion failed ({@link Severity#ERROR}) or lost something ({@link
 *     Severity#WARNING}), not null
 * @param code the problem's code, not null
 * @param location where in the input, not null, empty for the whole input
 * @param message a sentence saying what was found and what happened to it, not null
 */
public record ConversionProblem(Severity severity, ConversionCode code, String location, String message) {

  /** How much a conversion problem matters. */
  public enum Severity {
    /** The input cannot be converted: the conversion has no value. */
    ERROR,
    /** The conversion has a value, but something in the input did not survive it, or was changed. */
    WARNING
  }

  /**
   * Creates a problem.
   *
   * @param severity whether the conversion failed or lost something, not null
   * @param code the problem's code, not null
   * @param location where in the input, not null, empty for the whole input
   * @param message what was found and what happened to it, not null
   */
  public ConversionProblem {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(message, "message");
  }

  /**
   * Creates a warning: something in the input was not carried over, or was changed.
   *
   * @param code the problem's code, not null
   * @param location where in the input, not null
   * @param message what was found and what happened to it, not null
   * @return the warning, not null
   */
  public static ConversionProblem warning(ConversionCode code, String location, String message) {
    return new ConversionProblem(Severity.WARNING, code, location, message);
  }

  /**
   * Creates an error: the input cannot be converted.
   *
   * @param code the problem's code, not null
   * @param location where in the input, not null
   * @param message what was found and why it cannot be converted, not null
   * @return the error, not null
   */
  public static ConversionProblem error(ConversionCode code, String location, String message) {
    return new ConversionProblem(Severity.ERROR, code, location, message);
  }

  /** Returns the problem as {@code severity code location: message}. */
  @Override
  public String toString() {
    String where = location.isEmpty() ? "" : " " + location;
    return severity.name().toLowerCase(Locale.ROOT) + " " + code.code() + where + ": " + message;
  }
}
