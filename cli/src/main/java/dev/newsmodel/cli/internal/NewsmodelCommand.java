package dev.newsmodel.cli.internal;

import dev.newsmodel.cli.report.Summary;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code newsmodel}: the top command, which only dispatches to its subcommands. */
@Command(name = "newsmodel", mixinStandardHelpOptions = true, versionProvider = Version.class,
    description = "Validate, preview and describe newsmodel article JSON.%n",
    commandListHeading = "%nCommands:%n",
    synopsisSubcommandLabel = "COMMAND",
    footerHeading = "%nExamples:%n",
    footer = {
        "  newsmodel validate articles/",
        "  newsmodel validate --format sarif articles/ > newsmodel.sarif",
        "  newsmodel render article.json --page -o article.html",
        "  newsmodel schema > article.schema.json",
        "  newsmodel rules",
        "",
        "Run 'newsmodel COMMAND --help' for a command's options."})
final class NewsmodelCommand implements Callable<Integer> {
  @Option(names = "--debug", description = "Print stack traces of unexpected failures.")
  boolean debug;

  private final Env env;

  NewsmodelCommand(Env env) {
    this.env = env;
  }

  @Override
  public Integer call() {
    PrintWriter err = new PrintWriter(new OutputStreamWriter(env.stderr(), StandardCharsets.UTF_8), true);
    err.println("newsmodel: missing command (try 'newsmodel --help')");
    return Summary.EXIT_ERROR;
  }
}
