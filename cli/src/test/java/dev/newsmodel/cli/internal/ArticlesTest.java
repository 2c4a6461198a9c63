package dev.newsmodel.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The command with the real validator over the fixture tree {@code articles/}: golden reports in every
 * format, and one clear line per bad input.
 */
class ArticlesTest {
  private static final Path ROOT = Golden.resource("articles").getParent();

  @TempDir
  Path temp;

  private static CliRun run(Path cwd, String... args) {
    return CliRun.run(cwd, ArticleChecker::of, new byte[0], args);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "text, articles.txt",
      "json, articles.json",
      "github, articles.github.txt",
      "sarif, articles.sarif.json"})
  void reportsTheFixtureTreeAsItsGoldenFile(String format, String golden) {
    CliRun run = run(ROOT, "validate", "--format", format, "articles");
    assertEquals(1, run.exitCode(), run::toString);
    assertEquals(format.equals("sarif")
        ? "12 files: 2 valid, 10 invalid, 0 not read; 19 problems (12 errors, 7 warnings, 0 info)\n" : "",
        run.err(), run::toString);
    Golden.assertMatches(golden, run.out().replace("\"" + Version.number() + "\"", "\"${version}\""));
    if (format.equals("json")) {
      assertEquals(List.of(), ReportSchema.validate(run.out()));
    }
  }

  @Test
  void sarifReportOfTheFixtureTreeValidatesAgainstTheSarif210Schema() {
    CliRun run = run(ROOT, "validate", "--format", "sarif", "articles", "no-such-dir");
    assertEquals(2, run.exitCode(), run::toString);
    assertEquals(List.of(), SarifSchema.validate(run.out()));
  }

  @Test
  void moreProblemsThanTheCapEndWithOneNoteSayingHowMany() throws IOException {
    StringBuilder json = new StringBuilder("{\"id\": \"a\", \"status\": \"draft\", \"language\": \"en\", "
        + "\"headline\": \"h\"");
    for (int i = 0; i < 150; i++) {
      json.append(", \"unknown").append(i).append("\": 1");
    }
    Files.writeString(temp.resolve("many.json"), json.append('}').toString());
    CliRun run = run(temp, "validate", "many.json");
    assertEquals(1, run.exitCode(), run::toString);
    List<String> lines = run.out().lines().toList();
    assertEquals(100, lines.stream().filter(l -> l.contains("schema.additionalProperties")).count(), run::toString);
    assertTrue(lines.contains("many.json: error limit.problems And 50 more problems, not listed (the limit "
        + "maxProblems is 100)."), run::toString);
  }

  @Test
  void sarifDescribesEveryCodeItReportsAmongItsRules() {
    CliRun run = run(ROOT, "validate", "--format", "sarif", "articles", "no-such-dir");
    tools.jackson.databind.JsonNode sarif = tools.jackson.databind.json.JsonMapper.builder().build().readTree(run.out());
    tools.jackson.databind.JsonNode sarifRun = sarif.get("runs").get(0);
    java.util.Set<String> described = new java.util.HashSet<>();
    for (tools.jackson.databind.JsonNode rule : sarifRun.get("tool").get("driver").get("rules")) {
      described.add(rule.get("id").asString());
    }
    java.util.Set<String> reported = new java.util.TreeSet<>();
    for (tools.jackson.databind.JsonNode result : sarifRun.get("results")) {
      reported.add(result.get("ruleId").asString());
      assertTrue(result.has("ruleIndex"), result.toString());
    }
    assertTrue(reported.size() >= 8, reported.toString());
    for (String code : reported) {
      assertTrue(described.contains(code), code + " is reported but not among tool.driver.rules");
    }
    for (dev.newsmodel.json.ProblemCode code : dev.newsmodel.json.ProblemCode.values()) {
      assertTrue(described.contains(code.code()), code.code());
    }
  }

  @Test
  void referenceArticleHasWarningsOnlySoItPassesUnlessWarningsFail() {
    CliRun byDefault = run(ROOT, "validate", "articles/valid/reference-article.json");
    CliRun strict = run(ROOT, "validate", "--fail-on", "warning", "articles/valid/reference-article.json");
    CliRun quiet = run(ROOT, "validate", "--fail-on", "warning", "--disable", "byline-missing,image-license-missing",
        "articles/valid/reference-article.json");
    assertEquals(0, byDefault.exitCode(), byDefault::toString);
    assertTrue(byDefault.out().contains(" warning byline-missing "), byDefault::toString);
    assertTrue(byDefault.out().contains(" warning image-license-missing "), byDefault::toString);
    assertEquals(1, strict.exitCode(), strict::toString);
    assertEquals(0, quiet.exitCode(), quiet::toString);
    assertEquals("1 file: 1 valid, 0 invalid, 0 not read; 0 problems (0 errors, 0 warnings, 0 info)\n", quiet.out());
  }

  @Test
  void allLintsAFileWithErrorsAsFarAsItCanBeRead(@org.junit.jupiter.api.io.TempDir Path temp) throws Exception {
    String reference = java.nio.file.Files.readString(ROOT.resolve("articles/valid/reference-article.json"));
    java.nio.file.Files.writeString(temp.resolve("broken.json"),
        reference.replace("\"revision\": 1,", "\"revision\": \"one\","));
    CliRun plain = run(temp, "validate", "broken.json");
    CliRun all = run(temp, "validate", "--all", "broken.json");
    CliRun valid = run(ROOT, "validate", "articles/valid/reference-article.json");
    assertEquals(1, plain.exitCode(), plain::toString);
    assertEquals(1, all.exitCode(), all::toString);
    assertFalse(plain.out().contains(" warning "), plain::toString);
    // The same findings, at the same places, as the valid article has, beside the error.
    List<String> warnings = all.out().lines().filter(l -> l.contains(" warning "))
        .map(l -> l.substring(l.indexOf(':'))).collect(java.util.stream.Collectors.toList());
    List<String> expected = valid.out().lines().filter(l -> l.contains(" warning "))
        .map(l -> l.substring(l.indexOf(':'))).collect(java.util.stream.Collectors.toList());
    assertEquals(expected, warnings, all::toString);
    assertEquals(2, warnings.size(), all::toString);
    assertTrue(all.out().endsWith("1 file: 0 valid, 1 invalid, 0 not read; 3 problems (1 error, 2 warnings, 0 info)\n"),
        all::toString);
  }

  /** Each bad input alone: exit code, and exactly one problem line naming the file and the problem. */
  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "bad/empty.json           | 1 | articles/bad/empty.json:1:1: error json.empty ",
      "bad/binary.json          | 1 | articles/bad/binary.json:1:1: error json.syntax ",
      "bad/invalid-utf8.json    | 1 | articles/bad/invalid-utf8.json:2:",
      "bad/truncated.json       | 1 | articles/bad/truncated.json:8:",
      "bad/deep.json            | 1 | articles/bad/deep.json:1:73: error limit.depth ",
      "bad/top-level-array.json | 1 | articles/bad/top-level-array.json:1:1: error schema.type "})
  void reportsEachBadInputAsOneLine(String file, int exitCode, String line) {
    CliRun run = run(ROOT, "validate", "articles/" + file);
    assertEquals(exitCode, run.exitCode(), run::toString);
    List<String> problems = run.out().lines().filter(l -> l.startsWith("articles/")).toList();
    assertEquals(1, problems.size(), run::toString);
    assertTrue(problems.get(0).startsWith(line), run::toString);
    assertEquals("", run.err(), run::toString);
  }

  @Test
  void reportsAByteOrderMarkAndStillChecksTheRestWithTrueColumns() {
    CliRun run = run(ROOT, "validate", "articles/bad/bom.json");
    CliRun plain = run(ROOT, "validate", "articles/valid/reference-article.json");
    assertEquals(1, run.exitCode(), run::toString);
    List<String> lines = run.out().lines().toList();
    assertTrue(lines.get(0).startsWith("articles/bad/bom.json:1:1: error json.byte-order-mark "), run::toString);
    assertEquals(plain.out().lines().filter(l -> l.startsWith("articles/")).map(l -> l.replace("valid/reference-article", "bad/bom")).toList(),
        lines.subList(1, lines.size() - 2));
  }

  @Test
  void reportsAFileOverTheSizeLimitWithoutReadingIt() throws IOException {
    Path huge = temp.resolve("huge.json");
    try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
      file.setLength(dev.newsmodel.json.Limits.defaults().maxDocumentBytes() + 1L);
    }
    CliRun run = run(temp, "validate", "huge.json");
    assertEquals(1, run.exitCode(), run::toString);
    assertTrue(run.out().startsWith("huge.json: error limit.document-size The document has 10,485,761 bytes; "
        + "the limit is 10,485,760 bytes, so it was not read.\n"), run::toString);
  }

  @Test
  void reportsAnUnreadableFileAndADirectoryWithoutArticlesAndChecksTheRest() throws IOException {
    Files.createSymbolicLink(temp.resolve("dangling.json"), temp.resolve("gone.json"));
    Files.createDirectories(temp.resolve("drafts"));
    Files.writeString(temp.resolve("drafts/notes.txt"), "not an article");
    Files.copy(ROOT.resolve("articles/valid/reference-article.json"), temp.resolve("ok.json"));
    CliRun run = run(temp, "validate", "dangling.json", "drafts", "ok.json");
    assertEquals(2, run.exitCode(), run::toString);
    assertTrue(run.out().startsWith(
        "dangling.json: error io.unreadable Cannot read the file: no such file or directory.\n\n"
        + "drafts: error io.no-articles The directory holds no *.json files.\n\n"
        + "ok.json:1:1: warning byline-missing "), run::toString);
    assertTrue(run.out().endsWith("2 files: 1 valid, 0 invalid, 1 not read; 1 directory not read; 4 problems (2 errors, 2 warnings, 0 info)\n"),
        run::toString);
    assertEquals("", run.err());
  }

  @Test
  void countsTheArticlesInADirectoryAndNeverADirectoryAsAFile() throws IOException {
    Files.createDirectories(temp.resolve("drafts"));
    Files.writeString(temp.resolve("drafts/notes.txt"), "not an article");
    Files.createDirectories(temp.resolve("tree/sub"));
    Files.copy(ROOT.resolve("articles/valid/reference-article.json"), temp.resolve("tree/a.json"));
    Files.copy(ROOT.resolve("articles/valid/reference-article.json"), temp.resolve("tree/sub/b.json"));
    CliRun empty = run(temp, "validate", "drafts");
    assertEquals(2, empty.exitCode(), empty::toString);
    assertEquals("drafts: error io.no-articles The directory holds no *.json files.\n\n"
        + "0 files: 0 valid, 0 invalid, 0 not read; 1 directory not read; 1 problem (1 error, 0 warnings, 0 info)\n",
        empty.out());
    CliRun tree = run(temp, "validate", "--no-lint", "tree");
    assertEquals("2 files: 2 valid, 0 invalid, 0 not read; 0 problems (0 errors, 0 warnings, 0 info)\n", tree.out());
    CliRun json = run(temp, "validate", "--format", "json", "drafts", "tree");
    assertTrue(json.out().contains("\"path\": \"drafts\",\n      \"status\": \"not-read\",\n      \"directory\": true,"),
        json::toString);
    assertTrue(json.out().contains("\"files\": 2,\n    \"valid\": 2,\n    \"invalid\": 0,\n    \"notRead\": 0,\n"
        + "    \"directoriesNotRead\": 1,\n    \"problems\": 5,\n    \"errors\": 1,"), json::toString);
    assertEquals(List.of(), ReportSchema.validate(json.out()));
    CliRun sarif = run(temp, "validate", "--format", "sarif", "drafts");
    assertTrue(sarif.out().contains("\"executionSuccessful\": false"), sarif::toString);
    assertEquals(List.of(), SarifSchema.validate(sarif.out()));
  }

  @Test
  void countsAFileThatCannotBeReadAsAnErrorInTheSummary() {
    CliRun run = run(ROOT, "validate", "articles/missing.json");
    assertEquals(2, run.exitCode(), run::toString);
    assertEquals("articles/missing.json: error io.unreadable Cannot read the file: no such file or directory.\n\n"
        + "1 file: 0 valid, 0 invalid, 1 not read; 1 problem (1 error, 0 warnings, 0 info)\n", run.out());
  }

  @Test
  void neverPrintsAStackTraceForBadInputAndChecksEveryFile() {
    CliRun run = run(ROOT, "validate", "articles/bad", "articles/valid");
    assertEquals(1, run.exitCode(), run::toString);
    assertTrue(run.out().endsWith("8 files: 1 valid, 7 invalid, 0 not read; 11 problems (7 errors, 4 warnings, 0 info)\n"),
        run::toString);
    assertFalse(run.out().contains("\tat ") || run.err().contains("\tat "), run::toString);
  }

  @Test
  void rendersTheReferenceArticleAndRefusesAnInvalidOne() throws IOException {
    CliRun page = run(ROOT, "render", "articles/valid/reference-article.json", "--page", "-o",
        temp.resolve("a/b/page.html").toString());
    assertEquals(0, page.exitCode(), page::toString);
    assertTrue(Files.readString(temp.resolve("a/b/page.html")).contains("<article"));
    CliRun fragment = run(ROOT, "render", "articles/valid/reference-article.json", "--zone", "Asia/Tokyo",
        "--locale", "de-DE");
    assertEquals(0, fragment.exitCode(), fragment::toString);
    assertTrue(fragment.out().startsWith("<article"), fragment::toString);
    CliRun invalid = run(ROOT, "render", "articles/invalid/schema-errors.json");
    assertEquals(1, invalid.exitCode(), invalid::toString);
    assertEquals("", invalid.out());
    assertTrue(invalid.err().startsWith("articles/invalid/schema-errors.json:4:15: error schema.type "), invalid::toString);
  }

  @Test
  void renderReportsAMissingFileAsOneLineWithExit2() {
    CliRun run = run(ROOT, "render", "articles/missing.json");
    assertEquals(2, run.exitCode(), run::toString);
    assertEquals("", run.out());
    assertEquals("articles/missing.json: error io.unreadable Cannot read the file: no such file or directory.\n",
        run.err());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "--zone Mars/Olympus   | newsmodel render: --zone: unknown time zone 'Mars/Olympus'",
      "--locale en_GB!       | newsmodel render: --locale: 'en_GB!' is not a BCP 47 language tag",
      "--locale und          | newsmodel render: --locale: 'und' is not a BCP 47 language tag"})
  void refusesBadRenderOptionsAsUsageErrors(String option, String message) {
    String[] parts = option.split(" ");
    CliRun run = run(ROOT, "render", "articles/valid/reference-article.json", parts[0], parts[1]);
    assertEquals(2, run.exitCode(), run::toString);
    assertTrue(run.err().startsWith(message), run::toString);
    assertEquals(1, run.err().lines().count(), run::toString);
  }

  @Test
  void printsTheArticleSchema() {
    CliRun run = run(ROOT, "schema");
    assertEquals(0, run.exitCode());
    assertEquals(dev.newsmodel.json.ArticleSchema.text().strip(), run.out().strip());
  }
}
