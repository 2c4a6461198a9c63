package dev.newsmodel.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The {@code --format json} report's JSON Schema: it is a valid schema, and every report meets it. */
class ReportSchemaTest {
  private static final Path ROOT = Golden.resource("articles").getParent();

  @Test
  void isAValidDraft202012Schema() {
    assertEquals(List.of(), ReportSchema.validateAgainstMetaSchema(ReportSchema.text()));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({"articles.json", "scripted.json"})
  void theGoldenReportsMeetIt(String golden) {
    assertEquals(List.of(), ReportSchema.validate(Golden.read(golden).replace("${version}", "0")));
  }

  @Test
  void aReportWithEveryKindOfInputMeetsIt(@TempDir Path temp) throws IOException {
    Files.createDirectories(temp.resolve("drafts"));
    Files.copy(ROOT.resolve("articles/valid/reference-article.json"), temp.resolve("ok.json"));
    Files.writeString(temp.resolve("broken.json"), "{\"headline\": ");
    CliRun run = CliRun.run(temp, ArticleChecker::of, "{}".getBytes(java.nio.charset.StandardCharsets.UTF_8),
        "validate", "--format", "json", "--fail-on", "warning", "ok.json", "broken.json", "drafts", "missing.json",
        "-");
    assertEquals(2, run.exitCode(), run::toString);
    assertEquals(List.of(), ReportSchema.validate(run.out()), run::toString);
  }

  @Test
  void refusesAReportThatBreaksIt() {
    String good = Golden.read("scripted.json");
    for (String bad : List.of(
        good.replace("\"status\": \"invalid\"", "\"status\": \"broken\""),
        good.replace("    \"directoriesNotRead\": 0,\n", ""),
        good.replace("\"severity\": \"warning\"", "\"severity\": \"fatal\""),
        good.replace("\"exitCode\": 1", "\"exitCode\": 3"),
        good.replace("\"line\": 3,", ""))) {
      assertFalse(bad.equals(good), "the replacement applies");
      assertFalse(ReportSchema.validate(bad).isEmpty(), bad);
    }
  }
}
