package dev.newsmodel.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsmodel.core.Article;
import dev.newsmodel.json.ArticleJson;
import dev.newsmodel.jsonld.SchemaOrgJsonLd;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code newsmodel convert}: where outputs go, what is reported, and that nothing is lost or overwritten. */
class ConvertCommandTest {
  private static final Path REFERENCE = Golden.resource("articles/valid/reference-article.json");
  private static final Path INVALID = Golden.resource("articles/invalid/schema-errors.json");

  @TempDir
  Path dir;

  private Article reference;

  @BeforeEach
  void setUp() throws IOException {
    reference = ArticleJson.defaults().read(REFERENCE);
    Files.createDirectories(dir.resolve("in/2021"));
    Files.copy(REFERENCE, dir.resolve("in/2021/a.json"));
    Files.copy(REFERENCE, dir.resolve("in/b.json"));
    Files.writeString(dir.resolve("in/notes.txt"), "not an article");
  }

  private CliRun run(String... args) {
    return CliRun.run(dir, ArticleChecker::of, new byte[0], args);
  }

  @Test
  void oneInputGoesToStandardOutput() {
    CliRun run = run("convert", "--to", "jsonld", "in/b.json");
    assertEquals(0, run.exitCode(), run.toString());
    assertEquals(SchemaOrgJsonLd.newsArticle(reference) + "\n", run.out());
    int lost = SchemaOrgJsonLd.export(reference).problems().size();
    assertTrue(run.err().startsWith("in/b.json: warning export.lost at article.body The body ("), run.err());
    assertTrue(run.err().endsWith("\n1 file: 1 valid, 0 invalid, 0 not read; " + lost + " problems (0 errors, " + lost
        + " warnings, 0 info)\n"), run.err());
  }

  @Test
  void newsmodelToNewsmodelIsTheCanonicalForm() {
    CliRun run = run("convert", "--from", "newsmodel", "--to", "newsmodel", "in/b.json");
    assertEquals(0, run.exitCode(), run.toString());
    assertEquals(ArticleJson.defaults().write(reference) + "\n", run.out());
    assertEquals(reference, ArticleJson.defaults().read(run.out()));
  }

  @Test
  void aDirectoryIsMirroredUnderTheOutputDirectory() throws IOException {
    CliRun run = run("convert", "--to", "jsonld", "in", "-o", "out");
    assertEquals(0, run.exitCode(), run.toString());
    assertEquals(List.of("out/2021/a.jsonld", "out/b.jsonld"), files(dir.resolve("out")));
    assertEquals(SchemaOrgJsonLd.newsArticle(reference) + "\n",
        Files.readString(dir.resolve("out/2021/a.jsonld"), StandardCharsets.UTF_8));
    assertEquals("", run.out());
    int lost = 2 * SchemaOrgJsonLd.export(reference).problems().size();
    assertTrue(run.err().endsWith("\n2 files: 2 valid, 0 invalid, 0 not read; " + lost + " problems (0 errors, " + lost
        + " warnings, 0 info)\n"), run.err());
  }

  @Test
  void oneInputAndAnExistingDirectoryNamesTheFileInIt() throws IOException {
    Files.createDirectories(dir.resolve("out"));
    CliRun run = run("convert", "--to", "newsmodel", "in/b.json", "-o", "out");
    assertEquals(0, run.exitCode(), run.toString());
    assertEquals(List.of("out/b.json"), files(dir.resolve("out")));
  }

  @Test
  void aDirectoryNeedsAnOutputDirectory() {
    CliRun run = run("convert", "--to", "jsonld", "in");
    assertEquals(2, run.exitCode(), run.toString());
    assertEquals("newsmodel convert: give -o DIR to convert a directory or several inputs: each gets its own file\n",
        run.err());
  }

  @Test
  void anInvalidInputIsReportedAndNothingIsWritten() throws IOException {
    Files.copy(INVALID, dir.resolve("in/c.json"));
    CliRun run = run("convert", "--to", "jsonld", "in", "-o", "out");
    assertEquals(1, run.exitCode(), run.toString());
    assertEquals(List.of("out/2021/a.jsonld", "out/b.jsonld"), files(dir.resolve("out")));
    assertTrue(run.err().contains("in/c.json:"), run.err());
    assertTrue(run.err().contains(" error schema."), run.err());
    assertTrue(run.err().contains("\n3 files: 2 valid, 1 invalid, 0 not read; "), run.err());
  }

  @Test
  void anInputIsNeverOverwritten() throws IOException {
    byte[] before = Files.readAllBytes(dir.resolve("in/b.json"));
    CliRun run = run("convert", "--to", "newsmodel", "in/b.json", "-o", "in/b.json");
    assertEquals(2, run.exitCode(), run.toString());
    assertTrue(run.err().contains("in/b.json: error io.unwritable Cannot write in/b.json: it is the input file"),
        run.err());
    assertEquals(new String(before, StandardCharsets.UTF_8), Files.readString(dir.resolve("in/b.json")));
  }

  @Test
  void theReportCanGoToAFile() throws IOException {
    Files.copy(INVALID, dir.resolve("in/c.json"));
    CliRun run = run("convert", "--to", "jsonld", "--format", "json", "--report", "report.json", "in", "-o", "out");
    assertEquals(1, run.exitCode(), run.toString());
    String report = Files.readString(dir.resolve("report.json"));
    assertTrue(report.startsWith("{"), report);
    assertTrue(report.contains("\"in/c.json\""), report);
    assertTrue(run.err().startsWith("3 files: 2 valid, 1 invalid"), run.err());
  }

  @Test
  void usageErrorsSayWhatIsExpected() {
    assertEquals("newsmodel convert: missing --to FORMAT: newsmodel, ninjs or jsonld\n",
        run("convert", "in/b.json").err());
    assertEquals("newsmodel convert: --to html: articles are written as newsmodel, ninjs or jsonld; html is an "
        + "input format (use 'newsmodel render' for HTML)\n", run("convert", "--to", "html", "in/b.json").err());
    assertEquals("newsmodel convert: --zone: unknown time zone 'Mars/Olympus'; give an IANA name such as "
        + "Europe/Paris\n", run("convert", "--to", "ninjs", "--zone", "Mars/Olympus", "in/b.json").err());
    assertEquals("newsmodel convert: --base-uri: 'ftp://x.example/' is not an absolute http or https URL\n",
        run("convert", "--from", "html", "--to", "newsmodel", "--base-uri", "ftp://x.example/", "in/b.json").err());
    assertEquals("newsmodel import: import reads HTML pages; for --from ninjs use 'newsmodel convert'\n",
        run("import", "--from", "ninjs", "in/b.json").err());
    CliRun file = run("convert", "--to", "jsonld", "in", "-o", "in/b.json");
    assertEquals(2, file.exitCode());
    assertFalse(file.err().isEmpty());
  }

  @Test
  void ninjsRoundTripsThroughTheCommand() throws IOException {
    CliRun out = run("convert", "--to", "ninjs", "in/b.json", "-o", "b.ninjs.json");
    assertEquals(0, out.exitCode(), out.toString());
    assertEquals(dev.newsmodel.ninjs.Ninjs.write(reference).orElseThrow(), Files.readString(dir.resolve("b.ninjs.json")));
    CliRun back = run("convert", "--from", "ninjs", "--to", "newsmodel", "b.ninjs.json");
    assertEquals(0, back.exitCode(), back.toString());
    assertEquals(dev.newsmodel.ninjs.Ninjs.read(Files.readAllBytes(dir.resolve("b.ninjs.json")),
        dev.newsmodel.ninjs.NinjsReadOptions.defaults()).orElseThrow(), ArticleJson.defaults().read(back.out()));
  }

  @Test
  void aNinjsPictureIsRefusedWithItsReason() throws IOException {
    Files.writeString(dir.resolve("picture.json"), "{\"uri\": \"urn:x:1\", \"type\": \"picture\", "
        + "\"headlines\": [{\"value\": \"A photo\"}], \"language\": \"en\"}");
    CliRun run = run("convert", "--from", "ninjs", "--to", "newsmodel", "picture.json", "-o", "out.json");
    assertEquals(1, run.exitCode(), run.toString());
    assertTrue(run.err().startsWith("picture.json: error input.not-an-article"), run.err());
    assertFalse(Files.exists(dir.resolve("out.json")));
  }

  @Test
  void everyCommittedNinjsExampleOfIptcConverts() throws IOException {
    Path shared = Path.of("").toAbsolutePath().getParent().resolveSibling("shared").resolve("standards/ninjs");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(shared),
        "IPTC's ninjs examples are read from ../shared/standards/ninjs, which this checkout lacks");
    CliRun run = CliRun.run(shared, ArticleChecker::of, new byte[0], "convert", "--from", "ninjs", "--to",
        "newsmodel", "--format", "json", "3.1_005_complex_text_article.json", "3.0_ap_image.json", "-o",
        dir.resolve("out").toString());
    assertEquals(1, run.exitCode(), run.toString());
    assertTrue(Files.exists(dir.resolve("out/3.1_005_complex_text_article.json")), run.toString());
    assertFalse(Files.exists(dir.resolve("out/3.0_ap_image.json")), run.toString());
    assertTrue(run.err().contains("input.not-an-article"), run.err());
  }

  @Test
  void jsonLdWithoutItsBodyIsNotInventedIntoAnArticle() throws IOException {
    // newsmodel's JSON-LD is page metadata: it carries no articleBody, so a published article cannot come back.
    assertEquals(0, run("convert", "--to", "jsonld", "in/b.json", "-o", "b.jsonld").exitCode());
    CliRun back = run("convert", "--from", "jsonld", "--to", "newsmodel", "b.jsonld");
    assertEquals(1, back.exitCode(), back.toString());
    assertTrue(back.err().contains("b.jsonld: error input.missing The NewsArticle has no articleBody"), back.err());
    assertEquals("", back.out());
  }

  @Test
  void aJsonLdTimeWithoutAnOffsetNeedsAZone() throws IOException {
    Files.writeString(dir.resolve("local.jsonld"), "{\"@context\": \"https://schema.org\", \"@type\": "
        + "\"NewsArticle\", \"url\": \"https://news.example.org/a\", \"headline\": \"Flood warning\", "
        + "\"inLanguage\": \"en\", \"datePublished\": \"2024-03-05T09:30:00\", \"articleBody\": \"Rain.\"}");
    CliRun without = run("convert", "--from", "jsonld", "--to", "newsmodel", "local.jsonld");
    assertTrue(without.err().contains("local.jsonld: warning time.no-offset at /datePublished "), without.err());
    CliRun with = run("convert", "--from", "jsonld", "--to", "newsmodel", "--zone", "Europe/London", "local.jsonld");
    assertEquals(0, with.exitCode(), with.toString());
    assertFalse(with.err().contains("time.no-offset"), with.err());
    assertEquals(java.time.Instant.parse("2024-03-05T09:30:00Z"),
        ArticleJson.defaults().read(with.out()).published().orElseThrow().toInstant());
  }

  @Test
  void textThatIsNotUtf8IsRefused() throws IOException {
    Files.write(dir.resolve("latin1.jsonld"), new byte[] {'{', '"', (byte) 0xE9, '"', ':', '1', '}'});
    CliRun run = run("convert", "--from", "jsonld", "--to", "newsmodel", "latin1.jsonld");
    assertEquals(1, run.exitCode(), run.toString());
    assertTrue(run.err().startsWith("latin1.jsonld: error input.syntax The input is not UTF-8 text"), run.err());
  }

  @Test
  void importReadsAPageAndReportsWhatItDropped() throws IOException {
    Files.writeString(dir.resolve("page.html"), "<!doctype html><html lang=en><head><title>x</title>"
        + "<script type=\"application/ld+json\">{\"@context\": \"https://schema.org\", \"@type\": \"NewsArticle\", "
        + "\"url\": \"https://news.example.org/2024/flood\", \"headline\": \"Flood warning for the valley\", "
        + "\"inLanguage\": \"en\", \"datePublished\": \"2024-03-05T09:30:00+01:00\"}</script></head>"
        + "<body><article><p>The river rose <a href=\"javascript:alert(1)\">overnight</a>.</p>"
        + "<script>alert(2)</script><p>Roads are closed.</p></article></body></html>");
    CliRun run = run("import", "page.html");
    assertEquals(0, run.exitCode(), run.toString());
    Article article = ArticleJson.defaults().read(run.out());
    assertEquals("Flood warning for the valley", article.headline());
    assertEquals(java.time.Instant.parse("2024-03-05T08:30:00Z"), article.published().orElseThrow().toInstant());
    assertFalse(run.out().contains("alert"), run.out());
    assertTrue(run.out().contains("overnight"), run.out());
    assertTrue(run.err().contains("page.html: warning url.scheme at "), run.err());
  }

  @Test
  void importOfTheCorpusTakesEachPageAsTheTestsOfHtmlImportDo() throws IOException {
    Path pages = Path.of("").toAbsolutePath().getParent().resolveSibling("shared").resolve("corpora/news-pages");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(pages),
        "the news pages are read from ../shared/corpora/news-pages, which this checkout lacks");
    CliRun run = CliRun.run(pages, ArticleChecker::of, new byte[0], "import", "lemonde-1/source.html");
    assertEquals(0, run.exitCode(), run.toString());
    assertEquals("Le projet de loi sur le renseignement massivement approuvé à l'Assemblée",
        ArticleJson.defaults().read(run.out()).headline());
    CliRun tree = CliRun.run(pages, ArticleChecker::of, new byte[0], "import", ".", "-o", dir.resolve("out").toString());
    assertEquals(1, tree.exitCode(), tree.toString());   // some pages state no offset or language: errors, not guesses
    assertTrue(Files.exists(dir.resolve("out/lemonde-1/source.json")), tree.toString());
    assertTrue(tree.err().contains("time.no-offset") || tree.err().contains("input.missing"), tree.err());
  }

  @Test
  void aMissingFileIsNotRead() {
    CliRun run = run("convert", "--to", "jsonld", "in/nope.json");
    assertEquals(2, run.exitCode(), run.toString());
    assertTrue(run.err().startsWith("in/nope.json: error io.unreadable "), run.err());
  }

  private static List<String> files(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile)
          .map(p -> root.getParent().relativize(p).toString().replace('\\', '/'))
          .sorted().collect(Collectors.toList());
    }
  }
}
