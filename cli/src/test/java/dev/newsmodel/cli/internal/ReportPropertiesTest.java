package dev.newsmodel.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.newsmodel.cli.report.FileOutcome;
import dev.newsmodel.cli.report.Finding;
import dev.newsmodel.cli.report.Summary;
import dev.newsmodel.core.lint.Linter;
import dev.newsmodel.core.lint.Severity;
import dev.newsmodel.json.ArticleJson;
import dev.newsmodel.testing.ModelGenerators;
import java.io.StringWriter;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Properties of the reports over hostile text and of the checker over generated articles. */
class ReportPropertiesTest {
  private static final ModelGenerators HOSTILE = ModelGenerators.hostile();
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private static String unescapeGithub(String text) {
    return text.replace("%0D", "\r").replace("%0A", "\n").replace("%3A", ":").replace("%2C", ",")
        .replace("%25", "%");
  }

  @Test
  void githubCommandsStayOneLineWithNoControlAndGiveBackTheirVisibleText() {
    qt().withFixedSeed(20210406L).withExamples(200)
        .forAll(HOSTILE.texts(), HOSTILE.lines())
        .checkAssert((message, name) -> {
          String path = "articles/" + name + ".json";
          String command = GithubReporter.command(path, new Finding("x.y", Severity.ERROR, 3, 4, "", message));
          assertEquals(-1, firstUnsafe(command), command);
          String properties = command.substring(0, command.indexOf("::", 2));
          String file = properties.substring(properties.indexOf("file=") + 5, properties.indexOf(",line="));
          assertFalse(file.contains(",") || file.contains(":"), command);
          assertEquals(Visible.escape(path), unescapeGithub(file));
          assertEquals(Visible.escape(message), unescapeGithub(command.substring(command.indexOf("::", 2) + 2)));
        });
  }

  @Test
  void textLinesHaveNoControlWhateverThePathAndMessage() {
    qt().withFixedSeed(20210410L).withExamples(200)
        .forAll(HOSTILE.texts(), HOSTILE.lines())
        .checkAssert((message, name) -> {
          String line = TextReporter.line(name + ".json", new Finding("x.y", Severity.ERROR, 3, 4, "", message), false);
          assertEquals(-1, firstUnsafe(line), line);
          assertEquals(Visible.escape(name + ".json") + ":3:4: error x.y " + Visible.escape(message), line);
        });
  }

  /** The index of the first control, separator, bidirectional control or lone surrogate, or -1. */
  static int firstUnsafe(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Visible.isUnsafe(c) || Character.isSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }

  @Test
  void sarifUrisAreRelativeReferencesThatDecodeToThePath() {
    qt().withFixedSeed(20210407L).withExamples(200)
        .forAll(HOSTILE.lines())
        .checkAssert(name -> {
          String path = "articles/" + name + "/a.json";
          URI uri = URI.create(SarifReporter.uri(path));
          assertFalse(uri.isAbsolute(), uri::toString);
          assertEquals(path, URLDecoder.decode(uri.getRawPath().replace("+", "%2B"), StandardCharsets.UTF_8));
        });
  }

  @Test
  void jsonReportsOfHostileMessagesParseBackToThem() {
    qt().withFixedSeed(20210408L).withExamples(100)
        .forAll(HOSTILE.texts(), HOSTILE.lines())
        .checkAssert((message, name) -> {
          StringWriter out = new StringWriter();
          JsonReporter reporter = new JsonReporter(out);
          FileOutcome outcome = new FileOutcome(name, true,
              List.of(new Finding("x.y", Severity.WARNING, 1, 2, "/a~1b", message)));
          Summary summary = new Summary(Severity.ERROR);
          reporter.begin();
          reporter.file(outcome, summary.add(outcome));
          reporter.end(summary);
          assertEquals(List.of(), ReportSchema.validate(out.toString()));
          JsonNode file = MAPPER.readTree(out.toString()).get("files").get(0);
          assertEquals(name, file.get("path").asString());
          assertEquals(message, file.get("problems").get(0).get("message").asString());
        });
  }

  @Test
  void generatedArticlesWrittenAsJsonHaveNoErrors() {
    ArticleChecker checker = ArticleChecker.of(Linter.defaults());
    qt().withFixedSeed(20210409L).withExamples(150)
        .forAll(ModelGenerators.standard().articles())
        .checkAssert(article -> {
          byte[] json = ArticleJson.defaults().writeBytes(article);
          List<Finding> findings = checker.check(json, "generated.json");
          assertTrue(findings.stream().noneMatch(f -> f.severity() == Severity.ERROR), findings::toString);
        });
  }

}
