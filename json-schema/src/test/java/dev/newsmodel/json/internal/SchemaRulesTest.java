package dev.newsmodel.json.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

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
