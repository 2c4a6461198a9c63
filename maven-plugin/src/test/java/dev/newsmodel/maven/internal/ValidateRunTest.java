package dev.newsmodel.maven.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsmodel.cli.report.Validation;
import dev.newsmodel.core.lint.Linter;
import dev.newsmodel.core.lint.Severity;
import dev.newsmodel.json.ArticleValidator;
import dev.newsmodel.json.Limits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateRunTest {
  @TempDir
  Path project;

  Path articles;
  Path output;
  Recorded log;
  final String config = Settings.configHash(Validation.version(), Limits.defaults(), Linter.defaults());

  @BeforeEach
  void setUp() {
    articles = project.resolve("src/main/articles");
    output = project.resolve("target/newsmodel");
    log = new Recorded();
  }

  List<ArticleFile> files() throws IOException {
    return new ArticleScan(articles, project, List.of("**/*.json"), List.of()).files();
  }

  ValidateRun.Result run(Severity failOn, boolean force) throws IOException {
    log.lines.clear();
    return new ValidateRun(Validation.of(ArticleValidator.defaults()), failOn, output, force, log).run(files(), config);
  }

  @Test
  void unchangedCleanFilesAreSkippedAndTheReportsStayTheSame() throws IOException {
    Articles.write(articles, "a.json", Articles.CLEAN);
    Articles.write(articles, "b/c.json", Articles.variant("c", "Second headline here", "2024-05-03T08:30:00+01:00[Europe/Lisbon]"));
    ValidateRun.Result first = run(Severity.ERROR, false);
    assertEquals(2, first.checked());
    assertEquals(0, first.skipped());
    byte[] sarif = Files.readAllBytes(output.resolve(ValidateRun.SARIF));
    byte[] json = Files.readAllBytes(output.resolve(ValidateRun.JSON));

    ValidateRun.Result second = run(Severity.ERROR, false);
    assertEquals(0, second.checked());
    assertEquals(2, second.skipped());
    assertEquals(Optional.empty(), second.failure());
    assertEquals("INFO 2 files: 2 valid, 0 invalid, 0 not read; 0 problems (0 errors, 0 warnings, 0 info); "
        + "2 files unchanged since the last check, skipped", log.lines.get(0));
    assertArrayEquals(sarif, Files.readAllBytes(output.resolve(ValidateRun.SARIF)));
    assertArrayEquals(json, Files.readAllBytes(output.resolve(ValidateRun.JSON)));

    ValidateRun.Result forced = run(Severity.ERROR, true);
    assertEquals(2, forced.checked());
    assertEquals(0, forced.skipped());
  }

  @Test
  void aChangedFileIsCheckedAgainAndAFailedOneIsNeverSkipped() throws IOException {
    Path a = Articles.write(articles, "a.json", Articles.CLEAN);
    Articles.write(articles, "b.json", Articles.variant("b", "Second headline here", "2024-05-03T08:30:00+01:00[Europe/Lisbon]"));
    run(Severity.ERROR, false);
    Files.writeString(a, Articles.CLEAN.replace("\"headline\": \"Harbour", "\"headline\": 42, \"x\": \"Harbour"));
    ValidateRun.Result broken = run(Severity.ERROR, false);
    assertEquals(1, broken.checked());
    assertEquals(1, broken.skipped());
    assertTrue(broken.failure().isPresent());
    assertTrue(log.lines.get(0).startsWith("ERROR src/main/articles/a.json:7:15: error schema.type at /headline: "),
        log.lines.get(0));
    ValidateRun.Result again = run(Severity.ERROR, false);
    assertEquals(1, again.checked(), "the broken file is checked every time");
    Files.writeString(a, Articles.CLEAN);
    assertEquals(Optional.empty(), run(Severity.ERROR, false).failure());
  }

  @Test
  void aFileWithOnlyWarningsPassesUnderErrorButIsCheckedEveryTime() throws IOException {
    Articles.write(articles, "w.json", Articles.withWarning());
    ValidateRun.Result first = run(Severity.ERROR, false);
    assertEquals(Optional.empty(), first.failure());
    assertEquals("WARN src/main/articles/w.json:1:1: warning byline-missing at /bylines: The news article has no "
        + "byline; credit its author, correspondent or agency.", log.lines.get(0));
    ValidateRun.Result second = run(Severity.ERROR, false);
    assertEquals(1, second.checked(), "a warning is shown again on every run");
    assertEquals(first.summary().line(), second.summary().line());
  }

  @Test
  void failOnWarningFailsOnLintWithTheCounts() throws IOException {
    Articles.write(articles, "w.json", Articles.withWarning());
    Articles.write(articles, "a.json", Articles.CLEAN);
    ValidateRun.Result result = run(Severity.WARNING, false);
    assertEquals(Optional.of("0 errors, 1 warning in 1 file (failOn is warning); see the lines above or "
        + output.resolve(ValidateRun.SARIF)), result.failure());
  }

  @Test
  void errorsAndUnreadableFilesAreCountedInTheFailure() throws IOException {
    Articles.write(articles, "a.json", "{");
    Articles.write(articles, "b.json", "");
    // A directory is walked into, never taken as a file; a link to one is named, and reported, not followed.
    Files.createDirectories(articles.resolve("dir.json"));
    Files.createSymbolicLink(articles.resolve("link.json"), articles.resolve("dir.json"));
    ValidateRun.Result result = run(Severity.ERROR, false);
    assertEquals(3, result.summary().files());
    assertEquals(1, result.summary().notRead());
    assertTrue(result.failure().orElseThrow().startsWith("3 errors, 0 warnings in 3 files; "),
        result.failure().orElseThrow());
    assertTrue(log.lines.contains("ERROR src/main/articles/link.json: error io.unreadable: Cannot read the file: it is "
        + "a directory, not a regular file."), log.lines.toString());
  }

  @Test
  void aCacheOfAnotherConfigurationIsNotUsed() throws IOException {
    Articles.write(articles, "a.json", Articles.CLEAN);
    run(Severity.ERROR, false);
    String other = Settings.configHash(Validation.version(), Limits.defaults().withMaxDepth(20), Linter.defaults());
    ValidateRun.Result result = new ValidateRun(Validation.of(ArticleValidator.defaults()), Severity.ERROR, output,
        false, log).run(files(), other);
    assertEquals(1, result.checked());
  }

  @Test
  void aMalformedCacheIsTreatedAsEmpty() throws IOException {
    Articles.write(articles, "a.json", Articles.CLEAN);
    run(Severity.ERROR, false);
    Path cache = output.resolve(ValidateRun.CACHE);
    List<String> lines = Files.readAllLines(cache);
    Files.write(cache, List.of(lines.get(0), lines.get(1), "not-a-hash src/main/articles/a.json"));
    assertEquals(1, run(Severity.ERROR, false).checked());
    Files.write(cache, new byte[] {(byte) 0xff, (byte) 0xfe, 0});
    assertEquals(1, run(Severity.ERROR, false).checked());
    assertFalse(Files.readString(cache).isEmpty());
  }

  @Test
  void hiddenNamesAreSkippedAndTheSetIsInCodePointOrder() throws IOException {
    Articles.write(articles, ".draft.json", "{");
    Articles.write(articles, ".git/x.json", "{");
    Articles.write(articles, "b.json", Articles.CLEAN);
    Articles.write(articles, "B.json", Articles.CLEAN);
    Articles.write(articles, "a/z.json", Articles.CLEAN);
    Articles.write(articles, "a-b.json", Articles.CLEAN);
    Articles.write(articles, "\u00e9.json", Articles.CLEAN);
    assertEquals(List.of("src/main/articles/B.json", "src/main/articles/a/z.json", "src/main/articles/a-b.json",
        "src/main/articles/b.json", "src/main/articles/\u00e9.json"), files().stream().map(ArticleFile::shown).toList());
  }

  @Test
  void anEmptySetStillWritesBothReports() throws IOException {
    ValidateRun.Result result = run(Severity.ERROR, false);
    assertEquals(Optional.empty(), result.failure());
    assertEquals("INFO 0 files: 0 valid, 0 invalid, 0 not read; 0 problems (0 errors, 0 warnings, 0 info)",
        log.lines.get(0));
    assertTrue(Files.readString(output.resolve(ValidateRun.JSON)).contains("\"files\": 0"));
    assertTrue(Files.exists(output.resolve(ValidateRun.SARIF)));
  }
}
