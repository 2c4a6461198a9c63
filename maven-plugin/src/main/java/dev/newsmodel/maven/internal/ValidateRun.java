package dev.newsmodel.maven.internal;

import dev.newsmodel.cli.report.FileOutcome;
import dev.newsmodel.cli.report.Finding;
import dev.newsmodel.cli.report.Reporter;
import dev.newsmodel.cli.report.Status;
import dev.newsmodel.cli.report.Summary;
import dev.newsmodel.cli.report.Validation;
import dev.newsmodel.core.lint.Severity;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * One run of the {@code validate} goal, without Maven: checks the files (skipping those the cache found
 * clean with the same bytes and configuration), logs every finding as a located line, writes the SARIF log
 * and the JSON report of {@code newsmodel validate}, saves the cache, and says whether the build fails.
 */
public final class ValidateRun {
  /** The SARIF log's name in the output directory. */
  public static final String SARIF = "newsmodel.sarif";
  /** The JSON report's name in the output directory. */
  public static final String JSON = "newsmodel.json";
  /** The cache's name in the output directory. */
  public static final String CACHE = "validate.cache";

  private final Validation validation;
  private final Severity failOn;
  private final Path outputDirectory;
  private final boolean force;
  private final Messages log;

  /**
   * Creates a run.
   *
   * @param validation the engine with its limits and linter, not null
   * @param failOn the least severity that fails the build: error or warning, not null
   * @param outputDirectory where the reports and the cache go, such as {@code target/newsmodel}, not null
   * @param force check every file, whatever the cache says
   * @param log where lines go, not null
   */
  public ValidateRun(Validation validation, Severity failOn, Path outputDirectory, boolean force, Messages log) {
    this.validation = Objects.requireNonNull(validation, "validation");
    this.failOn = Objects.requireNonNull(failOn, "failOn");
    this.outputDirectory = Objects.requireNonNull(outputDirectory, "outputDirectory");
    this.force = force;
    this.log = Objects.requireNonNull(log, "log");
  }

  /**
   * What a run found.
   *
   * @param summary the counts, as in the reports, not null
   * @param checked the number of files read and checked
   * @param skipped the number of files skipped as unchanged
   * @param failure the message the build fails with, such as {@code 2 errors, 1 warning in 2 files}, or
   *     empty when it passes, not null
   */
  public record Result(Summary summary, int checked, int skipped, Optional<String> failure) {
    /**
     * Checks the components.
     *
     * @param summary the counts, not null
     * @param checked the files checked
     * @param skipped the files skipped
     * @param failure the failure message, not null
     */
    public Result {
      Objects.requireNonNull(summary, "summary");
      Objects.requireNonNull(failure, "failure");
    }
  }

  /**
   * Runs over the files.
   *
   * @param files the files, in report order, not null
   * @param configHash the configuration hash ({@link Settings#configHash}), not null
   * @return what was found, not null
   * @throws IOException if a report or the cache cannot be written
   */
  public Result run(List<ArticleFile> files, String configHash) throws IOException {
    Path cacheFile = outputDirectory.resolve(CACHE);
    CheckCache previous = force ? CheckCache.empty(configHash) : CheckCache.load(cacheFile, configHash);
    CheckCache next = CheckCache.empty(configHash);
    Summary summary = new Summary(failOn);
    List<FileOutcome> outcomes = new ArrayList<>(files.size());
    int checked = 0;
    int skipped = 0;
    for (ArticleFile file : files) {
      Optional<String> before = CheckCache.hash(file.file());
      if (before.isPresent() && previous.unchanged(file.shown(), before.get())) {
        skipped++;
        next.clean(file.shown(), before.get());
        outcomes.add(new FileOutcome(file.shown(), true, List.of()));
        continue;
      }
      FileOutcome outcome = validation.check(file.file(), file.shown());
      checked++;
      outcomes.add(outcome);
      if (outcome.checked() && outcome.findings().isEmpty() && before.isPresent()
          && before.equals(CheckCache.hash(file.file()))) {
        // Recorded only if the bytes were the same before and after the check.
        next.clean(file.shown(), before.get());
      }
    }
    Files.createDirectories(outputDirectory);
    List<Status> statuses = new ArrayList<>(outcomes.size());
    for (FileOutcome outcome : outcomes) {
      statuses.add(summary.add(outcome));
      for (Finding finding : outcome.findings()) {
        String line = Validation.line(outcome.path(), finding);
        if (!outcome.checked() || finding.severity() == Severity.ERROR) {
          log.error(line);
        } else if (finding.severity() == Severity.WARNING) {
          log.warn(line);
        } else {
          log.info(line);
        }
      }
    }
    write(outputDirectory.resolve(JSON), Validation::jsonReport, outcomes, statuses, summary);
    write(outputDirectory.resolve(SARIF), Validation::sarifReport, outcomes, statuses, summary);
    next.save(cacheFile);
    log.info(summary.line() + (skipped == 0 ? "" : "; " + count(skipped, "file") + " unchanged since the last check, skipped"));
    log.info("Reports: " + outputDirectory.resolve(SARIF) + ", " + outputDirectory.resolve(JSON));
    return new Result(summary, checked, skipped, failure(summary, statuses));
  }

  private Optional<String> failure(Summary summary, List<Status> statuses) {
    long failing = statuses.stream().filter(s -> s != Status.VALID).count();
    if (failing == 0) {
      return Optional.empty();
    }
    return Optional.of(count(summary.errors(), "error") + ", " + count(summary.warnings(), "warning") + " in "
        + count((int) failing, "file") + (failOn == Severity.WARNING ? " (failOn is warning)" : "")
        + "; see the lines above or " + outputDirectory.resolve(SARIF));
  }

  /** Writes one report with the command's writer, whole or not at all. */
  private static void write(Path target, Function<Writer, Reporter> factory, List<FileOutcome> outcomes,
      List<Status> statuses, Summary summary) throws IOException {
    AtomicFile.write(target, out -> {
      Reporter reporter = factory.apply(out);
      reporter.begin();
      for (int i = 0; i < outcomes.size(); i++) {
        reporter.file(outcomes.get(i), statuses.get(i));
      }
      reporter.end(summary);
    });
  }

  static String count(int n, String one) {
    return n + " " + (n == 1 ? one : one + "s");
  }
}
