package dev.newsmodel.cli.report;

import dev.newsmodel.cli.internal.Engine;
import dev.newsmodel.core.Article;
import dev.newsmodel.json.ArticleValidator;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Checks article files with the engine of {@code newsmodel validate} and gives its report writers, for a
 * build tool that runs the check in its own JVM:
 *
 * <pre>{@code
 * Validation validation = Validation.of(ArticleValidator.defaults());
 * Summary summary = new Summary(Severity.ERROR);
 * try (Writer out = Files.newBufferedWriter(Path.of("target/newsmodel.sarif"))) {
 *   Reporter sarif = Validation.sarifReport(out);
 *   sarif.begin();
 *   FileOutcome outcome = validation.check(Path.of("articles/a.json"), "articles/a.json");
 *   sarif.file(outcome, summary.add(outcome));
 *   sarif.end(summary);
 * }
 * }</pre>
 *
 * <p>A file is read as the command reads it: only a regular file is opened, never more than the
 * validator's {@code maxDocumentBytes}, and a file that cannot be read gets an outcome saying why, never an
 * exception. Instances are immutable and thread-safe.
 */
public final class Validation {
  private final ArticleValidator validator;
  private final BiConsumer<String, Throwable> onBug;

  private Validation(ArticleValidator validator, BiConsumer<String, Throwable> onBug) {
    this.validator = validator;
    this.onBug = onBug;
  }

  /**
   * Returns a validation with the given validator: its limits and its linter (lint rules switched off or
   * re-graded) decide what is found.
   *
   * @param validator the validator, not null
   * @return the validation, not null
   */
  public static Validation of(ArticleValidator validator) {
    return new Validation(Objects.requireNonNull(validator, "validator"), (path, bug) -> {});
  }

  /**
   * Returns a copy that tells the given handler of an exception the engine should never have thrown; the
   * file is then reported as not read ({@code internal.error}) and checking goes on.
   *
   * @param onBug told the file's shown path and the exception, not null
   * @return the validation, not null
   */
  public Validation withBugHandler(BiConsumer<String, Throwable> onBug) {
    return new Validation(validator, Objects.requireNonNull(onBug, "onBug"));
  }

  /**
   * Returns the validator.
   *
   * @return the validator, not null
   */
  public ArticleValidator validator() {
    return validator;
  }

  /**
   * Reads and checks one file; never throws because of the file's content or an I/O error.
   *
   * @param file the file, not null
   * @param shown the path shown in reports, with {@code /} separators, such as
   *     {@code src/main/articles/a.json}, not null
   * @return the outcome, not null
   */
  public FileOutcome check(Path file, String shown) {
    return Engine.check(validator, onBug, Objects.requireNonNull(file, "file"), Objects.requireNonNull(shown, "shown"));
  }

  /**
   * Reads one file as {@link #check} does and returns the article it holds, for a tool that goes on to
   * use it (such as rendering it); otherwise hands on the outcome that says why there is none (the file
   * could not be read, or it has errors) and returns empty. Never throws because of the file's content or
   * an I/O error.
   *
   * @param file the file, not null
   * @param shown the path shown in messages, not null
   * @param refused told why there is no article, not null
   * @return the article, or empty, not null
   */
  public Optional<Article> article(Path file, String shown, Consumer<FileOutcome> refused) {
    return Engine.article(validator, Objects.requireNonNull(file, "file"), Objects.requireNonNull(shown, "shown"),
        Objects.requireNonNull(refused, "refused"));
  }

  /**
   * Returns a writer of the {@code json} report of {@code newsmodel validate --format json}, whose JSON
   * Schema is the resource {@code /dev/newsmodel/cli/report.schema.json} of this jar. Nothing is written
   * before {@link Reporter#begin()}; {@link Reporter#end} flushes and closes the writer.
   *
   * @param out where the report goes, not null
   * @return the reporter, not null
   */
  public static Reporter jsonReport(Writer out) {
    return Engine.jsonReport(Objects.requireNonNull(out, "out"));
  }

  /**
   * Returns a writer of the SARIF 2.1.0 log of {@code newsmodel validate --format sarif}: results name
   * their file by the shown path, relative to {@code %SRCROOT%}; files that could not be read become tool
   * execution notifications. {@link Reporter#end} flushes and closes the writer.
   *
   * @param out where the log goes, not null
   * @return the reporter, not null
   */
  public static Reporter sarifReport(Writer out) {
    return Engine.sarifReport(Objects.requireNonNull(out, "out"));
  }

  /**
   * Returns one finding as a located line, the form compilers use, such as
   * {@code articles/a.json:3:15: error schema.type at /headline: Expected a string, but found the number 42.};
   * a finding without a line is {@code articles/a.json: error io.unreadable: Cannot read the file: …}, and
   * the pointer of the document itself is shown as {@code (root)}. Control and bidirectional characters of
   * the path, code, pointer and message are shown as <code>&#92;uXXXX</code>, so the line cannot be split or
   * reordered in a log.
   *
   * @param shown the path as shown, not null
   * @param finding the finding, not null
   * @return the line without a line break, not null
   */
  public static String line(String shown, Finding finding) {
    StringBuilder line = new StringBuilder(128).append(Engine.visible(shown));
    if (finding.hasLocation()) {
      line.append(':').append(finding.line()).append(':').append(Math.max(finding.column(), 1));
    }
    line.append(": ").append(finding.severity().name().toLowerCase(Locale.ROOT)).append(' ')
        .append(Engine.visible(finding.code()));
    if (finding.hasLocation()) {
      line.append(" at ").append(finding.pointer().isEmpty() ? "(root)" : Engine.visible(finding.pointer()));
    }
    return line.append(": ").append(Engine.visible(finding.message())).toString();
  }

  /**
   * Returns the version of the engine, such as {@code 0.1.0}, as the SARIF log names it.
   *
   * @return the version, not null
   */
  public static String version() {
    return Engine.version();
  }
}
