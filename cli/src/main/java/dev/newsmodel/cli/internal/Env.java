package dev.newsmodel.cli.internal;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * What a command runs against: its standard streams, working directory and environment, passed in so
 * that the command runs the same in a test as from a shell.
 *
 * @param stdin standard input, not null
 * @param stdout standard output, not null
 * @param stderr standard error, not null
 * @param cwd the working directory, absolute, not null
 * @param stdoutTerminal whether standard output is an interactive terminal
 * @param stderrTerminal whether standard error is an interactive terminal
 * @param variables environment variables, such as {@code NO_COLOR}, not null
 */
public record Env(InputStream stdin, OutputStream stdout, OutputStream stderr, Path cwd,
    boolean stdoutTerminal, boolean stderrTerminal, Map<String, String> variables) {
  /** Checks the components. */
  public Env {
    Objects.requireNonNull(stdin, "stdin");
    Objects.requireNonNull(stdout, "stdout");
    Objects.requireNonNull(stderr, "stderr");
    cwd = cwd.toAbsolutePath().normalize();
    variables = Map.copyOf(variables);
  }

  /**
   * Returns this process's environment.
   *
   * @return the environment, not null
   */
  public static Env system() {
    return new Env(System.in, System.out, System.err, Path.of("").toAbsolutePath(),
        Terminal.isTerminal(1), Terminal.isTerminal(2), System.getenv());
  }

  /**
   * Returns whether colour is wanted on standard output when not asked for explicitly: only on a
   * terminal, and never when {@code NO_COLOR} is set (no-color.org) or {@code TERM} is {@code dumb}.
   *
   * @return true for colour
   */
  public boolean colourByDefault() {
    String noColour = variables.get("NO_COLOR");
    return stdoutTerminal && (noColour == null || noColour.isEmpty())
        && !"dumb".equals(variables.get("TERM"));
  }
}
