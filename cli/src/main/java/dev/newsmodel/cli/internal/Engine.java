package dev.newsmodel.cli.internal;

import dev.newsmodel.cli.report.FileOutcome;
import dev.newsmodel.cli.report.Finding;
import dev.newsmodel.cli.report.Reporter;
import dev.newsmodel.core.Article;
import dev.newsmodel.json.ArticleValidator;
import dev.newsmodel.json.Problem;
import dev.newsmodel.json.ValidationReport;
import java.io.InputStream;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * What the exported {@link dev.newsmodel.cli.report.Validation} needs from this package: the one reader,
 * checker and report writers the command uses, so that there is no second copy of them. Not API.
 */
public final class Engine {
  private Engine() {}

  /**
   * Checks one file as {@code newsmodel validate} does.
   *
   * @param validator the validator, not null
   * @param onBug told of an exception the checker should never have thrown, not null
   * @param file the file, not null
   * @param shown the path as shown, not null
   * @return the outcome, not null
   */
  public static FileOutcome check(ArticleValidator validator, BiConsumer<String, Throwable> onBug, Path file,
      String shown) {
    Pipeline pipeline = new Pipeline(new ArticleChecker(validator), 1, 1, InputStream.nullInputStream(), onBug);
    return pipeline.check(Input.file(file, shown));
  }

  /**
   * Reads one file as {@link #check} does and returns the article it holds; otherwise hands on the outcome
   * that says why not (the file could not be read, or the validator found errors) and returns empty.
   *
   * @param validator the validator, not null
   * @param file the file, not null
   * @param shown the path as shown, not null
   * @param refused told why there is no article, not null
   * @return the article, or empty, not null
   */
  public static Optional<Article> article(ArticleValidator validator, Path file, String shown,
      Consumer<FileOutcome> refused) {
    InputReader.Read read = InputReader.file(file, shown, validator.limits().maxDocumentBytes());
    if (read.outcome != null) {
      refused.accept(read.outcome);
      return Optional.empty();
    }
    ValidationReport report = validator.validate(read.bytes, shown);
    if (report.article().isEmpty()) {
      List<Finding> findings = new ArrayList<>();
      for (Problem problem : report.problems()) {
        findings.add(ArticleChecker.finding(problem));
      }
      refused.accept(new FileOutcome(shown, true, findings));
    }
    return report.article();
  }

  /**
   * Returns the {@code json} report writer.
   *
   * @param out the output, not null
   * @return the reporter, not null
   */
  public static Reporter jsonReport(Writer out) {
    return new JsonReporter(out);
  }

  /**
   * Returns the {@code sarif} report writer, naming every known rule.
   *
   * @param out the output, not null
   * @return the reporter, not null
   */
  public static Reporter sarifReport(Writer out) {
    return new SarifReporter(out, Version.number(), RuleDescription.known());
  }

  /**
   * Returns the text with controls shown as escapes ({@link Visible#escape}).
   *
   * @param text the text, not null
   * @return the text, not null
   */
  public static String visible(String text) {
    return Visible.escape(text);
  }

  /**
   * Returns the command's version.
   *
   * @return the version, not null
   */
  public static String version() {
    return Version.number();
  }
}
