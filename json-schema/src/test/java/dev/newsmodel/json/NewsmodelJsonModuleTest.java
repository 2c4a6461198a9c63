package dev.newsmodel.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsmodel.core.Article;
import dev.newsmodel.core.Image;
import dev.newsmodel.core.body.Block;
import dev.newsmodel.testing.ReferenceArticle;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class NewsmodelJsonModuleTest {
  private static final JsonMapper FOUND = JsonMapper.builder().findAndAddModules().build();

  @Test
  void isFoundByServiceLoading() {
    assertTrue(FOUND.registeredModules().stream().anyMatch(m -> m instanceof NewsmodelJsonModule),
        () -> FOUND.registeredModules().toString());
  }

  @Test
  void writesAndReadsArticlesLikeTheFacade() {
    Article article = ReferenceArticle.article();
    String json = FOUND.writeValueAsString(article);
    JsonNode expected = FOUND.readTree(ArticleJson.defaults().write(article));
    assertEquals(expected, FOUND.readTree(json));
    assertEquals(article, FOUND.readValue(json, Article.class));
  }

  @Test
  void readsArticlesInsideOtherDocuments() {
    Article article = ReferenceArticle.article();
    String wrapper = "{\"items\":[" + FOUND.writeValueAsString(article) + "]}";
    JsonNode tree = FOUND.readTree(wrapper);
    assertEquals(article, FOUND.treeToValue(tree.get("items").get(0), Article.class));
    Block first = article.body().get(0);
    assertEquals(first, FOUND.readValue(FOUND.writeValueAsString(first), Block.class));
    Image image = article.leadImage().orElseThrow();
    assertEquals(image, FOUND.readValue(FOUND.writeValueAsString(image), Image.class));
  }

  @Test
  void invalidArticleFailsWithLocatedProblems() {
    ArticleReadException e = assertThrows(ArticleReadException.class,
        () -> FOUND.readValue("{\n  \"id\": \"a\",\n  \"status\": \"published\",\n  \"language\": \"en\",\n"
            + "  \"headline\": 42\n}", Article.class));
    Problem p = e.problems().get(0);
    assertEquals(List.of("schema.type", "/headline", 5, 15), List.of(p.code(), p.pointer(), p.line(), p.column()));
  }

  @Test
  void invalidPartFailsWithLocatedProblems() {
    ArticleReadException e = assertThrows(ArticleReadException.class,
        () -> FOUND.readValue("{\"url\": \"javascript:alert(1)\", \"alt\": \"x\"}", Image.class));
    Problem p = e.problems().get(0);
    // The schema's own pattern, applied by the part reader too, before the model's rule.
    assertEquals(List.of("schema.pattern", "/url", 1, 9), List.of(p.code(), p.pointer(), p.line(), p.column()));
    assertEquals("Expected an absolute http or https URL with a host name, but found the string "
        + "\"javascript:alert(1)\".", p.message());
  }

  @Test
  void facadeMapperRefusesDuplicateProperties() {
    assertThrows(RuntimeException.class,
        () -> ArticleJson.defaults().mapper().readTree("{\"a\": 1, \"a\": 2}"));
  }
}
