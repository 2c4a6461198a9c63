package dev.newsmodel.cli.internal;

import dev.newsmodel.json.ArticleSchema;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import picocli.CommandLine.Command;

/** {@code newsmodel schema}: prints the article JSON Schema. */
@Command(name = "schema", mixinStandardHelpOptions = true,
    description = {"Print the article JSON Schema (draft 2020-12) that 'validate' checks against.",
        "Save it for editors: a document that names it in \"$schema\" gets completion and checks.", ""},
    footerHeading = "%nExamples:%n",
    footer = {"  newsmodel schema > article.schema.json"})
final class SchemaCommand extends BaseCommand {
  SchemaCommand(Env env) {
    super(env);
  }

  @Override
  String name() {
    return "schema";
  }

  @Override
  int execute(PrintWriter err) throws IOException {
    Writer out = stdout();
    String text = ArticleSchema.text();
    out.write(text);
    if (!text.endsWith("\n")) {
      out.write('\n');
    }
    out.flush();
    return 0;
  }
}
