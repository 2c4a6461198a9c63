package dev.newsmodel.cli.internal;

import dev.newsmodel.cli.report.Summary;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * What every subcommand shares: the environment, {@code --debug}, and turning failures into one line on
 * standard error and exit code 2 rather than a stack trace.
 */
abstract class BaseCommand implements Callable<Integer> {
  final Env env;

  @ParentCommand
  NewsmodelCommand parent;

  @Option(names = "--debug", description = "Print stack traces of unexpected failures.")
  boolean debug;

  BaseCommand(Env env) {
    this.env = env;
  }

  @Override
  public final Integer call() {
    PrintWriter err = stderr();
    try {
      return execute(err);
    } catch (UsageException e) {
      err.println("newsmodel " + name() + ": " + Visible.escape(e.getMessage()));
      return Summary.EXIT_ERROR;
    } catch (IOException | UncheckedIOException e) {
      err.println("newsmodel " + name() + ": " + Visible.escape(IoMessages.describe(
          e instanceof UncheckedIOException ? ((UncheckedIOException) e).getCause() : e)));
      trace(err, e);
      return Summary.EXIT_ERROR;
    } catch (RuntimeException | StackOverflowError e) {
      err.println("newsmodel " + name() + ": unexpected failure (" + Visible.escape(String.valueOf(e)) + ")"
          + (debugging() ? "" : "; run again with --debug for details"));
      trace(err, e);
      return Summary.EXIT_ERROR;
    } finally {
      err.flush();
    }
  }

  /** Runs the command and returns its exit code. */
  abstract int execute(PrintWriter err) throws IOException;

  abstract String name();

  boolean debugging() {
    return debug || (parent != null && parent.debug);
  }

  void trace(PrintWriter err, Throwable e) {
    if (debugging()) {
      e.printStackTrace(err);
    }
  }

  /** Resolves a path argument against the working directory; {@code what} names it in the error. */
  Path path(String argument, String what) {
    try {
      return env.cwd().resolve(argument).normalize();
    } catch (InvalidPathException e) {
      throw new UsageException(what + ": '" + argument + "' is not a valid path: " + e.getReason());
    }
  }

  PrintWriter stderr() {
    return new PrintWriter(new OutputStreamWriter(env.stderr(), StandardCharsets.UTF_8), true);
  }

  Writer stdout() {
    return new BufferedWriter(new OutputStreamWriter(env.stdout(), StandardCharsets.UTF_8), 64 * 1024);
  }
}
