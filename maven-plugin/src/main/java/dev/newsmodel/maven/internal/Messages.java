package dev.newsmodel.maven.internal;

/** Where a run's lines go: Maven's log in a build, a list in tests. */
public interface Messages {
  /**
   * Logs an error line.
   *
   * @param line the line, not null
   */
  void error(String line);

  /**
   * Logs a warning line.
   *
   * @param line the line, not null
   */
  void warn(String line);

  /**
   * Logs an information line.
   *
   * @param line the line, not null
   */
  void info(String line);

  /**
   * Logs a debug line with the exception that caused it.
   *
   * @param line the line, not null
   * @param cause the exception, not null
   */
  void debug(String line, Throwable cause);
}
