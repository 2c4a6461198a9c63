package dev.newsmodel.cli.internal;

import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/** Turns I/O exceptions into the short lower-case phrases shown to users, without stack traces. */
final class IoMessages {
  private IoMessages() {}

  /**
   * Returns a phrase such as {@code permission denied} or {@code no such file or directory}.
   *
   * @param e the exception, not null
   * @return the phrase, not null
   */
  static String describe(Exception e) {
    if (e instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NotDirectoryException) {
      return "not a directory";
    }
    String reason = e instanceof FileSystemException ? ((FileSystemException) e).getReason() : e.getMessage();
    if (reason == null || reason.isBlank()) {
      return "cannot be read (" + e.getClass().getSimpleName() + ")";
    }
    return reason.substring(0, 1).toLowerCase(Locale.ROOT) + reason.substring(1);
  }
}
