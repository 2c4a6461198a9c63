package dev.newsmodel.core.lint;

/** How much a lint finding matters, from {@link #ERROR} down to {@link #INFO}. */
public enum Severity {
  /** Something a reader or a law would hold against the article. */
  ERROR,
  /** Something an editor should fix before publication. */
  WARNING,
  /** A suggestion. */
  INFO;

  /**
   * Returns whether this severity is at least as serious as another: {@code ERROR} is at least
   * {@code WARNING}.
   *
   * @param other the other severity, not null
   * @return true if this is as serious as {@code other} or more
   */
  public boolean isAtLeast(Severity other) {
    return ordinal() <= other.ordinal();
  }
}
