package dev.newsmodel.cli.internal;

import java.io.Console;
import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;

/** Tells whether standard output or standard error is an interactive terminal. */
final class Terminal {
  private Terminal() {}

  /**
   * Returns whether a standard stream is a terminal.
   *
   * <p>On Linux this reads where {@code /proc/self/fd/N} points (a {@code /dev/pts} or {@code /dev/tty}
   * device), which tells standard output and standard error apart. Elsewhere it falls back to
   * {@link System#console()}, which answers for the process as a whole.
   *
   * @param fd 1 for standard output, 2 for standard error
   * @return true if it is a terminal
   */
  static boolean isTerminal(int fd) {
    Path link = Path.of("/proc/self/fd/" + fd);
    if (Files.isSymbolicLink(link)) {
      try {
        String target = Files.readSymbolicLink(link).toString();
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
      } catch (IOException | SecurityException | UnsupportedOperationException e) {
        return console();
      }
    }
    return console();
  }

  private static boolean console() {
    Console console = System.console();
    if (console == null) {
      return false;
    }
    // From JDK 22 System.console() is not null when redirected, and Console.isTerminal() tells; this
    // runs once per command, off the hot path, and targets Java 17, so the method is looked up.
    try {
      Method isTerminal = Console.class.getMethod("isTerminal");
      return (Boolean) isTerminal.invoke(console);
    } catch (ReflectiveOperationException | RuntimeException e) {
      return true;
    }
  }
}
