package dev.newsmodel.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.quicktheories.QuickTheory.qt;

import dev.newsmodel.core.Article;
import dev.newsmodel.testing.FullArticle;
import dev.newsmodel.testing.Golden;
import dev.newsmodel.testing.ModelGenerators;
import dev.newsmodel.testing.ReferenceArticle;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The mapper and the schema describe the same document: every property the writer produces is one the
 * schema describes (with a description), and every property the schema describes is written for some
 * article and read back to the same article.
 */
class SchemaDriftTest {
  private static final JsonMapper PLAIN = JsonMapper.builder().build();
  private static final JsonNode SCHEMA = PLAIN.readTree(ArticleSchema.text());

  @Test
  void writerAndSchemaCoverTheSameProperties() {
    Set<String> written = new TreeSet<>();
    walkArticle(FullArticle.article(), written);
    walkArticle(ReferenceArticle.article(), written);
    qt().withFixedSeed(17L).withExamples(100).forAll(ModelGenerators.standard().articles())
        .checkAssert(article -> walkArticle(article, written));
    assertEquals(schemaProperties(), written);
  }

  @Test
  void fullArticleReadsBackUnchanged() {
    Article full = FullArticle.article();
    assertEquals(full, ArticleJson.defaults().read(ArticleJson.defaults().write(full)));
  }

  @Test
  void writesTheFullArticleAsInTheGoldenFile() {
    Golden.assertMatches(Path.of("src/test/resources/dev/newsmodel/json/full-article.json"),
        ArticleJson.defaults().write(FullArticle.article()));
  }

  @Test
  void everySchemaPropertyHasADescription() {
    for (String property : schemaProperties()) {
      int dot = property.indexOf('.');
      String definition = property.substring(0, dot);
      JsonNode owner = definition.equals("#") ? SCHEMA : SCHEMA.get("$defs").get(definition);
      JsonNode schema = owner.get("properties").get(property.substring(dot + 1));
      assertTrue(schema.has("description") && !schema.get("description").asString().isBlank(), property);
    }
    for (Map.Entry<String, JsonNode> def : SCHEMA.get("$defs").properties()) {
      assertTrue(def.getValue().has("description"), def.getKey());
      if (def.getValue().has("properties") && !def.getValue().has("allOf")) {
        assertTrue(def.getValue().has("additionalProperties"), "additionalProperties on " + def.getKey());
      }
    }
  }

  private static void walkArticle(Article article, Set<String> seen) {
    walk(PLAIN.readTree(ArticleJson.defaults().write(article)), "#", SCHEMA, seen, "");
  }

  /** Walks a document object against the definition that describes it, recording the properties met. */
  private static void walk(JsonNode node, String definition, JsonNode schema, Set<String> seen, String pointer) {
    if (schema.has("allOf") && node.has("type")) {
      JsonNode branch = branchFor(schema, node.get("type").asString(), pointer);
      seen.add(definition + ".type");
      walk(node, refName(branch), resolve(branch), seen, pointer);
      return;
    }
    JsonNode properties = schema.get("properties");
    Iterator<Map.Entry<String, JsonNode>> fields = node.properties().iterator();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> field = fields.next();
      JsonNode property = properties == null ? null : properties.get(field.getKey());
      if (property == null) {
        fail("The writer wrote " + pointer + "/" + field.getKey() + ", which definition " + definition
            + " of the schema does not describe");
      }
      seen.add(definition + "." + field.getKey());
      value(field.getValue(), property, seen, pointer + "/" + field.getKey());
    }
  }

  private static void value(JsonNode node, JsonNode schema, Set<String> seen, String pointer) {
    if (schema.has("$ref")) {
      JsonNode target = resolve(schema);
      if (node.isObject()) {
        walk(node, refName(schema), target, seen, pointer);
      } else {
        value(node, target, seen, pointer);
      }
    } else if (node.isArray() && schema.has("items")) {
      for (int i = 0; i < node.size(); i++) {
        value(node.get(i), schema.get("items"), seen, pointer + "/" + i);
      }
    }
  }

  private static JsonNode branchFor(JsonNode schema, String type, String pointer) {
    for (JsonNode clause : schema.get("allOf")) {
      if (clause.at("/if/properties/type/const").asString().equals(type)) {
        return clause.get("then");
      }
    }
    throw new AssertionError("No schema branch for type '" + type + "' at " + pointer);
  }

  private static String refName(JsonNode schema) {
    String ref = schema.get("$ref").asString();
    return ref.substring(ref.lastIndexOf('/') + 1);
  }

  private static JsonNode resolve(JsonNode schema) {
    return SCHEMA.get("$defs").get(refName(schema));
  }

  private static Set<String> schemaProperties() {
    Set<String> all = new TreeSet<>();
    SCHEMA.get("properties").propertyNames().forEach(name -> all.add("#." + name));
    for (Map.Entry<String, JsonNode> def : SCHEMA.get("$defs").properties()) {
      JsonNode properties = def.getValue().get("properties");
      if (properties != null) {
        properties.propertyNames().forEach(name -> all.add(def.getKey() + "." + name));
      }
    }
    return all;
  }
}
