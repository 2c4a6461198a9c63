package dev.newsmodel.ninjs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsmodel.core.Article;
import dev.newsmodel.json.ArticleJson;
import dev.newsmodel.testing.FullArticle;
import dev.newsmodel.testing.Golden;
import java.nio.file.Files;
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
  void referenceAndFullArticleValidateAgainstTheOfficialSchema() {
    assertEquals(List.of(), Standards.violations(Ninjs.write(reference()).orElseThrow()));
    assertEquals(List.of(), Standards.violations(Ninjs.write(FullArticle.article()).orElseThrow()));
  }
}
