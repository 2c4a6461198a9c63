package dev.newsmodel.cli.internal;

import dev.newsmodel.cli.report.Finding;
import dev.newsmodel.core.lint.Linter;
import dev.newsmodel.core.lint.Severity;
import dev.newsmodel.json.ArticleValidator;
import dev.newsmodel.json.Problem;
import dev.newsmodel.json.ProblemCode;
import dev.newsmodel.json.ValidationReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Checks a document with the JSON module's {@link ArticleValidator}: syntax, limits, schema, the model's
 * rules and lint, in one pass; the article it may build is dropped at once.
 */
final class ArticleChecker implements DocumentChecker {
  private final ArticleValidator validator;

  ArticleChecker(ArticleValidator validator) {
    this.validator = Objects.requireNonNull(validator, "validator");
  }

  /**
   * Returns the checker the command uses: the validator's defaults with the given linter.
   *
   * @param linter the lint rules to run, not null
   * @return the checker, not null
   */
  static ArticleChecker of(Linter linter) {
    return new ArticleChecker(ArticleValidator.defaults().withLinter(linter));
  }

  @Override
  public List<Finding> check(byte[] document, String path) {
    ValidationReport report = validator.validate(document, path);
    List<Problem> problems = report.problems();
    List<Finding> findings = new ArrayList<>(problems.size() + 1);
    for (Problem problem : problems) {
      findings.add(finding(problem));
    }
    int omitted = report.omittedProblems();
    if (omitted > 0) {
      // One note for the rest, as severe as the worst problem, so the verdict and exit code stay right.
      Severity worst = report.hasProblemsAtLeast(Severity.ERROR) ? Severity.ERROR
          : report.hasProblemsAtLeast(Severity.WARNING) ? Severity.WARNING : Severity.INFO;
      findings.add(new Finding(ProblemCode.LIMIT_PROBLEMS.code(), worst, 0, 0, "", "And " + omitted + " more "
          + (omitted == 1 ? "problem" : "problems") + ", not listed (the limit maxProblems is "
          + validator.limits().maxProblems() + ")."));
    }
    return findings;
  }

  /** Returns the validator's problem as a finding. */
  static Finding finding(Problem p) {
    return new Finding(p.code(), p.severity(), Math.max(p.line(), 0), Math.max(p.column(), 0), p.pointer(),
        p.message());
  }

  @Override
  public DocumentChecker lintingOnErrors() {
    return new ArticleChecker(validator.withLintOnErrors(true));
  }

  @Override
  public long maxDocumentBytes() {
    return validator.limits().maxDocumentBytes();
  }
}
