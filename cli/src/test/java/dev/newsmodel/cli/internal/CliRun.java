package dev.newsmodel.cli.internal;

import dev.newsmodel.core.lint.Linter;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Function;

/** One in-process run of the command: its exit code and what it wrote. */
record CliRun(int exitCode, String out, String err) {
  static CliRun run(Path cwd, Function<Linter, DocumentChecker> checkers, byte[] stdin, String... args) {
    return run(cwd, checkers, stdin, false, Map.of(), args);
  }

  static CliRun run(Path cwd, Function<Linter, DocumentChecker> checkers, byte[] stdin, boolean terminal,
      Map<String, String> variables, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    Env env = new Env(new ByteArrayInputStream(stdin), out, err, cwd, terminal, terminal, variables);
    int code = Commands.run(env, checkers, args);
    return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Override
  public String toString() {
    return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
  }
}
