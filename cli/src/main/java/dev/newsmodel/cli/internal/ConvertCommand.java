package dev.newsmodel.cli.internal;

import dev.newsmodel.cli.report.FileOutcome;
import dev.newsmodel.cli.report.Reporter;
import dev.newsmodel.cli.report.Summary;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code newsmodel convert --from F --to T PATH...}: reads articles in one format and writes them in
 * another, reporting what did not survive as {@code validate} reports problems.
 */
@Command(name = "convert", sortOptions = false, mixinStandardHelpOptions = true,
    description = {
        "Convert articles between newsmodel JSON, IPTC ninjs, schema.org JSON-LD and published HTML pages "
            + "(read only). What the target cannot hold, and what the input does not say, is reported as a "
            + "warning with its place; an input that cannot become an article is an error, and nothing is "
            + "written for it.",
        "One input is written to standard output, or to -o FILE. A directory, or several inputs, need -o DIR: "
            + "each output goes to DIR under the input's path below the directory argument, with the target's "
            + "extension (.json, .ninjs.json, .jsonld). The report goes to standard error, or to --report FILE.",
        ""},
    footerHeading = "%nExit codes:%n",
    footer = {
        "  0  every input was converted (no problem at or above --fail-on)",
        "  1  an input could not be converted, or has a problem at or above --fail-on",
        "  2  usage error, or a file or directory could not be read or written",
        "",
        "Examples:",
        "  newsmodel convert --from ninjs --to newsmodel agency-item.json -o article.json",
        "  newsmodel convert --to ninjs articles/ -o ninjs/",
        "  newsmodel convert --from jsonld --to newsmodel --zone Europe/Paris page.jsonld",
        "  newsmodel convert --from html --to newsmodel --base-uri https://example.com/a page.html",
        "  newsmodel convert --to jsonld --format sarif --report convert.sarif articles/ -o jsonld/"})
class ConvertCommand extends BaseCommand {
  @Parameters(paramLabel = "PATH", arity = "1..*",
      description = "Files, directories to search (by the input format's extensions), or '-' for standard input.")
  List<String> paths = new ArrayList<>();

  @Option(names = "--from", paramLabel = "FORMAT",
      description = "Input format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Interchange from = Interchange.newsmodel;

  @Option(names = "--to", paramLabel = "FORMAT",
      description = "Output format: newsmodel, ninjs, jsonld (required).")
  Interchange to;

  @Option(names = {"-o", "--output"}, paramLabel = "OUT",
      description = "Where to write: a file for one input, a directory for several (created if missing). "
          + "Files are replaced only once completely written; an input is never overwritten.")
  String output;

  @Option(names = "--report", paramLabel = "FILE",
      description = "Write the report to this file instead of standard error.")
  String report;

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
      description = "Report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  ValidateCommand.Format format = ValidateCommand.Format.text;

  @Option(names = "--fail-on", paramLabel = "SEVERITY",
      description = "Least severity that fails an input and makes the exit code 1: "
          + "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}; losses are warnings).")
  ValidateCommand.FailOn failOn = ValidateCommand.FailOn.error;

  @Option(names = "--zone", paramLabel = "ZONE",
      description = "The IANA zone, such as Europe/Paris, in which the input's times without an offset were "
          + "written. There is no default: without it such a time is a problem.")
  String zone;

  @Option(names = "--base-uri", paramLabel = "URI",
      description = "The address of an HTML page, against which its relative links are resolved "
          + "(default: the page's canonical address, when it states one).")
  String baseUri;

  @Option(names = "--language", paramLabel = "TAG",
      description = "The BCP 47 language, such as en-GB, of an input that names none (ninjs). There is no "
          + "default: without it such an input is a problem.")
  String language;

  ConvertCommand(Env env) {
    super(env);
  }

  @Override
  String name() {
    return "convert";
  }

  @Override
  int execute(PrintWriter err) throws IOException {
    if (to == null) {
      throw new UsageException("missing --to FORMAT: newsmodel, ninjs or jsonld");
    }
    if (!to.writable()) {
      throw new UsageException("--to " + to.label() + ": articles are written as newsmodel, ninjs or jsonld; "
          + "html is an input format (use 'newsmodel render' for HTML)");
    }
    if (paths.stream().filter("-"::equals).count() > 1) {
      throw new UsageException("'-' (standard input) can be given only once");
    }
    Interchange.Options options = new Interchange.Options(zone(), baseUri(), language());
    Path out = output == null || output.equals("-") ? null : path(output, "-o");
    boolean single = paths.size() == 1 && (paths.get(0).equals("-") || !Files.isDirectory(path(paths.get(0), "PATH")));
    if (!single && out == null) {
      throw new UsageException("give -o DIR to convert a directory or several inputs: each gets its own file");
    }
    if (!single && Files.exists(out) && !Files.isDirectory(out)) {
      throw new UsageException("cannot write -o " + output + ": it is a file, and several inputs need a "
          + "directory; nothing was written");
    }
    Path reportFile = report == null ? null : path(report, "--report");
    Summary summary = new Summary(failOn.severity);
    if (reportFile == null) {
      run(err, options, out, single, summary, false);
    } else {
      try {
        AtomicOutput.write(reportFile, w -> run(w, options, out, single, summary, true));
      } catch (AtomicOutput.Refused e) {
        throw new UsageException("cannot write --report " + report + ": " + e.getMessage() + "; nothing was written");
      }
    }
    return summary.exitCode();
  }

  /** Converts every input, writing the report to {@code reportOut}. */
  private void run(Writer reportOut, Interchange.Options options, Path out, boolean single, Summary summary,
      boolean toFile) throws IOException {
    Reporter reporter = reporter(reportOut);
    reporter.begin();
    for (String argument : paths) {
      Path root = argument.equals("-") ? null : path(argument, "PATH");
      boolean directory = root != null && Files.isDirectory(root);
      Inputs inputs = Inputs.of(env.cwd(), List.of(argument), from.inputExtensions());
      while (inputs.hasNext()) {
        Input input = inputs.next();
        FileOutcome outcome = convert(input, options, target(input, root, directory, out, single));
        reporter.file(outcome, summary.add(outcome));
      }
    }
    reporter.end(summary);
    if (toFile && format != ValidateCommand.Format.text) {
      // The report is in a file; people and CI logs still get the closing line.
      env.stderr().write((summary.line() + "\n").getBytes(StandardCharsets.UTF_8));
    }
  }

  /** Where one input's output goes: a file, or null for standard output. */
  private Path target(Input input, Path root, boolean directory, Path out, boolean single) {
    if (out == null) {
      return null;
    }
    String name = input.file().map(f -> f.getFileName().toString()).orElse("stdin");
    String stem = Interchange.stem(name);
    if (single) {
      return Files.isDirectory(out) ? out.resolve(stem + to.extension()) : out;
    }
    Path relative = directory && input.file().isPresent() ? root.relativize(input.file().get()) : Path.of(name);
    Path parent = relative.getParent();
    Path file = Path.of(stem + to.extension());
    return out.resolve(parent == null ? file : parent.resolve(file)).normalize();
  }


  /** Reads, converts and writes one input; never throws because of its content. */
  private FileOutcome convert(Input input, Interchange.Options options, Path target) throws IOException {
    if (input.outcome().isPresent()) {
      return input.outcome().get();
    }
    long limit = Interchange.maxDocumentBytes();
    InputReader.Read read = input.isStdin()
        ? InputReader.stream(env.stdin(), input.path(), limit)
        : InputReader.file(input.file().orElseThrow(), input.path(), limit);
    if (read.outcome != null) {
      return read.outcome;
    }
    return Conversions.convert(from, to, options, read.bytes, input.path(), input.file().orElse(null), target,
        env.cwd(), env.stdout(), bug -> {
          if (debugging()) {
            bug.printStackTrace(stderr());
          }
        });
  }

  private Reporter reporter(Writer out) {
    return format.reporter(out, false, Version.number(), RuleDescription.all());
  }

  private ZoneId zone() {
    if (zone == null) {
      return null;
    }
    try {
      return ZoneId.of(zone);
    } catch (DateTimeException e) {
      throw new UsageException("--zone: unknown time zone '" + zone + "'; give an IANA name such as Europe/Paris");
    }
  }

  private Locale language() {
    if (language == null) {
      return null;
    }
    try {
      Locale tag = new Locale.Builder().setLanguageTag(language).build();
      if (tag.getLanguage().isEmpty()) {
        throw new IllformedLocaleException("no language");
      }
      return tag;
    } catch (IllformedLocaleException e) {
      throw new UsageException("--language: '" + language + "' is not a BCP 47 language tag such as en-GB");
    }
  }

  private URI baseUri() {
    if (baseUri == null) {
      return null;
    }
    try {
      URI uri = new URI(baseUri);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!uri.isAbsolute() || !(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
        throw new UsageException("--base-uri: '" + baseUri + "' is not an absolute http or https URL");
      }
      return uri;
    } catch (URISyntaxException e) {
      throw new UsageException("--base-uri: '" + baseUri + "' is not a URL: " + e.getReason());
    }
  }

}
