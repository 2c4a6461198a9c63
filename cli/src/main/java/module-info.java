/**
 * The {@code newsmodel} command line: validate article JSON in CI, render an article to HTML, convert
 * between newsmodel JSON, ninjs and JSON-LD, import published pages, print the
 * schema and the lint rules. Its jar is also shaded into {@code newsmodel.jar}, which runs on the class
 * path. Package {@code dev.newsmodel.cli.report} gives the validate command's engine and report writers to
 * other build tools, such as the Maven plugin.
 */
module dev.newsmodel.cli {
  requires dev.newsmodel.html;
  requires dev.newsmodel.jsonld;
  requires dev.newsmodel.ninjs;
  requires transitive dev.newsmodel.json;
  requires info.picocli;
  requires tools.jackson.core;
  requires static org.jspecify;

  exports dev.newsmodel.cli;
  exports dev.newsmodel.cli.report;
  // picocli reads and sets the annotated command fields by reflection.
  opens dev.newsmodel.cli.internal to info.picocli;
}
