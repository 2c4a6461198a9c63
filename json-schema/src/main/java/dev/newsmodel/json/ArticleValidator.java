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
  private static final ArticleValidator DEFAULTS = new ArticleValidator(Limits.defaults(), Linter.defaults(), false);

  private final Limits limits;
  private final Linter linter;
  private final boolean lintOnErrors;
  private final TreeParser parser;
  private final FastReader fast;

  private ArticleValidator(Limits limits, Linter linter, boolean lintOnErrors) {
    this.limits = limits;
    this.linter = linter;
    this.lintOnErrors = lintOnErrors;
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
    return new ArticleValidator(Objects.requireNonNull(limits, "limits"), linter, lintOnErrors);
  }

  /**
   * Returns a copy that lints with another linter, such as {@code Linter.defaults().without(LintRule.SUMMARY_MISSING)}.
   *
   * @param linter the linter, not null
   * @return the copy, not null
   */
  public ArticleValidator withLinter(Linter linter) {
    return new ArticleValidator(limits, Objects.requireNonNull(linter, "linter"), lintOnErrors);
  }

  /**
   * Returns a copy that also lints a document with schema or rule errors, as far as it can be known:
   * the article read with every value that fails left out, and only the lint findings that no left-out
   * value can have caused (a "no byline" finding is not reported when a byline was left out because it
   * is invalid). A document that is not well-formed JSON, or breaks a limit, or whose article itself
   * cannot be read (a missing or invalid id, status, language or headline), is not linted. By default
   * (false) a document with an error gets no lint findings: later layers would only guess.
   *
   * @param lint whether to lint documents that have errors
   * @return the copy, not null
   */
  public ArticleValidator withLintOnErrors(boolean lint) {
    return new ArticleValidator(limits, linter, lint);
  }

  /**
   * Returns whether documents with errors are linted too ({@link #withLintOnErrors}).
   *
   * @return true if they are
   */
  public boolean lintsOnErrors() {
    return lintOnErrors;
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
    Pipeline.Outcome outcome = Pipeline.run(document, fast, parser, linter, lintOnErrors);
    return new ValidationReport(fileName, outcome.problems(), outcome.article(), limits.maxProblems());
  }

  @Override
  public String toString() {
    return "ArticleValidator[" + limits + ", " + linter + (lintOnErrors ? ", lint on errors" : "") + "]";
  }
}
