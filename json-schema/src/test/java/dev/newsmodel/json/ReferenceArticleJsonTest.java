package dev.newsmodel.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsmodel.core.Article;
import dev.newsmodel.testing.Golden;
import dev.newsmodel.testing.ReferenceArticle;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The reference article as JSON: {@code examples/articles/reference-article.json} is what the writer produces
 * for {@link ReferenceArticle#article()}. Regenerate it with {@code -Dnewsmodel.golden.update=true}.
 */
class ReferenceArticleJsonTest {
  static final Path REFERENCE_JSON = Path.of("../examples/articles/reference-article.json");

  @Test
  void writesTheReferenceArticleAsInTheCheckedInExample() {
    Golden.assertMatches(REFERENCE_JSON, ArticleJson.defaults().write(ReferenceArticle.article()));
  }

  @Test
  void readsTheCheckedInExampleBackToTheReferenceArticle() {
    assertEquals(ReferenceArticle.article(), ArticleJson.defaults().read(REFERENCE_JSON));
  }

  @Test
  void checkedInExampleValidatesWithOnlyTheKnownLintFindings() throws IOException {
    ValidationReport report = ArticleValidator.defaults()
        .validate(Files.readAllBytes(REFERENCE_JSON), "reference-article.json");
    assertTrue(report.isValid(), () -> String.join("\n", report.formatted()));
    assertEquals(List.of(
            "reference-article.json:1:1: warning byline-missing at /bylines: The news article has no byline; "
                + "credit its author, correspondent or agency.",
            "reference-article.json:19:20: warning image-license-missing at /leadImage/attribution/license: "
                + "The image has no licence; name one (an SPDX id such as 'CC-BY-SA-4.0') or a copyright holder's terms."),
        report.formatted());
    assertEquals(ReferenceArticle.article(), report.article().orElseThrow());
  }

  @Test
  void writingTwiceGivesIdenticalBytes() {
    Article article = ReferenceArticle.article();
    assertArrayEquals(ArticleJson.defaults().writeBytes(article), ArticleJson.defaults().writeBytes(article));
  }

  static String referenceText() {
    try {
      return Files.readString(REFERENCE_JSON);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  static String numbered(String text) {
    String[] lines = text.split("\n", -1);
    return java.util.stream.IntStream.range(0, lines.length)
        .mapToObj(i -> (i + 1) + ": " + lines[i]).collect(Collectors.joining("\n"));
  }
}
