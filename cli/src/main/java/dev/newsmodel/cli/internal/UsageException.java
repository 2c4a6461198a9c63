package dev.newsmodel.cli.internal;

/**
 * A command line that cannot be carried out, such as an unknown lint code or an unknown zone; reported as
 * one line on standard error with exit code 2.
 */
final class UsageException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UsageException(String message) {
    super(message, null, false, false);
  }
}
