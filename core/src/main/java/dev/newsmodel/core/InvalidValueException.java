package dev.newsmodel.core;

import java.util.Objects;
import java.util.Optional;

/**
 * Thrown when a model value cannot be built because one of its attributes breaks a construction rule,
 * such as {@code image.url: must be an absolute http or https URL, but was 'javascript:alert(1)'}.
 *
 * <p>The exception names the attribute by its path from the type being built ({@code dateline.time},
 * {@code article.corrections[0].date}), the rule, and the bad value in quotes. Readers of other formats
 * (the JSON module) translate the path into their own location.
 *
 * <p>Instances are immutable once thrown.
 */
public class InvalidValueException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  /** The attribute path, such as {@code image.url}. */
  private final String path;
  /** The rule that was broken. */
  private final String rule;
  private final transient Optional<String> value;

  /**
   * Creates an exception for a rule broken by a value.
   *
   * @param path the attribute path, such as {@code image.url}, not null
   * @param rule what the rule expects, such as {@code must be an absolute http or https URL}, not null
   * @param value the offending value as text, or {@code null} when the attribute was not set
   */
  public InvalidValueException(String path, String rule, String value) {
    super(message(path, rule, value));
    this.path = Objects.requireNonNull(path, "path");
    this.rule = Objects.requireNonNull(rule, "rule");
    this.value = Optional.ofNullable(value);
  }

  private static String message(String path, String rule, String value) {
    if (value == null) {
      return path + ": " + rule;
    }
    return path + ": " + rule + ", but was '" + value + "'";
  }

  /**
   * Returns the path of the attribute that broke the rule, such as {@code article.leadImage.url}.
   *
   * @return the attribute path, not null
   */
  public String path() {
    return path;
  }

  /**
   * Returns the rule that was broken, as a phrase such as {@code must not be blank}.
   *
   * @return the rule, not null
   */
  public String rule() {
    return rule;
  }

  /**
   * Returns the offending value as text, empty when the attribute was required but not set.
   *
   * @return the value, not null
   */
  public Optional<String> value() {
    return value == null ? Optional.empty() : value;
  }

  /**
   * Returns the same problem located one level deeper, under {@code parent}: the exception for
   * {@code image.url} becomes {@code article.leadImage.url} under {@code article.leadImage}.
   *
   * @param parent the path of the attribute that holds the value that failed, not null
   * @return a new exception with the longer path, not null
   */
  public InvalidValueException under(String parent) {
    Objects.requireNonNull(parent, "parent");
    int dot = path.indexOf('.');
    String rest = dot < 0 ? "" : path.substring(dot);
    InvalidValueException moved = new InvalidValueException(parent + rest, rule, value().orElse(null));
    moved.setStackTrace(getStackTrace());
    return moved;
  }
}
