package dev.newsmodel.cli.internal;

import dev.newsmodel.cli.report.Summary;
import dev.newsmodel.core.lint.Linter;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

/** Builds and runs the {@code newsmodel} command line. */
public final class Commands {
  private Commands() {}

  /**
   * Runs the command line and returns its exit code: 0 success, 1 problems found, 2 usage or I/O error.
   *
   * @param env the environment, not null
   * @param args the arguments, not null
   * @return the exit code
   */
  public static int run(Env env, String... args) {
    if (args.length == 1 && (args[0].equals("--version") || args[0].equals("-V"))) {
      // The commonest probe of an installation, answered without building the command line: picocli
      // reflects over every command's annotations first (some 200 classes and most of the start-up).
      // The same lines as picocli's printVersionHelp, which println's each one.
      PrintWriter out = new PrintWriter(new OutputStreamWriter(env.stdout(), StandardCharsets.UTF_8), true);
      for (String line : Version.lines()) {
        out.println(line);
      }
      out.flush();
      return Summary.EXIT_VALID;
    }
    return run(env, ArticleChecker::of, args);
  }

  static int run(Env env, Function<Linter, DocumentChecker> checkers, String... args) {
    return commandLine(env, checkers).execute(args);
  }

  static CommandLine commandLine(Env env, Function<Linter, DocumentChecker> checkers) {
    CommandLine cli = new CommandLine(new NewsmodelCommand(env));
    cli.addSubcommand(new ValidateCommand(env, checkers, Version.number()));
    cli.addSubcommand(new RenderCommand(env));
    cli.addSubcommand(new ConvertCommand(env));
    cli.addSubcommand(new ImportCommand(env));
    cli.addSubcommand(new SchemaCommand(env));
    cli.addSubcommand(new RulesCommand(env));
    PrintWriter out = new PrintWriter(new OutputStreamWriter(env.stdout(), StandardCharsets.UTF_8), true);
    PrintWriter err = new PrintWriter(new OutputStreamWriter(env.stderr(), StandardCharsets.UTF_8), true);
    cli.setOut(out);
    cli.setErr(err);
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setUsageHelpWidth(100);
    cli.setColorScheme(CommandLine.Help.defaultColorScheme(
        env.colourByDefault() ? CommandLine.Help.Ansi.ON : CommandLine.Help.Ansi.OFF));
    cli.setParameterExceptionHandler(Commands::usageError);
    return cli;
  }

  /** Reports a command line that does not parse as one line, and exits with 2. */
  private static int usageError(ParameterException e, String[] args) {
    CommandLine command = e.getCommandLine();
    String name = command.getCommandSpec().qualifiedName();
    StringBuilder line = new StringBuilder(name).append(": ").append(lowerFirst(e.getMessage()));
    if (e instanceof UnmatchedArgumentException) {
      List<String> suggestions = ((UnmatchedArgumentException) e).getSuggestions();
      if (!suggestions.isEmpty()) {
        line.append("; did you mean ").append(String.join(" or ", suggestions)).append('?');
      }
    }
    line.append(" (try '").append(name).append(" --help')");
    // The arguments are echoed in the message; a control character among them must not reach the terminal.
    command.getErr().println(Visible.escape(line.toString()));
    command.getErr().flush();
    return Summary.EXIT_ERROR;
  }

  private static String lowerFirst(String message) {
    if (message == null || message.isEmpty()) {
      return "invalid command line";
    }
    String first = message.lines().findFirst().orElse(message);
    return Character.toLowerCase(first.charAt(0)) + first.substring(1);
  }
}
