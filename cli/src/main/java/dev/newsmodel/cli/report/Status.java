package dev.newsmodel.cli.report;

import dev.newsmodel.core.lint.Severity;
import java.util.Locale;

/** The verdict on one input under a {@code --fail-on} threshold. */
public enum Status {
  /** Checked, with no finding at or above the threshold. */
  VALID,
  /** Checked, with at least one finding at or above the threshold. */
  INVALID,
  /** Not checked: it could not be read (label {@code not-read}). */
  NOT_READ;

  /**
   * Returns the verdict on an outcome.
   *
   * @param outcome the outcome, not null
   * @param failOn the least severity that makes an input invalid, not null
   * @return the verdict, not null
   */
  public static Status of(FileOutcome outcome, Severity failOn) {
    if (!outcome.checked()) {
      return NOT_READ;
    }
    for (Finding finding : outcome.findings()) {
      if (finding.severity().isAtLeast(failOn)) {
        return INVALID;
      }
    }
    return VALID;
  }

  /**
   * Returns the lower-case name used in reports, such as {@code invalid}.
   *
   * @return the name, not null
   */
  public String label() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
