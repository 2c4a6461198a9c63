package dev.newsmodel.json.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.networknt.schema.regex.JDKRegularExpressionFactory;
import com.networknt.schema.regex.RegularExpression;
import dev.newsmodel.json.ArticleSchema;
import dev.newsmodel.json.Limits;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import tools.jackson.databind.JsonNode;

/** The hand-written searches of {@link SchemaRules} agree with the schema's own patterns, compiled. */
class SchemaRulesTest {
  /** Every \s character, every line break of the "not" pattern, near misses and ordinary text. */
  private static final String ALPHABET =
      " \t\n\u000B\f\r\u0085\u2028\u2029\u00A0\u2003\u3000\u200B\u001C\u001Fa\u00E9\uD83D\uDE00\uD800";

  private static Gen<String> strings() {
    return lists().of(integers().between(0, ALPHABET.length() - 1)).ofSizeBetween(0, 6)
        .map(SchemaRulesTest::text);
  }

  private static String text(List<Integer> indexes) {
    StringBuilder out = new StringBuilder();
    for (int i : indexes) {
      out.append(ALPHABET.charAt(i));
    }
    return out.toString();
  }

  @Test
  void hasNonSpaceIsTheTextPattern() {
    qt().withFixedSeed(20210412L).withExamples(300).forAll(strings())
        .checkAssert(s -> assertEquals(SchemaRules.nonSpace().matches(s), SchemaRules.hasNonSpace(s), s));
  }

  @Test
  void hasLineBreakIsTheNotPatternOfALine() {
    qt().withFixedSeed(20210413L).withExamples(300).forAll(strings())
        .checkAssert(s -> assertEquals(SchemaRules.noLineBreak().matches(s), SchemaRules.hasLineBreak(s), s));
  }

  @Test
  void everySingleCharacterIsJudgedAlike() {
    for (int i = 0; i < ALPHABET.length(); i++) {
      String s = String.valueOf(ALPHABET.charAt(i));
      assertEquals(SchemaRules.nonSpace().matches(s), SchemaRules.hasNonSpace(s), s);
      assertEquals(SchemaRules.noLineBreak().matches(s), SchemaRules.hasLineBreak(s), s);
    }
  }

  /**
   * networknt is given the schema's patterns matched by hand ({@link SchemaRules#regularExpressions}):
   * every pattern of the schema text gets the compiled expression's verdict, on strings with and
   * without line breaks, and none is left to the regular expression engine.
   */
  @Test
  void networkntIsGivenEveryPatternOfTheSchemaWithTheCompiledVerdict() {
    List<String> patterns = new ArrayList<>();
    collectPatterns(new TreeParser(Limits.defaults())
        .parse(ArticleSchema.text().getBytes(StandardCharsets.UTF_8)).root(), patterns);
    assertTrue(patterns.size() >= 10, patterns::toString);
    List<String> samples = new ArrayList<>();
    for (String example : List.of("", " ", "a", "x y", "urn:x:1", "https://example.com/a?b#c", "http://[::1]/",
        "mailto:a@b.c", "2021-04-06T17:45:00+03:00[Europe/Moscow]", "2021-04-06T01:30:00+04:00[Asia/Baku]",
        "2021-04-06T17:45Z", "en", "zh-Hant-TW", "RU", "CC-BY-SA-4.0", "GPL-2.0+")) {
      samples.add(example);
      for (String lineBreak : List.of("\n", "\r", "\r\n", "\u0085", "\u2028", "\u2029")) {
        samples.add(example + lineBreak);
        samples.add(lineBreak + example);
        samples.add(example.substring(0, example.length() / 2) + lineBreak + example.substring(example.length() / 2));
      }
    }
    for (String pattern : patterns) {
      RegularExpression ours = SchemaRules.regularExpressions().getRegularExpression(pattern);
      RegularExpression compiled = JDKRegularExpressionFactory.getInstance().getRegularExpression(pattern);
      assertFalse(ours.getClass().getName().startsWith("com.networknt."), () -> "not matched by hand: " + pattern);
      for (String sample : samples) {
        assertEquals(compiled.matches(sample), ours.matches(sample), () -> pattern + " on " + sample);
      }
      qt().withFixedSeed(20210415L).withExamples(300).forAll(strings())
          .checkAssert(sample -> assertEquals(compiled.matches(sample), ours.matches(sample), () -> pattern + " on " + sample));
    }
  }

  /**
   * {@link SchemaCheck} gives networknt the tree {@link SchemaRules#schema()} holds; compiling it and
   * checking documents that fail enums, consts, types and patterns leave it as parsed.
   */
  @Test
  void networkntLeavesTheSharedSchemaTreeAsParsed() throws IOException {
    JsonNode parsed = new TreeParser(Limits.defaults())
        .parse(ArticleSchema.text().getBytes(StandardCharsets.UTF_8)).root();
    String reference = Files.readString(Path.of("../examples/articles/reference-article.json"));
    for (String document : List.of(reference.replace("\"revision\": 1,", "\"revision\": \"one\","),
        reference.replace("\"status\": \"published\"", "\"status\": \"gone\""),
        reference.replace("\"type\": \"paragraph\"", "\"type\": \"nonsense\""),
        reference.replace("\"language\": \"en\"", "\"language\": \"e n\\n\""))) {
      ParsedDocument tree = new TreeParser(Limits.defaults()).parse(document.getBytes(StandardCharsets.UTF_8));
      assertFalse(SchemaCheck.check(tree.root(), tree.locations()).isEmpty(), document);
    }
    assertEquals(parsed, SchemaRules.schema());
  }

  private static void collectPatterns(JsonNode node, List<String> patterns) {
    if (node.isObject()) {
      JsonNode pattern = node.get("pattern");
      if (pattern != null && pattern.isString()) {
        patterns.add(pattern.stringValue());
      }
    }
    for (JsonNode child : node) {
      collectPatterns(child, patterns);
    }
  }

  @Test
  void emphasisAndStrongShareTheReadersOnePropertySet() {
    assertEquals(SchemaRules.properties("emphasis"), SchemaRules.properties("strong"));
    assertEquals(java.util.Set.of("type", "content"), SchemaRules.properties("emphasis"));
  }

  @Test
  void theUriFormatIsNetworkntsOwn() {
    com.networknt.schema.format.UriFormat format = new com.networknt.schema.format.UriFormat();
    for (String text : new String[] {"https://example.com/a?b=c", "https://example.com/a?b=[c]", "mailto:a@b.c",
        "https://example.com/caf\u00e9", "relative/path", "https://a_b.com/", "https://example.com/%20"}) {
      java.net.URI uri;
      try {
        uri = new java.net.URI(text);
      } catch (java.net.URISyntaxException e) {
        continue;
      }
      assertEquals(format.matches(null, text), SchemaRules.isUriFormat(uri), text);
    }
  }

  @Test
  void theHandWrittenUriFormatJudgesGeneratedUrlsAsNetworkntDoes() {
    com.networknt.schema.format.UriFormat format = new com.networknt.schema.format.UriFormat();
    String[] parts = {"https:", "http:", "mailto:", "//", "/", "?", "#", "[", "]", "a", "b.c", ":80", "%20", "%", "@",
        "\u007f", "\u00e9", "\ud83d\ude00", " ", "=", "&", "x[1]", "..", "-"};
    qt().withFixedSeed(3986L).withExamples(20_000)
        .forAll(lists().of(integers().between(0, parts.length - 1)).ofSizeBetween(1, 8))
        .checkAssert(indexes -> {
          StringBuilder text = new StringBuilder();
          indexes.forEach(i -> text.append(parts[i]));
          java.net.URI uri;
          try {
            uri = new java.net.URI(text.toString());
          } catch (java.net.URISyntaxException e) {
            return;
          }
          assertEquals(format.matches(null, text.toString()), SchemaRules.isUriFormat(uri), text.toString());
        });
  }
}
