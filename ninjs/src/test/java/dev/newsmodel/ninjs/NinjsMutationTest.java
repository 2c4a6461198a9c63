package dev.newsmodel.ninjs;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.newsmodel.core.Article;
import dev.newsmodel.core.convert.Conversion;
import dev.newsmodel.core.convert.ConversionProblem;
import dev.newsmodel.testing.ModelGenerators;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Exports broken on purpose (a member removed, or a value replaced by one of another type, anywhere, the
 * extension's JSON included) are read without an exception, and every problem names a JSON Pointer.
 */
class NinjsMutationTest {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  @Test
  void brokenDocumentsNeverThrowAndEveryProblemIsLocated() {
    qt().withFixedSeed(20130710L).withExamples(400)
        .forAll(ModelGenerators.hostile().articles(), longs().all())
        .checkAssert((article, seed) -> {
          Random random = new Random(seed);
          JsonNode root = MAPPER.readTree(Ninjs.write(article).orElseThrow());
          for (int i = 0, n = 1 + random.nextInt(3); i < n; i++) {
            mutate(root, random);
          }
          String json = MAPPER.writeValueAsString(root);
          Conversion<Article> c = Ninjs.read(json, NinjsReadOptions.defaults());
          for (ConversionProblem p : c.problems()) {
            assertTrue(p.location().isEmpty() || p.location().startsWith("/"), () -> p + " in " + json);
          }
          assertFalse(c.succeeded() && c.problems().stream()
              .anyMatch(p -> p.severity() == ConversionProblem.Severity.ERROR), json);
        });
  }

  /** Removes or replaces one value somewhere in the tree; a string holding JSON is mutated inside. */
  private static void mutate(JsonNode root, Random random) {
    List<JsonNode> containers = new ArrayList<>();
    collect(root, containers);
    JsonNode target = containers.get(random.nextInt(containers.size()));
    if (target instanceof ObjectNode) {
      ObjectNode o = (ObjectNode) target;
      List<String> names = new ArrayList<>(o.propertyNames());
      if (names.isEmpty()) {
        return;
      }
      String name = names.get(random.nextInt(names.size()));
      JsonNode value = o.get(name);
      if (value.isString() && value.asString().startsWith("{\"version\"") && random.nextBoolean()) {
        JsonNode inner = MAPPER.readTree(value.asString());
        mutate(inner, random);
        o.put(name, MAPPER.writeValueAsString(inner));
      } else if (random.nextInt(3) == 0) {
        o.remove(name);
      } else {
        o.set(name, junk(random));
      }
    } else {
      ArrayNode a = (ArrayNode) target;
      if (a.isEmpty()) {
        a.add(junk(random));
      } else {
        a.set(random.nextInt(a.size()), junk(random));
      }
    }
  }

  private static void collect(JsonNode node, List<JsonNode> out) {
    if (node.isObject() || node.isArray()) {
      out.add(node);
      if (node.isObject()) {
        for (Map.Entry<String, JsonNode> e : node.properties()) {
          collect(e.getValue(), out);
        }
      } else {
        for (JsonNode item : node) {
          collect(item, out);
        }
      }
    }
  }

  private static JsonNode junk(Random random) {
    switch (random.nextInt(8)) {
      case 0:
        return NODES.nullNode();
      case 1:
        return NODES.numberNode(random.nextInt(2000) - 1000);
      case 2:
        return NODES.numberNode(1e300 * random.nextDouble());
      case 3:
        return NODES.booleanNode(random.nextBoolean());
      case 4:
        return NODES.arrayNode().add("x");
      case 5:
        return NODES.objectNode().put("value", "x");
      case 6:
        return NODES.stringNode("javascript:alert(1)");
      default:
        return NODES.stringNode(random.nextBoolean() ? "2013-07-09T10:37:00" : "");
    }
  }
}
