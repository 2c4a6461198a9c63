package dev.newsmodel.cli.internal;

import dev.newsmodel.core.lint.Severity;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import tools.jackson.core.JsonGenerator;

/**
 * {@code newsmodel rules}: lists every code a report can carry: the lint rules with their default
 * severities and descriptions, then the problem codes of the catalogue, which are always errors, then the codes of conversions.
 */
@Command(name = "rules", mixinStandardHelpOptions = true,
    description = {"List the codes a report can carry: the editorial lint rules (code, default severity, what "
        + "each finds), then the problem codes, which are always errors, then the codes 'newsmodel convert' "
        + "reports.",
        "Switch a lint rule off with 'newsmodel validate --disable CODE'.", ""},
    footerHeading = "%nExamples:%n",
    footer = {"  newsmodel rules", "  newsmodel rules --format json",
        "  newsmodel validate --disable summary-missing articles/"})
final class RulesCommand extends BaseCommand {
  /** Output formats. */
  enum Format {
    /** One aligned line per code. */
    text,
    /** A JSON array of objects with code, kind, severity and description. */
    json
  }

  @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
      description = "Output format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format = Format.text;

  RulesCommand(Env env) {
    super(env);
  }

  @Override
  String name() {
    return "rules";
  }

  @Override
  int execute(PrintWriter err) throws IOException {
    List<RuleDescription> all = RuleDescription.all();
    Writer out = stdout();
    if (format == Format.json) {
      try (JsonGenerator json = JsonOutput.generator(out)) {
        json.writeStartArray();
        for (int i = 0; i < all.size(); i++) {
          RuleDescription rule = all.get(i);
          json.writeStartObject();
          json.writeStringProperty("code", rule.code());
          json.writeStringProperty("kind", rule.kind());
          json.writeStringProperty("severity", severity(rule.severity()));
          json.writeStringProperty("description", rule.description());
          json.writeEndObject();
        }
        json.writeEndArray();
      }
      out.write("\n");
      out.flush();
      return 0;
    }
    int width = 0;
    for (RuleDescription rule : all) {
      width = Math.max(width, rule.code().length());
    }
    for (int i = 0; i < all.size(); i++) {
      if (i > 0 && !all.get(i).kind().equals(all.get(i - 1).kind())) {
        out.write(all.get(i).kind().equals("problem") ? "\nProblem codes (always errors):\n"
            : "\nConversion codes ('newsmodel convert': warnings for what was lost, errors when nothing could be "
                + "converted):\n");
      }
      RuleDescription rule = all.get(i);
      out.write(pad(rule.code(), width) + "  " + pad(severity(rule.severity()), 7) + "  " + rule.description() + "\n");
    }
    out.flush();
    return 0;
  }

  private static String severity(Severity severity) {
    return severity.name().toLowerCase(Locale.ROOT);
  }

  private static String pad(String text, int width) {
    StringBuilder padded = new StringBuilder(width).append(text);
    while (padded.length() < width) {
      padded.append(' ');
    }
    return padded.toString();
  }
}
