package dev.newsmodel.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsmodel.benchmarks.pojo.ArticleDocument;
import dev.newsmodel.json.ArticleJson;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/**
 * The read and write baselines are fair only if the POJO graph holds the whole document: reading
 * newsmodel's bytes into it and writing it back must lose nothing. Unknown properties fail on
 * reading, so a property the graph lacks fails here too.
 */
class PojoGraphTest {
  @ParameterizedTest
  @ValueSource(strings = {"reference", "large"})
  void holdsEveryPropertyOfTheDocument(String name) {
    byte[] json = ArticleJson.defaults().writeBytes(Articles.byName(name));
    ArticleDocument pojo = Baselines.POJO_MAPPER.readValue(json, ArticleDocument.class);
    JsonNode original = Baselines.POJO_MAPPER.readTree(json);
    JsonNode rewritten = Baselines.POJO_MAPPER.readTree(Baselines.POJO_MAPPER.writeValueAsBytes(pojo));
    assertEquals(original, rewritten);
  }
}
