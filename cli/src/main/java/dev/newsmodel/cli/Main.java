package dev.newsmodel.cli;

import dev.newsmodel.cli.internal.Commands;
import dev.newsmodel.cli.internal.Env;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * The {@code newsmodel} command, such as {@code newsmodel validate articles/}: the entry point of
 * {@code newsmodel.jar}, and a way to run the command inside another JVM.
 *
 * <p>Exit codes: 0 success (every file valid), 1 problems found (or an article too invalid to render), 2
 * a usage error or a file that could not be read or written.
 */
public final class Main {
  private Main() {}

  /**
   * Runs the command with this process's streams and working directory, then exits with its exit code.
   *
   * @param args the arguments, such as {@code validate --format github articles/}, not null
   */
  public static void main(String[] args) {
    // networknt logs through SLF4J; the command binds no logger, so say nothing about that.
    if (System.getProperty("slf4j.internal.verbosity") == null) {
      System.setProperty("slf4j.internal.verbosity", "ERROR");
    }
    int code = Commands.run(Env.system(), args);
    System.out.flush();
    System.err.flush();
    System.exit(code);
  }

  /**
   * Runs the command in this JVM, with the given streams and working directory, and returns its exit code
   * instead of exiting. Nothing is coloured and no progress is shown; the streams are flushed, not closed.
   *
   * @param stdin what {@code -} reads, not null
   * @param stdout where reports go, written as UTF-8, not null
   * @param stderr where errors go, written as UTF-8, not null
   * @param cwd the directory relative paths are resolved against and reports are relative to, not null
   * @param args the arguments, not null
   * @return the exit code: 0, 1 or 2
   */
  public static int run(InputStream stdin, OutputStream stdout, OutputStream stderr, Path cwd, String... args) {
    Objects.requireNonNull(args, "args");
    Env env = new Env(stdin, stdout, stderr, cwd, false, false, Map.of());
    return Commands.run(env, args.clone());
  }
}
