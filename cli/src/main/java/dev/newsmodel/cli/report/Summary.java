package dev.newsmodel.cli.report;

import dev.newsmodel.core.lint.Severity;

/**
 * Counts over a validation run: files by verdict, directories that could not be used, and findings by
 * severity (every finding, those that say why an input was not read included). A directory is never
 * counted as a file: a directory argument counts as the article files found in it. Not thread-safe: the
 * pipeline adds outcomes from one thread.
 */
public final class Summary {
  /** Exit code: every input is valid. */
  public static final int EXIT_VALID = 0;
  /** Exit code: some input has a problem at or above the threshold. */
  public static final int EXIT_INVALID = 1;
  /** Exit code: a usage error, or some input could not be read. */
  public static final int EXIT_ERROR = 2;

  private final Severity failOn;
  private int files;
  private int valid;
  private int invalid;
  private int notRead;
  private int directories;
  private int errors;
  private int warnings;
  private int infos;

  /**
   * Creates empty counts.
   *
   * @param failOn the least severity that makes an input invalid, not null
   */
  public Summary(Severity failOn) {
    this.failOn = failOn;
  }

  /**
   * Counts one outcome.
   *
   * @param outcome the outcome, not null
   * @return its verdict, not null
   */
  public Status add(FileOutcome outcome) {
    Status status = Status.of(outcome, failOn);
    if (outcome.directory()) {
      directories++;
    } else {
      files++;
      switch (status) {
        case VALID:
          valid++;
          break;
        case INVALID:
          invalid++;
          break;
        default:
          notRead++;
          break;
      }
    }
    for (Finding finding : outcome.findings()) {
      switch (finding.severity()) {
        case ERROR:
          errors++;
          break;
        case WARNING:
          warnings++;
          break;
        default:
          infos++;
          break;
      }
    }
    return status;
  }

  /**
   * Returns the least severity that makes an input invalid.
   *
   * @return the threshold, not null
   */
  public Severity failOn() {
    return failOn;
  }

  /**
   * Returns the number of files (and standard input), including those not read; never directories.
   *
   * @return the number of files (and standard input), including those not read; never directories
   */
  public int files() {
    return files;
  }

  /**
   * Returns the number of valid inputs.
   *
   * @return the number of valid inputs
   */
  public int valid() {
    return valid;
  }

  /**
   * Returns the number of invalid inputs.
   *
   * @return the number of invalid inputs
   */
  public int invalid() {
    return invalid;
  }

  /**
   * Returns the number of files that could not be read.
   *
   * @return the number of files that could not be read
   */
  public int notRead() {
    return notRead;
  }

  /**
   * Returns the number of directories that could not be listed or hold no article file.
   *
   * @return the number of directories that could not be listed or hold no article file
   */
  public int directoriesNotRead() {
    return directories;
  }

  /**
   * Returns the number of problems, those saying why an input was not read included.
   *
   * @return the number of problems, those saying why an input was not read included
   */
  public int problems() {
    return errors + warnings + infos;
  }

  /**
   * Returns the number of problems of severity error.
   *
   * @return the number of problems of severity error
   */
  public int errors() {
    return errors;
  }

  /**
   * Returns the number of problems of severity warning.
   *
   * @return the number of problems of severity warning
   */
  public int warnings() {
    return warnings;
  }

  /**
   * Returns the number of problems of severity info.
   *
   * @return the number of problems of severity info
   */
  public int infos() {
    return infos;
  }

  /**
   * Returns the exit code: 2 if some file or directory could not be read, else 1 if some file is
   * invalid, else 0.
   *
   * @return 0, 1 or 2
   */
  public int exitCode() {
    if (notRead > 0 || directories > 0) {
      return EXIT_ERROR;
    }
    return invalid > 0 ? EXIT_INVALID : EXIT_VALID;
  }

  /**
   * Returns the closing line, such as
   * {@code 3 files: 1 valid, 1 invalid, 1 not read; 4 problems (2 errors, 1 warning, 1 info)}; when some
   * directory could not be used, {@code 1 directory not read; } comes before the problems.
   *
   * @return the line, not null
   */
  public String line() {
    return count(files, "file", "files") + ": " + valid + " valid, " + invalid + " invalid, " + notRead
        + " not read; " + (directories == 0 ? "" : count(directories, "directory", "directories") + " not read; ")
        + count(problems(), "problem", "problems") + " (" + count(errors, "error", "errors")
        + ", " + count(warnings, "warning", "warnings") + ", " + infos + " info)";
  }

  private static String count(int n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }
}
