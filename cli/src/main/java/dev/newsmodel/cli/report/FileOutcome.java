package dev.newsmodel.cli.report;

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
 * @param directory true when the input is a directory that could not be used (not listed, or holding no
 *     articles); such an input is not a file, and reports count it apart from the files
 */
public record FileOutcome(String path, boolean checked, List<Finding> findings, boolean directory) {
  /**
   * Checks and copies the components.
   *
   * @param path the path as shown, not null
   * @param checked false when the input could not be read
   * @param findings the findings, not null
   * @param directory true for a directory that could not be used
   * @throws IllegalArgumentException if a directory is said to be checked
   */
  public FileOutcome {
    Objects.requireNonNull(path, "path");
    findings = List.copyOf(findings);
    if (directory && checked) {
      throw new IllegalArgumentException("a directory is never checked as an article: " + path);
    }
  }

  /**
   * Returns the outcome of a file or standard input.
   *
   * @param path the path as shown, not null
   * @param checked false when it could not be read
   * @param findings the findings, not null
   */
  public FileOutcome(String path, boolean checked, List<Finding> findings) {
    this(path, checked, findings, false);
  }

  /**
   * Returns the outcome of a file that could not be read.
   *
   * @param path the path as shown, not null
   * @param code the code, such as {@code io.unreadable}, not null
   * @param message why, not null
   * @return the outcome, not null
   */
  public static FileOutcome unreadable(String path, String code, String message) {
    return new FileOutcome(path, false, List.of(Finding.ofInput(code, message)), false);
  }

  /**
   * Returns the outcome of a directory that could not be used: not listed, or holding no articles.
   *
   * @param path the path as shown, not null
   * @param code the code, such as {@code io.no-articles}, not null
   * @param message why, not null
   * @return the outcome, not null
   */
  public static FileOutcome unusableDirectory(String path, String code, String message) {
    return new FileOutcome(path, false, List.of(Finding.ofInput(code, message)), true);
  }
}
