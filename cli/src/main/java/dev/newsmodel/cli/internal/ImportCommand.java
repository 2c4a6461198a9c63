package dev.newsmodel.cli.internal;

import java.io.IOException;
import java.io.PrintWriter;
import picocli.CommandLine.Command;

/** {@code newsmodel import PAGE.html}: {@code convert --from html}, to newsmodel JSON unless told otherwise. */
@Command(name = "import", sortOptions = false, mixinStandardHelpOptions = true,
    description = {
        "Import published news pages (HTML) as articles: the same as 'convert --from html', writing newsmodel "
            + "JSON unless --to says otherwise. Metadata comes from the page's JSON-LD, then its Open Graph and "
            + "article:* meta, then <meta name=author> and <time>; the body from JSON-LD articleBody, "
            + "[itemprop=articleBody] or <article>. What the page does not say is reported, never invented.",
        ""},
    footerHeading = "%nExit codes:%n",
    footer = {
        "  0  every page was imported (no problem at or above --fail-on)",
        "  1  a page could not be imported, or has a problem at or above --fail-on",
        "  2  usage error, or a file or directory could not be read or written",
        "",
        "Examples:",
        "  newsmodel import page.html -o article.json",
        "  newsmodel import --zone America/New_York --base-uri https://example.com/2024/a page.html",
        "  newsmodel import saved-pages/ -o articles/"})
final class ImportCommand extends ConvertCommand {
  ImportCommand(Env env) {
    super(env);
    from = Interchange.html;
    to = Interchange.newsmodel;
  }

  @Override
  String name() {
    return "import";
  }

  @Override
  int execute(PrintWriter err) throws IOException {
    if (from != Interchange.html) {
      throw new UsageException("import reads HTML pages; for --from " + from.label() + " use 'newsmodel convert'");
    }
    return super.execute(err);
  }
}
