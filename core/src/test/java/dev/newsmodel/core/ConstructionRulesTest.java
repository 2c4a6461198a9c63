package dev.newsmodel.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsmodel.core.body.Heading;
import dev.newsmodel.core.body.LanguageSpan;
import dev.newsmodel.core.body.Link;
import dev.newsmodel.core.body.ListBlock;
import dev.newsmodel.core.body.Paragraph;
import dev.newsmodel.core.body.Quote;
import dev.newsmodel.core.body.Text;
import dev.newsmodel.testing.ReferenceArticle;
import java.net.URI;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every construction rule refuses a bad value with its attribute path and the value. */
class ConstructionRulesTest {
  private static final URI PHOTO = URI.create("https://example.com/photo.jpg");
  private static final ZonedDateTime MOSCOW = ZonedDateTime.of(2021, 4, 6, 17, 45, 0, 0, ZoneId.of("Europe/Moscow"));
  private static final Article REFERENCE = ReferenceArticle.article();

  private static Arguments bad(String rule, String path, String value, Supplier<?> build) {
    return Arguments.of(rule, path, value, build);
  }

  static Stream<Arguments> badValues() {
    return Stream.of(
        // required attributes
        bad("article id is required", "article.id", null, () -> Article.builder()
            .status(Article.Status.DRAFT).language(Locale.ENGLISH).headline("h").build()),
        bad("article language is required", "article.language", null, () -> Article.builder()
            .id(ArticleId.of("a")).status(Article.Status.DRAFT).headline("h").build()),
        bad("article headline is required", "article.headline", null, () -> Article.builder()
            .id(ArticleId.of("a")).status(Article.Status.DRAFT).language(Locale.ENGLISH).build()),
        bad("published time required when published", "article.published", null,
            () -> REFERENCE.withPublished(java.util.Optional.empty())),
        bad("body required when published", "article.body", "[]", () -> REFERENCE.withBody(List.of())),
        bad("image URL is required", "image.url", null, () -> Image.builder().alt("a").build()),
        bad("alt text required unless decorative", "image.alt", null, () -> Image.builder().url(PHOTO).build()),
        bad("decorative image has no alt", "image.alt", "a photo",
            () -> Image.builder().url(PHOTO).alt("a photo").decorative(true).build()),

        // blank strings
        bad("blank headline", "article.headline", " \t", () -> REFERENCE.withHeadline(" \t")),
        bad("headline on two lines", "article.headline", "one\ntwo", () -> REFERENCE.withHeadline("one\ntwo")),
        bad("blank summary", "article.summary", "   ", () -> REFERENCE.withSummary("   ")),
        bad("blank keyword", "article.keywords[1]", "", () -> REFERENCE.withKeywords("ok", "")),
        bad("blank caption", "image.caption", "", () -> Image.builder().url(PHOTO).alt("a").caption("").build()),
        bad("blank contributor name", "contributor.name", " ",
            () -> Contributor.of(" ", Contributor.Role.AUTHOR)),
        bad("blank outlet", "sourceReference.outlet", "",
            () -> SourceReference.of(SourceReference.Relation.CITES, "")),
        bad("blank disclaimer", "disclaimer.text", "\n", () -> Disclaimer.builder()
            .kind(Disclaimer.Kind.LEGAL).text("\n").build()),
        bad("blank correction", "correction.text", " ",
            () -> Correction.of(MOSCOW, Correction.Kind.CORRECTION, " ")),
        bad("blank teaser headline", "teaser.headline", "",
            () -> Teaser.builder().headline("").published(MOSCOW).build()),
        bad("blank place", "dateline.place", " ", () -> Dateline.of(" ", MOSCOW)),
        bad("blank organisation", "organization.name", "", () -> Organization.builder().name("").build()),
        bad("blank paragraph", "paragraph.content", "  ", () -> Paragraph.of("  ")),
        bad("empty text run", "text.value", "", () -> Text.of("")),
        bad("control character", "article.headline", "bell\u0007", () -> REFERENCE.withHeadline("bell\u0007")),
        bad("lone surrogate", "article.summary", "x\uD800y", () -> REFERENCE.withSummary("x\uD800y")),

        // URLs
        bad("javascript: URL", "image.url", "javascript:alert(1)",
            () -> Image.of(URI.create("javascript:alert(1)"), "a")),
        bad("data: URL", "image.url", "data:image/png;base64,AAAA",
            () -> Image.of(URI.create("data:image/png;base64,AAAA"), "a")),
        bad("relative URL", "article.canonicalUrl", "/news/1",
            () -> REFERENCE.withCanonicalUrl(URI.create("/news/1"))),
        bad("mailto is not a page", "organization.url", "mailto:desk@example.com",
            () -> Organization.of("Desk", URI.create("mailto:desk@example.com"))),
        bad("URL without host", "license.url", "https:///x",
            () -> License.of("CC-BY-4.0", URI.create("https:///x"))),
        bad("javascript: link", "link.url", "javascript:void(0)",
            () -> Link.of(URI.create("javascript:void(0)"), "click")),
        bad("non-ASCII URL", "image.url", "https://example.com/caf\u00e9.jpg",
            () -> Image.builder().url(URI.create("https://example.com/caf\u00e9.jpg")).alt("a").build()),
        bad("brackets in the query", "link.url", "https://example.com/?a[]=1",
            () -> Link.of(URI.create("https://example.com/?a[]=1"), "x")),
        bad("host Java cannot parse", "image.url", "https://a_b.com/x.jpg",
            () -> Image.builder().url(URI.create("https://a_b.com/x.jpg")).alt("a").build()),
        bad("ftp source", "sourceReference.url", "ftp://example.com/a", () -> SourceReference.builder()
            .relation(SourceReference.Relation.CITES).outlet("x").url(URI.create("ftp://example.com/a")).build()),

        // times
        bad("modified before published", "article.modified", "2021-04-06T17:44:59+03:00[Europe/Moscow]",
            () -> REFERENCE.withModified(MOSCOW.minusSeconds(1))),
        bad("published before created", "article.published", "2021-04-06T17:45:00+03:00[Europe/Moscow]",
            () -> REFERENCE.withCreated(MOSCOW.plusHours(1))),
        bad("embargo before created", "article.embargo", "2021-04-06T16:45:00+03:00[Europe/Moscow]",
            () -> REFERENCE.withCreated(MOSCOW.minusHours(2)).withEmbargo(MOSCOW.minusHours(1)).withCreated(MOSCOW)),
        bad("correction before publication", "article.corrections[0].date", "2021-04-05T17:45:00+03:00[Europe/Moscow]",
            () -> REFERENCE.withCorrections(Correction.of(MOSCOW.minusDays(1), Correction.Kind.UPDATE, "Updated."))),
        bad("dateline in a bare offset", "dateline.time", "2021-04-06T18:45:00+04:00",
            () -> Dateline.of("SHUSHA", MOSCOW.withZoneSameInstant(ZoneOffset.ofHours(4)))),
        bad("dateline in UTC", "dateline.time", "2021-04-06T14:45:00Z[UTC]",
            () -> Dateline.of("SHUSHA", MOSCOW.withZoneSameInstant(ZoneId.of("UTC")))),
        bad("year RFC 3339 cannot write", "correction.date", "+10000-01-01T00:00Z",
            () -> Correction.of(ZonedDateTime.of(10000, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC),
                Correction.Kind.UPDATE, "x")),

        // numbers and codes
        bad("heading level 1", "heading.level", "1", () -> Heading.of(1, "Title")),
        bad("heading level 7", "heading.level", "7", () -> Heading.of(7, "Deep")),
        bad("revision 0", "article.revision", "0", () -> REFERENCE.withRevision(0)),
        bad("negative width", "image.width", "-1", () -> Image.builder().url(PHOTO).alt("a").width(-1).build()),
        bad("rendition width 0", "imageRendition.width", "0", () -> ImageRendition.of(PHOTO, 0)),
        bad("latitude 91", "geoPoint.latitude", "91.0", () -> GeoPoint.of(91, 0)),
        bad("longitude NaN", "geoPoint.longitude", "NaN", () -> GeoPoint.of(0, Double.NaN)),
        bad("lower-case country", "countryCode", "ru", () -> CountryCode.of("ru")),
        bad("unassigned country", "countryCode", "QQ", () -> CountryCode.of("QQ")),
        bad("ill-formed language", "article.language", "und", () -> REFERENCE.withLanguage(Locale.ROOT)),
        bad("language without language subtag", "languageSpan.language", "und-RU",
            () -> LanguageSpan.of(new Locale.Builder().setRegion("RU").build(), "x")),
        bad("article id with a space", "articleId", "a b", () -> ArticleId.of("a b")),
        bad("empty article id", "articleId", "", () -> ArticleId.of("")),
        bad("not an SPDX id", "license.spdxId", "CC BY 4.0", () -> License.builder().spdxId("CC BY 4.0").build()),
        bad("licence without id or name", "license.spdxId", null,
            () -> License.builder().url(URI.create("https://creativecommons.org/")).build()),

        // structure
        bad("empty attribution", "attribution", "{}", () -> Attribution.builder().build()),
        bad("empty rights", "rights", "{}", () -> Rights.builder().build()),
        bad("byline with nobody", "byline.contributors", "[]", () -> Byline.builder().build()),
        bad("empty list", "listBlock.items", "[]", () -> ListBlock.of(false, List.of())),
        bad("empty quote", "quote.content", "[]", () -> Quote.builder().attribution("x").build()),
        bad("alternate in the article's language", "article.alternates[0].language", "en",
            () -> REFERENCE.withAlternates(Alternate.of(Locale.ENGLISH, URI.create("https://example.com/en")))),
        bad("alternate language twice", "article.alternates[1].language", "ru", () -> REFERENCE.withAlternates(
            Alternate.of(Locale.forLanguageTag("ru"), URI.create("https://example.com/ru")),
            Alternate.of(Locale.forLanguageTag("ru"), URI.create("https://example.com/ru2")))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badValues")
  void refusesBadValueNamingPathAndValue(String rule, String path, String value, Supplier<?> build) {
    InvalidValueException e = assertThrows(InvalidValueException.class, build::get);
    assertEquals(path, e.path(), e.getMessage());
    assertTrue(e.getMessage().startsWith(path + ": "), e.getMessage());
    if (value == null) {
      assertTrue(e.value().isEmpty(), e.getMessage());
    } else {
      assertEquals(value, e.value().orElseThrow(), e.getMessage());
      assertTrue(e.getMessage().endsWith(", but was '" + value + "'"), e.getMessage());
    }
  }

  @Test
  void missingAttributesAreNamedTogether() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Article.builder().build());
    assertEquals("article.id", e.path());
    assertTrue(e.getMessage().contains("article.language"), e.getMessage());
    assertTrue(e.getMessage().contains("article.headline"), e.getMessage());
    assertTrue(e instanceof IllegalArgumentException);
  }

  @Test
  void movesAProblemUnderItsParent() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> License.of("CC-BY-4.0", URI.create("javascript:alert(1)")));
    InvalidValueException moved = e.under("article.leadImage.attribution.license");
    assertEquals("article.leadImage.attribution.license.url", moved.path());
    assertEquals(e.rule(), moved.rule());
    assertEquals("article.leadImage.attribution.license.url: " + e.rule() + ", but was 'javascript:alert(1)'",
        moved.getMessage());
  }

  @Test
  void nullsAreRefused() {
    assertThrows(NullPointerException.class, () -> Article.builder().headline(null));
    assertThrows(NullPointerException.class, () -> ArticleId.of(null));
  }

  @Test
  void acceptsWhatTheRulesAllow() {
    Image decorative = Image.builder().url(PHOTO).decorative(true).build();
    assertTrue(decorative.alt().isEmpty());
    Link mail = Link.of(URI.create("mailto:desk@example.com"), "write to us");
    assertEquals("mailto", mail.url().getScheme());
    assertEquals(6, Heading.of(6, "Deep").level());
    Dateline shusha = Dateline.of("SHUSHA", ZonedDateTime.of(2021, 4, 6, 10, 0, 0, 0, ZoneId.of("Asia/Baku")));
    assertEquals("Asia/Baku", shusha.time().getZone().getId());
    Article draft = Article.builder().id(ArticleId.of("draft-1")).status(Article.Status.DRAFT)
        .language(Locale.ENGLISH).headline("Not yet").build();
    assertTrue(draft.published().isEmpty() && draft.body().isEmpty());
    assertEquals(CountryCode.of("XK"), CountryCode.of("XK"));
  }

  @Test
  void refusesTimesThatRfc9557TextCannotCarry() {
    // Java builds these zones, but no RFC 9557 reader knows them; the years would not fit four digits.
    for (ZonedDateTime t : List.of(
        ZonedDateTime.of(2021, 4, 6, 17, 45, 0, 0, ZoneId.of("UTC+3")),
        ZonedDateTime.of(2021, 4, 6, 17, 45, 0, 0, ZoneId.of("GMT+03:00")),
        ZonedDateTime.of(2021, 4, 6, 17, 45, 0, 0, ZoneOffset.ofTotalSeconds(3 * 3600 + 17)),
        ZonedDateTime.of(1, 1, 1, 12, 0, 0, 0, ZoneOffset.UTC),
        ZonedDateTime.of(9999, 12, 31, 12, 0, 0, 0, ZoneOffset.UTC))) {
      InvalidValueException e = assertThrows(InvalidValueException.class,
          () -> REFERENCE.withPublished(t).withModified(java.util.Optional.empty()), t::toString);
      assertTrue(e.getMessage().startsWith("article.published: must "), e.getMessage());
    }
  }
}
