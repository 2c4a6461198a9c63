package dev.newsmodel.cli.internal;

import dev.newsmodel.cli.report.Reporter;
import dev.newsmodel.cli.report.Status;
import dev.newsmodel.cli.report.Summary;
import dev.newsmodel.core.lint.LintRule;
import dev.newsmodel.core.lint.Linter;
import dev.newsmodel.core.lint.Severity;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code newsmodel validate PATH...}: checks article JSON and reports every problem with its place. */
@Command(name = "validate", sortOptions = false, mixinStandardHelpOptions = true,
    description = {
        "Check article JSON files: syntax, the JSON Schema, the model's rules and editorial lint.",
        "Directories are searched recursively for *.json files (skipping names that start with a dot), "
            + "in code-point order of names; '-' reads standard input. Only regular files are read: a FIFO, "
            + "device or socket is reported, never opened. Files are checked in parallel and reported in a "
            + "fixed order. Control and bidirectional characters from the input are shown as \\uXXXX.",
        ""},
    footerHeading = "%nExit codes:%n",
    footer = {
        "  0  every file is valid (no problem at or above --fail-on)",
        "  1  a file has a problem at or above --fail-on",
        "  2  usage error, or a file or directory could not be read",
        "",
        "Examples:",
        "  newsmodel validate articles/",
        "  newsmodel validate --fail-on warning --disable summary-missing,teaser-order articles/",
        "  newsmodel validate --format github articles/          # annotations in GitHub Actions",
        "  newsmodel validate --format sarif articles/ > newsmodel.sarif",
        "  curl -s https://example.com/article.json | newsmodel validate -"})
final class ValidateCommand extends BaseCommand {
  /** Report formats. */
  enum Format {
    /** {@code path:line:col: severity code message}, for people. */
    text,
    /** One JSON document. */
    json,
    /** GitHub Actions annotations. */
    github,
    /** SARIF 2.1.0. */
    sarif;

    /**
     * Returns the writer of a report in this format, the one {@code validate} and {@code convert} share.
     *
     * @param out where the report goes
     * @param colour whether a text report is coloured
     * @param version the version a SARIF log names
     * @param rules the codes a SARIF log describes up front
     */
    Reporter reporter(Writer out, boolean colour, String version, List<RuleDescription> rules) {
      switch (this) {
        case json:
          return new JsonReporter(out);
        case github:
          return new GithubReporter(out);
        case sarif:
          return new SarifReporter(out, version, rules);
        default:
          return new TextReporter(out, colour);
      }
    }
  }

  /** The severities {@code --fail-on} accepts. */
  enum FailOn {
    /** Only errors make a file invalid. */
    error(Severity.ERROR),
    /** Errors and warnings make a file invalid. */
    warning(Severity.WARNING);

    final Severity severity;

    FailOn(Severity severity) {
      this.severity = severity;
    }
  }

  /** When to colour the text report. */
  enum Colour {
    /** When standard output is a terminal and NO_COLOR is not set. */
    auto,
    /** Always. */
    always,
    /** Never. */
    never
  }

  private final Function<Linter, DocumentChecker> checkers;
  private final String version;

  @Parameters(paramLabel = "PATH", arity = "1..*",
      description = "Article JSON files, directories to search for *.json, or '-' for standard input.")
  List<String> paths = new ArrayList<>();

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
      description = "Report format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format = Format.text;

  @Option(names = "--fail-on", paramLabel = "SEVERITY",
      description = "Least severity that makes a file invalid and the exit code 1: "
          + "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  FailOn failOn = FailOn.error;

  @Option(names = "--disable", paramLabel = "CODE", split = ",",
      description = "Switch off lint rules by code; repeat or separate with commas. "
          + "'newsmodel rules' lists the codes.")
  List<String> disabled = new ArrayList<>();

  @Option(names = "--no-lint", description = "Switch off every lint rule: check syntax, schema and rules only.")
  boolean noLint;

  @Option(names = "--all", description = "Also lint a file that has schema or rule errors, as far as it can "
      + "be read: findings about the parts that are valid (default: a file with an error gets no lint).")
  boolean all;

  @Option(names = {"-j", "--jobs"}, paramLabel = "N",
      description = "Files checked at once (default: the number of processors, here ${DEFAULT-VALUE}).")
  int jobs = Runtime.getRuntime().availableProcessors();

  @Option(names = "--color", paramLabel = "WHEN",
      description = "Colour the text report: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}: "
          + "on a terminal, unless NO_COLOR is set).")
  Colour colour = Colour.auto;

  ValidateCommand(Env env, Function<Linter, DocumentChecker> checkers, String version) {
    super(env);
    this.checkers = checkers;
    this.version = version;
  }

  @Override
  String name() {
    return "validate";
  }

  @Override
  int execute(PrintWriter err) throws IOException {
    if (jobs < 1 || jobs > 512) {
      throw new UsageException("--jobs must be between 1 and 512, got " + jobs);
    }
    if (paths.stream().filter("-"::equals).count() > 1) {
      throw new UsageException("'-' (standard input) can be given only once");
    }
    Linter linter = linter();
    DocumentChecker checker = checkers.apply(linter);
    if (all) {
      checker = checker.lintingOnErrors();
    }
    Writer out = stdout();
    Reporter reporter = reporter(out);
    Summary summary = new Summary(failOn.severity);
    Progress progress = new Progress(err, env.stderrTerminal(), System::nanoTime);
    // When both go to one terminal, report lines must not land on the progress line.
    boolean sharedTerminal = env.stdoutTerminal() && env.stderrTerminal();
    // Sixteen inputs per thread in flight: two chunks of eight each (Pipeline), their paths and outcomes;
    // a thread holds one document at a time.
    Pipeline pipeline = new Pipeline(checker, jobs, jobs * 16, env.stdin(),
        (path, bug) -> {
          if (debugging()) {
            synchronized (err) {
              err.println("newsmodel validate: " + path + ":");
              bug.printStackTrace(err);
            }
          }
        });
    reporter.begin();
    pipeline.run(Inputs.of(env.cwd(), paths), outcome -> {
      Status status = summary.add(outcome);
      try {
        if (sharedTerminal && progress.isVisible() && !outcome.findings().isEmpty()) {
          progress.clear();
        }
        reporter.file(outcome, status);
        if (sharedTerminal) {
          out.flush();
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      progress.update(summary.files(), summary.invalid());
    });
    progress.clear();
    reporter.end(summary);
    out.flush();
    if (format == Format.sarif) {
      // A SARIF log has no place for a closing line that people read, so it goes to the CI log.
      err.println(summary.line());
    }
    return summary.exitCode();
  }

  private Linter linter() {
    if (noLint) {
      return Linter.defaults().without(LintRule.values());
    }
    Set<LintRule> off = new LinkedHashSet<>();
    List<String> unknown = new ArrayList<>();
    for (String code : disabled) {
      String trimmed = code.trim();
      if (trimmed.isEmpty()) {
        continue;
      }
      LintRule.forCode(trimmed).ifPresentOrElse(off::add, () -> unknown.add(trimmed));
    }
    if (!unknown.isEmpty()) {
      throw new UsageException("--disable: unknown lint code" + (unknown.size() > 1 ? "s " : " ")
          + unknown.stream().map(c -> "'" + c + "'").collect(Collectors.joining(", "))
          + "; known codes: " + Arrays.stream(LintRule.values()).map(LintRule::code)
              .collect(Collectors.joining(", ")));
    }
    return Linter.defaults().without(off.toArray(new LintRule[0]));
  }

  private Reporter reporter(Writer out) {
    boolean colourOn = colour == Colour.always || (colour == Colour.auto && env.colourByDefault());
    return format.reporter(out, colourOn, version, RuleDescription.known());
  }

}
