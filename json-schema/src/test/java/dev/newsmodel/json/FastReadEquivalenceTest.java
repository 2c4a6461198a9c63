package dev.newsmodel.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.newsmodel.core.Article;
import dev.newsmodel.json.internal.FastReader;
import dev.newsmodel.json.internal.Pipeline;
import dev.newsmodel.json.internal.TreeParser;
import dev.newsmodel.testing.ModelGenerators;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@link ArticleJson#read} and {@link ArticleValidator#validate} take a fast path (Jackson's token
 * stream read straight into the model, the schema's keywords checked as it reads, no tree, no networknt) and fall back to the full layered pipeline on
 * any problem. These properties hold both to that full pipeline: the fast path accepts a document
 * exactly when the pipeline builds the article (then the same article), the validator reports exactly
 * the pipeline's problems, and a failed read carries exactly those problems.
 */
class FastReadEquivalenceTest {
  private static final JsonMapper PLAIN = JsonMapper.builder().build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final FastReader FAST = new FastReader(Limits.defaults());

  /** Values the schema, the reader or the model treat specially: blank, multi-line, bounds, near misses. */
  private static final List<JsonNode> HOSTILE = List.of(
      NODES.stringNode(""), NODES.stringNode(" "), NODES.stringNode(" \t "), NODES.stringNode("a\nb"),
      NODES.stringNode("a\u2028b"), NODES.stringNode("a\u0085b"), NODES.stringNode("x"), NODES.stringNode("x y"),
      NODES.stringNode("javascript:alert(1)"), NODES.stringNode("https://example.com/a b"),
      NODES.stringNode("https://example.com/ä"), NODES.stringNode("https://example.com/?q=[1]"),
      NODES.stringNode("https://"), NODES.stringNode("https://example.com"), NODES.stringNode("mailto:a@b.c"),
      NODES.stringNode("//example.com/x"), NODES.stringNode("HTTPS://EXAMPLE.COM/"),
      NODES.stringNode("2021-04-06T17:45:00"), NODES.stringNode("2021-04-06T17:45:00Z"),
      NODES.stringNode("2021-04-06t17:45:00.123456789z"), NODES.stringNode("2021-04-06T17:45:00+03:00[Europe/Moscow]"),
      NODES.stringNode("2021-04-06T17:45:00+04:00[Europe/Moscow]"), NODES.stringNode("2021-04-06T17:45:00+03:00\n"),
      NODES.stringNode("2021-13-40T25:61:00Z"), NODES.stringNode("en"), NODES.stringNode("en_US"),
      NODES.stringNode("en-x"), NODES.stringNode("zh-Hant-TW"), NODES.stringNode("RU"), NODES.stringNode("XX"),
      NODES.stringNode("ru"), NODES.stringNode("CC-BY-4.0"), NODES.stringNode("-CC"), NODES.stringNode("x".repeat(257)),
      NODES.stringNode("paragraph"), NODES.stringNode("line-break"), NODES.stringNode("published"),
      NODES.stringNode("draft"), NODES.stringNode("news"), NODES.numberNode(0), NODES.numberNode(1),
      NODES.numberNode(-1), NODES.numberNode(2), NODES.numberNode(6), NODES.numberNode(7), NODES.numberNode(1.0),
      NODES.numberNode(2.5), NODES.numberNode(90), NODES.numberNode(90.0), NODES.numberNode(-180.0),
      NODES.numberNode(180.5), NODES.numberNode(new BigDecimal("90.00000000000000001")),
      NODES.numberNode(new BigDecimal("-180.0000000000000000000001")), NODES.numberNode(new BigDecimal("1E+400")), NODES.numberNode(2147483648L), NODES.booleanNode(true), NODES.booleanNode(false),
      NODES.nullNode(), NODES.objectNode(), NODES.arrayNode(), NODES.arrayNode().add(NODES.objectNode()));

  static Stream<Arguments> generators() {
    return Stream.of(Arguments.of("standard", ModelGenerators.standard()),
        Arguments.of("hostile", ModelGenerators.hostile()));
  }

  static Stream<Arguments> mutationRows() {
    return Stream.concat(
        ArticleValidatorMutationTest.mutations().map(a -> Arguments.of(a.get()[0], a.get()[1], Limits.defaults())),
        ArticleValidatorMutationTest.limits().map(a -> Arguments.of(a.get()[0], a.get()[1], a.get()[2])));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("generators")
  void everyGeneratedArticleTakesTheFastPath(String name, ModelGenerators generators) {
    qt().withFixedSeed(20210410L).withExamples(150)
        .forAll(generators.articles())
        .checkAssert(article -> {
          byte[] json = ArticleJson.defaults().writeBytes(article);
          assertFastRead(article, json);
        });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("generators")
  void mutatedArticlesAreAcceptedExactlyWhenTheValidatorBuildsThem(String name, ModelGenerators generators) {
    qt().withFixedSeed(20210411L).withExamples(300)
        .forAll(generators.articles(), integers().all())
        .checkAssert((article, seed) -> {
          JsonNode tree = PLAIN.readTree(ArticleJson.defaults().writeBytes(article));
          mutate(tree, new Random(seed));
          assertAgrees(Limits.defaults(), PLAIN.writeValueAsBytes(tree));
        });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("generators")
  void propertiesInAnyOrderReadTheSame(String name, ModelGenerators generators) {
    // The streaming reader reads each object's properties in the document's order (a block's "type" may
    // come last); the article, the verdict and every lint location must not depend on that order.
    qt().withFixedSeed(20210412L).withExamples(150)
        .forAll(generators.articles(), integers().all())
        .checkAssert((article, seed) -> {
          JsonNode tree = PLAIN.readTree(ArticleJson.defaults().writeBytes(article));
          JsonNode shuffled = shuffle(tree, new Random(seed));
          byte[] json = PLAIN.writerWithDefaultPrettyPrinter().writeValueAsBytes(shuffled);
          assertFastRead(article, json);
        });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("generators")
  void aPropertyTwiceInAnyObjectIsRefusedAsThePipelineRefusesIt(String name, ModelGenerators generators) {
    // The streaming reader finds duplicate names itself, at every depth and with the block's "type".
    qt().withFixedSeed(20210415L).withExamples(150)
        .forAll(generators.articles(), integers().all())
        .checkAssert((article, seed) -> {
          JsonNode tree = PLAIN.readTree(ArticleJson.defaults().writeBytes(article));
          List<JsonNode> containers = new ArrayList<>();
          collect(tree, containers);
          containers.removeIf(c -> !c.isObject() || c.isEmpty());
          JsonNode target = containers.get(Math.floorMod(seed, containers.size()));
          StringBuilder out = new StringBuilder();
          write(tree, target, PLAIN::writeValueAsString, out);
          byte[] json = out.toString().getBytes(StandardCharsets.UTF_8);
          assertFastRead(null, json);
        });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("generators")
  void aUrlRepeatedThroughTheDocumentReadsAsThePipelineReadsIt(String name, ModelGenerators generators) {
    // The streaming reader parses each URL once per document and looks repeats of the same kind up in
    // a small table by hash: every URL of the article (web URLs and links in text) is replaced by one
    // of a few texts, two of them in the same slot of that table (equal hash codes), two refused by the
    // schema, so that a repeat, a collision and a refused text met again are all held to the full
    // pipeline.
    // The last text is a link's but not a web URL: met first in a link, it must still be refused where a
    // web URL belongs (the table is keyed by kind as well; the model's scheme rule would refuse it too).
    List<String> pool = List.of("https://x.example/Aa", "https://x.example/BB", "HTTPS://EXAMPLE.COM/",
        "https://example.com/a b", "https://example.com/\u00e4", "mailto:desk@example.com");
    assertEquals(pool.get(0).hashCode(), pool.get(1).hashCode());
    int[] read = new int[1];
    qt().withFixedSeed(20210416L).withExamples(150)
        .forAll(generators.articles(), integers().all())
        .checkAssert((article, seed) -> {
          JsonNode tree = PLAIN.readTree(ArticleJson.defaults().writeBytes(article));
          Random random = new Random(seed);
          List<JsonNode> containers = new ArrayList<>();
          collect(tree, containers);
          for (JsonNode container : containers) {
            if (container instanceof ObjectNode) {
              ObjectNode object = (ObjectNode) container;
              for (String property : new ArrayList<>(object.propertyNames())) {
                JsonNode value = object.get(property);
                if (!property.equals("$schema") && value.isString()
                    && value.stringValue().regionMatches(true, 0, "http", 0, 4)) {
                  // Mostly the valid texts, so that most documents are still read.
                  int pick = random.nextInt(40);
                  object.put(property, pool.get(pick < 37 ? pick % 3 : pick - 34));
                }
              }
            }
          }
          byte[] json = PLAIN.writeValueAsBytes(tree);
          assertAgrees(Limits.defaults(), json);
          if (FAST.read(json) != null) {
            read[0]++;
          }
        });
    // Not vacuous: most documents still carry only valid URLs and are read, repeats and all.
    assertTrue(read[0] >= 40, () -> read[0] + " of 150 documents read");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("generators")
  void namesWrittenWithEscapesReadTheSame(String name, ModelGenerators generators) {
    // The streaming reader matches names by their bytes in the parser's table of the object's names; a
    // name written with an escape takes the parser's other path, which must find the same property.
    qt().withFixedSeed(20210417L).withExamples(150)
        .forAll(generators.articles(), integers().all())
        .checkAssert((article, seed) -> {
          JsonNode tree = PLAIN.readTree(ArticleJson.defaults().writeBytes(article));
          StringBuilder out = new StringBuilder();
          Random random = new Random(seed);
          // About half of the names with their first character as an escape.
          write(tree, null, property -> random.nextBoolean()
              ? String.format(Locale.ROOT, "\"\\u%04x", (int) property.charAt(0))
                  + PLAIN.writeValueAsString(property).substring(2)
              : PLAIN.writeValueAsString(property), out);
          byte[] json = out.toString().getBytes(StandardCharsets.UTF_8);
          assertFastRead(article, json);
        });
  }

  /**
   * Asserts that the streaming reader reads {@code expected} from the document (null: gives it up) and
   * that the full pipeline agrees with its verdict, article and lint locations.
   */
  private static void assertFastRead(@Nullable Article expected, byte[] json) {
    assertEquals(expected, FAST.read(json), () -> new String(json, StandardCharsets.UTF_8));
    assertAgrees(Limits.defaults(), json);
  }

  /**
   * Writes the tree as JSON, one property a line: with the last property of {@code duplicated} (if not
   * null) written twice, and each name as {@code nameText} writes it, quotes and all.
   */
  private static void write(JsonNode node, @Nullable JsonNode duplicated, UnaryOperator<String> nameText,
      StringBuilder out) {
    if (node.isObject()) {
      out.append('{');
      List<String> names = new ArrayList<>(node.propertyNames());
      if (node == duplicated) {
        names.add(names.get(names.size() - 1));
      }
      for (int i = 0; i < names.size(); i++) {
        out.append(i == 0 ? "\n" : ",\n").append(nameText.apply(names.get(i))).append(": ");
        write(node.get(names.get(i)), duplicated, nameText, out);
      }
      out.append('}');
    } else if (node.isArray()) {
      out.append('[');
      for (int i = 0; i < node.size(); i++) {
        out.append(i == 0 ? "" : ", ");
        write(node.get(i), duplicated, nameText, out);
      }
      out.append(']');
    } else {
      out.append(PLAIN.writeValueAsString(node));
    }
  }

  /** Returns a copy of the tree with each object's properties in a random order. */
  private static JsonNode shuffle(JsonNode node, Random random) {
    if (node.isObject()) {
      List<String> names = new ArrayList<>(node.propertyNames());
      java.util.Collections.shuffle(names, random);
      ObjectNode copy = NODES.objectNode();
      for (String n : names) {
        copy.set(n, shuffle(node.get(n), random));
      }
      return copy;
    }
    if (node.isArray()) {
      ArrayNode copy = NODES.arrayNode();
      for (JsonNode item : node.values()) {
        copy.add(shuffle(item, random));
      }
      return copy;
    }
    return node;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mutationRows")
  void everyRowOfTheMutationTableFailsWithTheValidatorsProblems(String name, String document, Limits limits) {
    byte[] json = document.getBytes(StandardCharsets.UTF_8);
    assertEquals(null, new FastReader(limits).read(json));
    assertAgrees(limits, json);
  }

  @Test
  void nestingExactlyAtTheDepthLimitIsNotRefusedByTheFastPathAlone() {
    // The reference article with a value nested exactly as deep as allowed, and one deeper: the fast path
    // and the full parse must count depth the same way (the failure itself is the schema's or the parser's).
    String reference = ReferenceArticleJsonTest.referenceText();
    int depth = Limits.defaults().maxDepth();
    for (int d = depth - 2; d <= depth + 1; d++) {
      String nested = "[".repeat(d - 1) + "]".repeat(d - 1);
      byte[] json = reference.replace("\"genre\": \"news\"", "\"genre\": " + nested).getBytes(StandardCharsets.UTF_8);
      assertAgrees(Limits.defaults(), json);
    }
  }

  /**
   * Holds the fast path to the full layered pipeline (syntax, networknt, the checked reader, lint) on
   * one document: the fast reader builds the article exactly when the pipeline does, the same article;
   * ArticleValidator reports exactly the pipeline's problems; and ArticleJson.read returns the article
   * or fails with exactly those problems.
   */
  private static void assertAgrees(Limits limits, byte[] json) {
    ArticleValidator validator = ArticleValidator.defaults().withLimits(limits);
    Pipeline.Outcome reference = Pipeline.run(new TreeParser(limits).parse(json), validator.linter());
    List<Problem> expected = new ArrayList<>(reference.problems());
    expected.sort(Problem.BY_LOCATION);
    String text = new String(json, StandardCharsets.UTF_8);
    Article fast = new FastReader(limits).read(json);
    assertEquals(reference.article(), fast, () -> expected + "\n" + text);

    ValidationReport report = validator.validate(json, "<bytes>");
    assertEquals(expected, report.problems(), text);
    assertEquals(reference.article(), report.article().orElse(null), text);

    ArticleJson reader = ArticleJson.defaults().withLimits(limits);
    if (fast == null) {
      ArticleReadException e = assertThrows(ArticleReadException.class, () -> reader.read(json), text);
      assertEquals(expected, e.problems(), text);
      assertTrue(!expected.isEmpty());
    } else {
      assertEquals(fast, reader.read(json));
    }
  }

  /** Breaks the tree in one place: a value replaced, a property removed or added, an array emptied. */
  private static void mutate(JsonNode root, Random random) {
    List<JsonNode> containers = new ArrayList<>();
    collect(root, containers);
    JsonNode container = containers.get(random.nextInt(containers.size()));
    int action = random.nextInt(10);
    if (container instanceof ObjectNode) {
      ObjectNode object = (ObjectNode) container;
      List<String> names = new ArrayList<>(object.propertyNames());
      if (names.isEmpty() || action == 0) {
        object.set(action == 0 && !names.isEmpty() ? "unknown" : "type", pick(random));
      } else if (action <= 2) {
        object.remove(names.get(random.nextInt(names.size())));
      } else {
        object.set(names.get(random.nextInt(names.size())), pick(random));
      }
    } else {
      ArrayNode array = (ArrayNode) container;
      if (array.isEmpty() || action == 0) {
        array.add(pick(random));
      } else if (action <= 2) {
        array.removeAll();
      } else {
        array.set(random.nextInt(array.size()), pick(random));
      }
    }
  }

  private static JsonNode pick(Random random) {
    return HOSTILE.get(random.nextInt(HOSTILE.size())).deepCopy();
  }

  private static void collect(JsonNode node, List<JsonNode> out) {
    if (node.isObject() || node.isArray()) {
      out.add(node);
      for (JsonNode child : node.values()) {
        collect(child, out);
      }
    }
  }

  @Test
  void theFastReaderReadsTheReferenceArticle() {
    assertNotNull(FAST.read(ReferenceArticleJsonTest.referenceText().getBytes(StandardCharsets.UTF_8)));
  }
}
