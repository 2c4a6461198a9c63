package dev.newsmodel.ninjs;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
  void referenceAndFullArticleValidateAgainstTheOfficialSchema() {
    assertEquals(List.of(), Standards.violations(Ninjs.write(reference()).orElseThrow()));
    assertEquals(List.of(), Standards.violations(Ninjs.write(FullArticle.article()).orElseThrow()));
  }
}
