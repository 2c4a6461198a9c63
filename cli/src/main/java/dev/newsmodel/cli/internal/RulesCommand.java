package dev.newsmodel.cli.internal;

import dev.newsmodel.core.lint.LintRule;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.Locale;
import picocli.CommandLine.Command;

/** {@code newsmodel rules}: lists the lint rules with their codes, severities and descriptions. */
@Command(name = "rules", mixinStandardHelpOptions = true,
    description = {"List the editorial lint rules: code, default severity and what each finds.",
        "Switch a rule off with 'newsmodel validate --disable CODE'.", ""},
    footerHeading = "%nExamples:%n",
    footer = {"  newsmodel rules", "  newsmodel validate --disable summary-missing articles/"})
final class RulesCommand extends BaseCommand {
  RulesCommand(Env env) {
    super(env);
  }

  @Override
  String name() {
    return "rules";
  }

  @Override
  int execute(PrintWriter err) throws IOException {
    int width = 0;
    for (LintRule rule : LintRule.values()) {
      width = Math.max(width, rule.code().length());
    }
    Writer out = stdout();
    for (LintRule rule : LintRule.values()) {
      String severity = rule.defaultSeverity().name().toLowerCase(Locale.ROOT);
      out.write(String.format(Locale.ROOT, "%-" + width + "s  %-7s  %s%n", rule.code(), severity,
          rule.description()).replace(System.lineSeparator(), "\n"));
    }
    out.flush();
    return 0;
  }
}
