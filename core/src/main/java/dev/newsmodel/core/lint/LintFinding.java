package dev.newsmodel.core.lint;

import org.immutables.value.Value;

/**
 * One piece of editorial advice on an article, such as
 * {@code warning headline-length article.headline: the headline has 134 characters; keep it to 110}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class LintFinding {
  LintFinding() {}

  /**
   * Returns the rule that found it.
   *
   * @return the rule, not null
   */
  @Value.Parameter
  public abstract LintRule rule();

  /**
   * Returns how much it matters, the rule's default unless the linter was told otherwise.
   *
   * @return the severity, not null
   */
  @Value.Parameter
  public abstract Severity severity();

  /**
   * Returns the path of the attribute it concerns, such as {@code article.leadImage.attribution}. The
   * JSON form of an article uses the same names, so {@code article.body[2].image} is the JSON Pointer
   * {@code /body/2/image}.
   *
   * @return the path, not null
   */
  @Value.Parameter
  public abstract String path();

  /**
   * Returns a sentence saying what was found and what is expected.
   *
   * @return the message, not null
   */
  @Value.Parameter
  public abstract String message();

  /**
   * Returns the rule's stable code, such as {@code headline-length}.
   *
   * @return the code, not null
   */
  public String code() {
    return rule().code();
  }

  static LintFinding of(LintRule rule, Severity severity, String path, String message) {
    return ImmutableLintFinding.create(rule, severity, path, message);
  }

  /** Returns the finding as {@code severity code path: message}. */
  @Override
  public String toString() {
    return severity().name().toLowerCase(java.util.Locale.ROOT) + " " + code() + " " + path() + ": " + message();
  }
}
