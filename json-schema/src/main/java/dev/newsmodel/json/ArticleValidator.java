package dev.newsmodel.json;

import dev.newsmodel.core.lint.Linter;
import dev.newsmodel.json.internal.FastReader;
import dev.newsmodel.json.internal.Pipeline;
import dev.newsmodel.json.internal.TreeParser;
import java.util.Objects;

/**
 * Checks a JSON article and reports every problem with its location, such as
 * <pre>{@code
 * ValidationReport report = ArticleValidator.defaults()
 *     .validate(Files.readAllBytes(path), path.toString());
 * report.formatted().forEach(System.out::println);
 * // article.json:7:16: error rule.timestamp at /published: Expected an RFC 9557 timestamp …
 * }</pre>
 *
 * <p>Validation checks a document in layers: JSON syntax and {@link Limits}, the
 * {@linkplain ArticleSchema schema}, the model's construction rules, and editorial lint (see
 * {@link Problem} for every code). It never throws because of the document's content. A document
 * that passes every layer but lint is recognised in one quick pass that applies the schema's keywords
 * while building the article; any other document is checked layer by layer with networknt's schema
 * validator, which finds and locates every schema problem. The report is the same either way.
 *
 * <p>This class is immutable and thread-safe; {@code toString()} shows its settings.
 */
public final class ArticleValidator {
  private static final ArticleValidator DEFAULTS = new ArticleValidator(Limits.defaults(), Linter.defaults());

  private final Limits limits;
  private final Linter linter;
  private final TreeParser parser;
  private final FastReader fast;

  private ArticleValidator(Limits limits, Linter linter) {
    this.limits = limits;
    this.linter = linter;
    this.parser = new TreeParser(limits);
    this.fast = new FastReader(limits);
  }

  /**
   * Returns a validator with {@link Limits#defaults()} and every lint rule at its default severity
   * ({@link Linter#defaults()}).
   *
   * @return the validator, not null
   */
  public static ArticleValidator defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a copy that enforces other limits.
   *
   * @param limits the limits, not null
   * @return the copy, not null
   */
  public ArticleValidator withLimits(Limits limits) {
    return new ArticleValidator(Objects.requireNonNull(limits, "limits"), linter);
  }

  /**
   * Returns a copy that lints with another linter, such as {@code Linter.defaults().without(LintRule.SUMMARY_MISSING)}.
   *
   * @param linter the linter, not null
   * @return the copy, not null
   */
  public ArticleValidator withLinter(Linter linter) {
    return new ArticleValidator(limits, Objects.requireNonNull(linter, "linter"));
  }

  /**
   * Returns the limits enforced.
   *
   * @return the limits, not null
   */
  public Limits limits() {
    return limits;
  }

  /**
   * Returns the linter used.
   *
   * @return the linter, not null
   */
  public Linter linter() {
    return linter;
  }

  /**
   * Validates a UTF-8 JSON document.
   *
   * @param document the document's bytes, not null
   * @param fileName the name to show in messages, such as {@code article.json}, not null
   * @return the report, with the article when one could be built, not null
   */
  public ValidationReport validate(byte[] document, String fileName) {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(fileName, "fileName");
    Pipeline.Outcome outcome = Pipeline.run(document, fast, parser, linter);
    return new ValidationReport(fileName, outcome.problems(), outcome.article(), limits.maxProblems());
  }

  @Override
  public String toString() {
    return "ArticleValidator[" + limits + ", " + linter + "]";
  }
}
