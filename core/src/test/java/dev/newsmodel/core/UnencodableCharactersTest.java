package dev.newsmodel.core;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.newsmodel.core.body.Link;
import dev.newsmodel.core.body.Quote;
import dev.newsmodel.core.body.Text;
import dev.newsmodel.testing.ReferenceArticle;
import java.net.URI;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * No model string may hold an unpaired surrogate or a noncharacter: UTF-8 cannot encode the first,
 * HTML and XML cannot carry the second. Every string-bearing attribute refuses both, naming its path,
 * the rule, the code point and its index.
 */
class UnencodableCharactersTest {
  private static final URI PHOTO = URI.create("https://example.com/photo.jpg");
  private static final ZonedDateTime MOSCOW = ZonedDateTime.of(2021, 4, 6, 17, 45, 0, 0, ZoneId.of("Europe/Moscow"));
  private static final Article REFERENCE = ReferenceArticle.article();

  /** Every string attribute of the model, by its path, as a way to build a value holding a string. */
  private static final Map<String, Function<String, Object>> FIELDS = Map.ofEntries(
      Map.entry("articleId", ArticleId::of),
      Map.entry("article.headline", REFERENCE::withHeadline),
      Map.entry("article.alternativeHeadline", REFERENCE::withAlternativeHeadline),
      Map.entry("article.kicker", REFERENCE::withKicker),
      Map.entry("article.summary", REFERENCE::withSummary),
      Map.entry("article.section", REFERENCE::withSection),
      Map.entry("article.keywords[1]", s -> REFERENCE.withKeywords("ok", s)),
      Map.entry("attribution.creator", s -> Attribution.builder().creator(s).build()),
      Map.entry("attribution.creditLine", s -> Attribution.builder().creditLine(s).build()),
      Map.entry("attribution.copyrightHolder", s -> Attribution.builder().copyrightHolder(s).build()),
      Map.entry("attribution.copyrightNotice", s -> Attribution.builder().copyrightNotice(s).build()),
      Map.entry("byline.text", s -> Byline.builder()
          .addContributors(Contributor.of("A", Contributor.Role.AUTHOR)).text(s).build()),
      Map.entry("contributor.name", s -> Contributor.of(s, Contributor.Role.AUTHOR)),
      Map.entry("contributor.jobTitle", s -> Contributor.builder()
          .name("A").role(Contributor.Role.AUTHOR).jobTitle(s).build()),
      Map.entry("contributor.affiliation", s -> Contributor.builder()
          .name("A").role(Contributor.Role.AUTHOR).affiliation(s).build()),
      Map.entry("correction.text", s -> Correction.of(MOSCOW, Correction.Kind.CORRECTION, s)),
      Map.entry("dateline.place", s -> Dateline.of(s, MOSCOW)),
      Map.entry("disclaimer.text", s -> Disclaimer.builder().kind(Disclaimer.Kind.LEGAL).text(s).build()),
      Map.entry("disclaimer.legalBasis", s -> Disclaimer.builder()
          .kind(Disclaimer.Kind.LEGAL).text("t").legalBasis(s).build()),
      Map.entry("image.alt", s -> Image.of(PHOTO, s)),
      Map.entry("image.caption", s -> Image.builder().url(PHOTO).alt("a").caption(s).build()),
      Map.entry("license.name", s -> License.builder().name(s).build()),
      Map.entry("organization.name", s -> Organization.builder().name(s).build()),
      Map.entry("rights.copyrightHolder", s -> Rights.builder().copyrightHolder(s).build()),
      Map.entry("rights.copyrightNotice", s -> Rights.builder().copyrightNotice(s).build()),
      Map.entry("sourceReference.outlet", s -> SourceReference.of(SourceReference.Relation.CITES, s)),
      Map.entry("sourceReference.title", s -> SourceReference.builder()
          .relation(SourceReference.Relation.CITES).outlet("o").title(s).build()),
      Map.entry("teaser.headline", s -> Teaser.builder().headline(s).published(MOSCOW).build()),
      Map.entry("teaser.summary", s -> Teaser.builder().headline("h").summary(s).published(MOSCOW).build()),
      Map.entry("text.value", Text::of),
      Map.entry("link.title", s -> Link.builder().url(PHOTO).addContent(Text.of("t")).title(s).build()),
      Map.entry("quote.attribution", s -> Quote.of("q", s)),
      Map.entry("image.url", s -> Image.of(url(s), "a")),
      Map.entry("link.url", s -> Link.of(url(s), "t")),
      Map.entry("organization.url", s -> Organization.of("O", url(s))));

  /** Where a URL puts the string: after {@code https://example.com/}, so its index moves by 20. */
  private static final String URL_PREFIX = "https://example.com/";

  private static URI url(String path) {
    return URI.create(URL_PREFIX + path);
  }

  /** A hostile character, how it is named in the message, and the index it stands at after "ab". */
  private static final List<String[]> HOSTILE = List.of(
      new String[] {"\uD800", "an unpaired surrogate (U+D800 at index 2)"},
      new String[] {"\uDBFF", "an unpaired surrogate (U+DBFF at index 2)"},
      new String[] {"\uDC00", "an unpaired surrogate (U+DC00 at index 2)"},
      new String[] {"\uDFFF\uD800", "an unpaired surrogate (U+DFFF at index 2)"},
      new String[] {"\uFDD0", "a noncharacter (U+FDD0 at index 2)"},
      new String[] {"\uFDEF", "a noncharacter (U+FDEF at index 2)"},
      new String[] {"\uFFFE", "a noncharacter (U+FFFE at index 2)"},
      new String[] {"\uFFFF", "a noncharacter (U+FFFF at index 2)"},
      new String[] {new String(Character.toChars(0x1FFFE)), "a noncharacter (U+1FFFE at index 2)"},
      new String[] {new String(Character.toChars(0x10FFFF)), "a noncharacter (U+10FFFF at index 2)"});

  static Stream<Arguments> hostileValues() {
    return FIELDS.entrySet().stream().flatMap(field -> HOSTILE.stream()
        .map(h -> Arguments.of(field.getKey(), h[0], h[1], field.getValue())));
  }

  @ParameterizedTest(name = "{0} refuses {2}")
  @MethodSource("hostileValues")
  void everyStringRefusesWhatUtf8AndHtmlCannotCarry(String path, String hostile, String named,
      Function<String, Object> build) {
    String value = "ab" + hostile + "z";
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> build.apply(value));
    assertEquals(path, e.path());
    String rule = "must not hold " + named;
    if (path.endsWith(".url")) {
      rule = rule.replace("at index 2)", "at index " + (URL_PREFIX.length() + 2) + ")");
    }
    assertEquals(rule, e.rule());
  }

  static Stream<Arguments> fields() {
    return FIELDS.entrySet().stream().map(f -> Arguments.of(f.getKey(), f.getValue()));
  }

  @ParameterizedTest(name = "{0} keeps paired surrogates and the characters beside noncharacters")
  @MethodSource("fields")
  void everyStringKeepsWellFormedNeighbours(String path, Function<String, Object> build) {
    // U+1F600 is a surrogate pair; U+FDCF, U+FDF0 and U+FFFD lie just beside the noncharacters.
    String value = "ab" + new String(Character.toChars(0x1F600)) + "\uFDCF\uFDF0\uFFFD"
        + new String(Character.toChars(0x1FFFD)) + "z";
    if (path.endsWith(".url")) {
      // A URL is RFC 3986 text, ASCII only: the same characters pass the character rule and are then
      // refused by the URL rule, which names the first of them.
      InvalidValueException e = assertThrows(InvalidValueException.class, () -> build.apply(value), path);
      assertEquals("must be written as an RFC 3986 URI, ASCII only: percent-encode U+1F600 at index "
          + (URL_PREFIX.length() + 2), e.rule());
      return;
    }
    assertDoesNotThrow(() -> build.apply(value), path);
  }
}
