package dev.newsmodel.json.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import dev.newsmodel.json.internal.SchemaRules.Kind;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.quicktheories.core.Gen;

/**
 * The hand-written matchers of {@link HandPatterns} give the verdict of the schema's own patterns,
 * compiled by networknt's factory, on strings without line breaks: strings assembled from the pieces
 * each pattern is made of (so most are near misses or matches, not noise), and valid examples with one
 * to three characters inserted, removed or replaced.
 */
class HandPatternsTest {
  private static final List<String> URL_PIECES = List.of("http", "https", "HTTP", "hTtPs", "htt", "://", ":/",
      "mailto:", "MAILTO:", "mailto", "user", "u:p", "@", ":", "%2F", "%2", "%G1", "[", "]", "::1", "fe80::1",
      ".", "..", "-", "a", "Z", "1", "0", "01", "255", "256", "299", "249", "1.2.3.4", "example", "com", "x-y",
      "-x", "x-", "/", "?", "#", "/a?b=c#d", " ", "\t", "\u000B", "\u00e9", "~", "!", "'", "*", "_", "8080");
  private static final List<String> TIME_PIECES = List.of("2021", "04", "06", "-", "T", "t", ":", "00", "45",
      ".", "123456789", "1234567890", "1", "Z", "z", "+", "03", "[", "]", "!", "Europe", "Moscow", "/", "a_b",
      "Etc", "GMT+3", "x.y", " ", "\t", "+03:00", "2021-04-06T17:45", ":00", "[Europe/Moscow]", "é");
  private static final List<String> LANGUAGE_PIECES = List.of("en", "-", "US", "zh", "Hant", "TW", "x",
      "abcdefgh", "abcdefghi", "12345678", "123456789", "_", "e", "1", " ", "é");
  private static final List<String> CODE_PIECES = List.of("R", "U", "ru", "RUS", "CC", "-", "BY", "4.0", "+",
      ".", "_", "a", "0", " ", "\t", "\f", "é", "x", "-CC", "\u000B", "\u00A0");

  static Stream<Arguments> kinds() {
    return Stream.of(
        Arguments.of(Kind.WEB_URL, URL_PIECES, List.of("https://user:p%41ss@example.com:8080/a?b#c",
            "http://[::1]/", "http://1.2.3.4", "https://localhost.", "HTTP://A-B.c-d.E/x y", "https://a.b.c.")),
        Arguments.of(Kind.LINK_URL, URL_PIECES, List.of("mailto:a@b.c", "https://example.com/", "MaIlTo:x",
            "http://255.0.0.1:/", "https://a@b@c/")),
        Arguments.of(Kind.TIMESTAMP, TIME_PIECES, List.of("2021-04-06T17:45:00+03:00[Europe/Moscow]",
            "2021-04-06t17:45:00.123456789z", "2021-04-06T17:45Z", "2021-04-06T17:45:00-03:00:30[!Etc/GMT+3]")),
        Arguments.of(Kind.REGION_TIMESTAMP, TIME_PIECES, List.of("2021-04-06T01:30:00+04:00[Asia/Baku]",
            "2021-04-06T01:30+04:00[a/b/c]", "2021-04-06T01:30:00Z")),
        Arguments.of(Kind.LANGUAGE, LANGUAGE_PIECES, List.of("en", "zh-Hant-TW", "abcdefgh-12345678-x")),
        Arguments.of(Kind.COUNTRY, CODE_PIECES, List.of("RU", "XX")),
        Arguments.of(Kind.SPDX, CODE_PIECES, List.of("CC-BY-SA-4.0", "GPL-2.0+", "a")),
        Arguments.of(Kind.ID, CODE_PIECES, List.of("urn:x:1", "a")));
  }

  private static Gen<String> assembled(List<String> pieces) {
    return lists().of(integers().between(0, pieces.size() - 1)).ofSizeBetween(0, 12).map(indexes -> {
      StringBuilder out = new StringBuilder();
      for (int i : indexes) {
        out.append(pieces.get(i));
      }
      return out.toString();
    });
  }

  private static String edit(String seed, List<String> pieces, Random random) {
    StringBuilder out = new StringBuilder(seed);
    for (int k = random.nextInt(3) + 1; k > 0; k--) {
      int at = out.length() == 0 ? 0 : random.nextInt(out.length());
      String piece = pieces.get(random.nextInt(pieces.size()));
      char c = piece.isEmpty() ? 'a' : piece.charAt(random.nextInt(piece.length()));
      switch (random.nextInt(3)) {
        case 0:
          out.insert(at, c);
          break;
        case 1:
          if (out.length() > 0) {
            out.deleteCharAt(at);
          }
          break;
        default:
          if (out.length() > 0) {
            out.setCharAt(at, c);
          }
          break;
      }
    }
    return out.toString();
  }

  private static void agree(Kind kind, String s) {
    if (SchemaRules.hasLineBreak(s)) {
      return; // the "not" pattern refuses these before any pattern is matched
    }
    assertEquals(SchemaRules.compiledMatches(kind, s), SchemaRules.matchesByHand(kind, s), () -> kind + ": " + s);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void assembledStringsAreJudgedAsThePatternJudgesThem(Kind kind, List<String> pieces, List<String> seeds) {
    qt().withFixedSeed(20210413L + kind.ordinal()).withExamples(20_000).forAll(assembled(pieces))
        .checkAssert(s -> agree(kind, s));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("kinds")
  void editedExamplesAreJudgedAsThePatternJudgesThem(Kind kind, List<String> pieces, List<String> seeds) {
    for (String seed : seeds) {
      agree(kind, seed);
    }
    assertTrue(SchemaRules.compiledMatches(kind, seeds.get(0)), seeds.get(0));
    qt().withFixedSeed(20210414L + kind.ordinal()).withExamples(20_000).forAll(integers().all())
        .checkAssert(n -> {
          Random random = new Random(n);
          agree(kind, edit(seeds.get(random.nextInt(seeds.size())), pieces, random));
        });
  }
}
