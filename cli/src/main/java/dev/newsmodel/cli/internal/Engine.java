package dev.newsmodel.cli.internal;

import dev.newsmodel.cli.report.FileOutcome;
import dev.newsmodel.cli.report.Finding;
import dev.newsmodel.cli.report.Reporter;
import dev.newsmodel.core.Article;
import dev.newsmodel.json.ArticleValidator;
import dev.newsmodel.json.Problem;
import dev.newsmodel.json.ValidationReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.time.ZoneId;
import java.util.Locale;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

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
   * Checks that {@code from} names a format {@code convert} reads and {@code to} one it writes.
   *
   * @param from the input format's name, such as {@code ninjs}, not null
   * @param to the output format's name, not null
   * @throws IllegalArgumentException naming the formats if either is unknown, or {@code to} is read only
   */
  public static void checkFormats(String from, String to) {
    Interchange out = format(to, "to");
    format(from, "from");
    if (!out.writable()) {
      throw new IllegalArgumentException("to: articles are written as newsmodel, ninjs or jsonld, not " + to);
    }
  }

  /**
   * Returns the extension of the files a format is written to, such as {@code .ninjs.json}.
   *
   * @param to the format's name, not null
   * @return the extension, not null
   */
  public static String extension(String to) {
    return format(to, "to").extension();
  }

  /**
   * Returns the name of an input's output: without the extension of any format read, with the
   * target's, such as {@code 2024/item.ninjs.json} for {@code 2024/item.json}.
   *
   * @param to the output format's name, not null
   * @param input the input's name or relative path, not null
   * @return the output's name or relative path, not null
   */
  public static String outputName(String to, String input) {
    return Interchange.stem(input) + format(to, "to").extension();
  }

  /**
   * Returns the extensions of the files a directory contributes when a format is read.
   *
   * @param from the format's name, not null
   * @return the lower-case extensions with their dot, not null
   */
  public static List<String> inputExtensions(String from) {
    return format(from, "from").inputExtensions();
  }

  /**
   * Reads one file, converts it as {@code newsmodel convert} does and writes the result to a target file;
   * never throws because of the file's content or a failed read or write: the outcome says what happened.
   *
   * @param from the input format's name, not null
   * @param to the output format's name, not null
   * @param zone the zone of times without an offset, or null
   * @param baseUri the base of relative links, or null
   * @param language the language of an input that names none, or null
   * @param file the file, not null
   * @param shown the path as shown, not null
   * @param target the file to write, not null
   * @param onBug told of an exception a reader or writer should never have thrown, not null
   * @return the outcome, not null
   */
  public static FileOutcome convert(String from, String to, @Nullable ZoneId zone, @Nullable URI baseUri,
      @Nullable Locale language, Path file, String shown, Path target, Consumer<Throwable> onBug) {
    checkFormats(from, to);
    InputReader.Read read = InputReader.file(file, shown, Interchange.maxDocumentBytes());
    if (read.outcome != null) {
      return read.outcome;
    }
    try {
      return Conversions.convert(format(from, "from"), format(to, "to"), new Interchange.Options(zone, baseUri, language),
          read.bytes, shown, file, target, Path.of("").toAbsolutePath(), OutputStream.nullOutputStream(), onBug);
    } catch (IOException e) {
      throw new UncheckedIOException(e);   // only standard output can fail this way, and there is none
    }
  }

  private static Interchange format(String name, String what) {
    for (Interchange format : Interchange.values()) {
      if (format.label().equals(name)) {
        return format;
      }
    }
    throw new IllegalArgumentException(what + ": unknown format '" + name + "'; known: newsmodel, ninjs, jsonld, html");
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
