package dev.newsmodel.cli.internal;

import java.util.List;
import java.util.Objects;

/**
 * What checking one input gave: its path as shown to the user and its findings, or why it could not be
 * checked.
 *
 * @param path the path as shown, with {@code /} separators, such as {@code articles/2021/iskander.json},
 *     not null
 * @param checked false when the input could not be read (missing, unreadable, a directory with no
 *     articles): its one finding says why
 * @param findings the findings in line and column order, possibly empty, not null
 */
public record FileOutcome(String path, boolean checked, List<Finding> findings) {
  /** Checks and copies the components. */
  public FileOutcome {
    Objects.requireNonNull(path, "path");
    findings = List.copyOf(findings);
  }

  /**
   * Returns the outcome of an input that could not be read.
   *
   * @param path the path as shown, not null
   * @param code the code, such as {@code io.unreadable}, not null
   * @param message why, not null
   * @return the outcome, not null
   */
  public static FileOutcome unreadable(String path, String code, String message) {
    return new FileOutcome(path, false, List.of(Finding.ofInput(code, message)));
  }
}
