package dev.newsmodel.cli.internal;

import dev.newsmodel.cli.report.Finding;
import dev.newsmodel.cli.report.Summary;
import dev.newsmodel.core.Article;
import dev.newsmodel.core.lint.LintRule;
import dev.newsmodel.core.lint.Linter;
import dev.newsmodel.html.HtmlRenderer;
import dev.newsmodel.json.ArticleValidator;
import dev.newsmodel.json.Problem;
import dev.newsmodel.json.ValidationReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsmodel render FILE}: renders an article's JSON to HTML, to preview it. */
@Command(name = "render", sortOptions = false, mixinStandardHelpOptions = true,
    description = {"Render an article's JSON to HTML: the article element by default, or a whole page "
        + "with --page. An invalid article is not rendered: its problems are listed on standard error.", ""},
    footerHeading = "%nExit codes:%n",
    footer = {
        "  0  rendered",
        "  1  the article is invalid (its problems are on standard error)",
        "  2  usage error, or a file could not be read or written",
        "",
        "Examples:",
        "  newsmodel render article.json --page -o article.html",
        "  newsmodel render article.json --zone America/New_York --locale en-US",
        "  newsmodel render - < article.json > fragment.html"})
final class RenderCommand extends BaseCommand {
  /** The validator used to read: no lint, since rendering needs only a valid article. */
  private static final ArticleValidator READER =
      ArticleValidator.defaults().withLinter(Linter.defaults().without(LintRule.values()));

  @Parameters(paramLabel = "FILE", arity = "1", description = "The article's JSON file, or '-' for standard input.")
  String file;

  @Option(names = "--page", description = "Write a whole HTML page (head, metadata, JSON-LD), not only the article.")
  boolean page;

  @Option(names = {"-o", "--output"}, paramLabel = "OUT", description = "Write to this file (its directories are "
      + "created; it is replaced only once the whole output is written) instead of standard output; '-' for "
      + "standard output. It cannot be the input file.")
  String output;

  @Option(names = "--zone", paramLabel = "ZONE",
      description = "Show times in this IANA zone, such as Europe/Berlin (default: each time in its own "
          + "zone; datelines always keep theirs).")
  String zone;

  @Option(names = "--locale", paramLabel = "TAG",
      description = "Write phrases and dates in this BCP 47 language, such as de-DE (default: the article's "
          + "language).")
  String locale;

  RenderCommand(Env env) {
    super(env);
  }

  @Override
  String name() {
    return "render";
  }

  @Override
  int execute(PrintWriter err) throws IOException {
    HtmlRenderer renderer = renderer();
    boolean stdin = file.equals("-");
    String shown = stdin ? Input.STDIN_NAME : file;
    Path input = stdin ? null : path(file, "the input");
    Path target = output == null || output.equals("-") ? null : path(output, "-o");
    if (target != null) {
      refuseUnusable(input, target);
    }
    long limit = READER.limits().maxDocumentBytes();
    InputReader.Read read = stdin
        ? InputReader.stream(env.stdin(), shown, limit)
        : InputReader.file(input, shown, limit);
    if (read.outcome != null) {
      for (Finding finding : read.outcome.findings()) {
        err.println(TextReporter.line(shown, finding, false));
      }
      return read.outcome.checked() ? Summary.EXIT_INVALID : Summary.EXIT_ERROR;
    }
    ValidationReport report = READER.validate(read.bytes, shown);
    Optional<Article> article = report.article();
    if (article.isEmpty()) {
      for (Problem problem : report.problems()) {
        err.println(TextReporter.line(shown, ArticleChecker.finding(problem), false));
      }
      err.println("newsmodel render: " + Visible.escape(shown) + " is not a valid article; nothing was rendered");
      return Summary.EXIT_INVALID;
    }
    if (target == null) {
      Writer out = stdout();
      write(renderer, article.get(), out);
      out.flush();
      return 0;
    }
    try {
      AtomicOutput.write(target, out -> write(renderer, article.get(), out));
    } catch (IOException e) {
      throw new UsageException("cannot write -o " + output + ": "
          + (e instanceof AtomicOutput.Refused ? e.getMessage() : IoMessages.describe(e))
          + "; nothing was written");
    }
    return 0;
  }


  /**
   * Refuses, before anything is read, an output that is a directory or is the input itself: by its
   * normalized path, or by file identity (a hard link, or a symbolic link to the input).
   */
  private void refuseUnusable(Path input, Path target) throws IOException {
    if (Files.isDirectory(target)) {
      throw new UsageException("cannot write -o " + output + ": it is a directory; name a file in it, such as "
          + output.replaceAll("[/\\\\]+$", "") + "/article.html");
    }
    if (input == null) {
      return;
    }
    boolean same = input.equals(target);
    if (!same && Files.exists(target) && Files.exists(input)) {
      try {
        same = Files.isSameFile(input, target);
      } catch (IOException | SecurityException e) {
        same = false;
      }
    }
    if (same) {
      throw new UsageException("cannot write -o " + output + ": it is the input file " + file
          + ", which the HTML would replace; nothing was written");
    }
  }

  private void write(HtmlRenderer renderer, Article article, Writer out) throws IOException {
    if (page) {
      renderer.renderPage(article, out);
    } else {
      renderer.renderFragment(article, out);
    }
  }

  private HtmlRenderer renderer() {
    HtmlRenderer renderer = HtmlRenderer.defaults();
    if (zone != null) {
      try {
        renderer = renderer.withReaderZone(ZoneId.of(zone));
      } catch (DateTimeException e) {
        throw new UsageException("--zone: unknown time zone '" + zone
            + "'; give an IANA name such as Europe/Moscow");
      }
    }
    if (locale != null) {
      try {
        renderer = renderer.withLocale(new Locale.Builder().setLanguageTag(locale).build());
      } catch (IllformedLocaleException | IllegalArgumentException e) {
        throw new UsageException("--locale: '" + locale + "' is not a BCP 47 language tag such as en-GB");
      }
    }
    return renderer;
  }
}
