package dev.newsmodel.ninjs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.newsmodel.core.Article;
import dev.newsmodel.core.convert.Conversion;
import dev.newsmodel.json.ArticleJson;
import dev.newsmodel.testing.FullArticle;
import dev.newsmodel.testing.Golden;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class NinjsExportTest {
  static Article reference() {
    Path file = Path.of("../examples/reference-article.json");
    return ArticleJson.defaults().read(file);
  }

  @Test
  void writesTheReferenceArticleAsInTheGoldenFile() {
    Golden.assertMatches(Path.of("src/test/resources/dev/newsmodel/ninjs/reference-article.ninjs.json"),
        Ninjs.write(reference()).orElseThrow());
  }

  @Test
  void writesTheFullArticleAsInTheGoldenFile() {
    Golden.assertMatches(Path.of("src/test/resources/dev/newsmodel/ninjs/full-article.ninjs.json"),
        Ninjs.write(FullArticle.article()).orElseThrow());
  }

  @Test
  void referenceAndFullArticleComeBackEqualWithoutAProblem() {
    for (Article article : List.of(reference(), FullArticle.article())) {
      Conversion<String> written = Ninjs.write(article);
      assertEquals(List.of(), written.problems());
      Conversion<Article> read = Ninjs.read(written.orElseThrow(), NinjsReadOptions.defaults());
      assertEquals(List.of(), read.problems());
      assertEquals(article, read.orElseThrow());
    }
  }

  @Test
  void theOfficialSchemaRefusesWhatIsNotNinjs31() {
    String ninjs = Ninjs.write(reference()).orElseThrow();
    assertFalse(Standards.violations(ninjs.replace("\"type\": \"text\"", "\"type\": \"story\"")).isEmpty());
    assertFalse(Standards.violations(ninjs.replace("\"language\": \"en\"", "\"lang\": \"en\"")).isEmpty());
    assertFalse(Standards.violations(ninjs.replace("\"firstCreated\": \"2021-04-06T17:45:00+03:00\"",
        "\"firstCreated\": \"6 April 2021\"")).isEmpty(), "format assertions are on");
    assertFalse(Standards.violations("{\"uri\":\"urn:x:1\",\"places\":[{\"geoJSON\":{\"type\":\"Point\"}}]}")
        .isEmpty(), "the GeoJSON schema is loaded");
    assertFalse(Standards.violations(Standards.read(Standards.ninjsDir()
        .resolve("test-suite/3.1/should_fail/001_bad_digital_source.json"))).isEmpty());
  }

  @Test
  void referenceAndFullArticleValidateAgainstTheOfficialSchema() {
    assertEquals(List.of(), Standards.violations(Ninjs.write(reference()).orElseThrow()));
    assertEquals(List.of(), Standards.violations(Ninjs.write(FullArticle.article()).orElseThrow()));
  }
}
