package dev.newsmodel.ninjs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsmodel.core.Article;
import dev.newsmodel.core.ArticleId;
import dev.newsmodel.core.Rfc9557;
import dev.newsmodel.core.body.Link;
import dev.newsmodel.core.body.Paragraph;
import dev.newsmodel.core.body.Text;
import dev.newsmodel.core.convert.Conversion;
import dev.newsmodel.core.convert.ConversionCode;
import dev.newsmodel.core.convert.ConversionProblem;
import dev.newsmodel.testing.ReferenceArticle;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NinjsReaderTest {
  private static final String MINIMAL = "{\"uri\":\"http://example.com/1\",\"type\":\"text\",\"language\":\"en\","
      + "\"versionCreated\":\"2013-07-09T10:37:00Z\",\"headlines\":[{\"role\":\"main\",\"value\":\"A headline\"}],"
      + "\"bodies\":[{\"contentType\":\"text/plain\",\"value\":\"One.\\nTwo.\"}]";

  private static Conversion<Article> read(String json) {
    return Ninjs.read(json, NinjsReadOptions.defaults());
  }

  private static String codes(Conversion<?> c) {
    return c.problems().stream().map(p -> p.severity().name().toLowerCase(Locale.ROOT) + " " + p.code().code()
        + " " + p.location()).collect(Collectors.joining("; "));
  }

  @Test
  void readsIptcsComplexTextArticleWithItsXhtmlBody() {
    Article a = Ninjs.read(Standards.read(Standards.ninjsDir().resolve("docs-3.1/005_complex_text_article.json")),
        NinjsReadOptions.defaults()).orElseThrow();
    assertEquals("Captain of wrecked cruise ship on trial in Italy", a.headline());
    assertEquals(Locale.ENGLISH, a.language());
    assertEquals(Instant.parse("2013-07-09T10:37:00Z"), a.published().orElseThrow().toInstant());
    assertEquals("Paulo Santalucia and Frances d'Emilio", a.bylines().get(0).text().orElseThrow());
    assertEquals(4, a.body().size());
    assertTrue(((Paragraph) a.body().get(3)).plainText().endsWith("Schettino has denied wrongdoing."));
    assertEquals("Copyright 2013 The News Agency, www.tna.org - all rights reserved.",
        a.rights().orElseThrow().copyrightNotice().orElseThrow());
  }

  @Test
  void readsTtsTextItemWithItsPictureAsTheLeadImage() {
    Conversion<Article> c = Ninjs.read(Standards.read(Standards.ninjsDir().resolve("3.0_tt_text_image_3.json")),
        NinjsReadOptions.defaults());
    Article a = c.orElseThrow();
    assertEquals(Locale.forLanguageTag("sv"), a.language());
    assertEquals("Militärövning i jätteformat hålls 2023", a.headline());
    assertEquals(URI.create("https://beta.tt.se/media/text/210526-militarovning-a0f2d045/a001_NormalHires.jpg"),
        a.leadImage().orElseThrow().url());
    assertEquals(4724, a.leadImage().get().width().getAsInt());
    assertEquals(3, a.leadImage().get().renditions().size());
    assertEquals("Karl Melander/TT", a.leadImage().get().attribution().orElseThrow().creditLine().orElseThrow());
    assertEquals("TT", a.rights().orElseThrow().copyrightHolder().orElseThrow());
    assertEquals(List.of("Krig, konflikter och oroligheter"), a.keywords());
    assertTrue(c.problems().contains(ConversionProblem.warning(ConversionCode.NINJS_ALT_FROM_DESCRIPTION,
        "/associations/0", "the picture has no description with the role 'alt'; its description is taken as "
            + "alternative text")));
  }

  @Test
  void refusesATextItemWithoutALanguageUnlessTheCallerNamesIt() {
    String json = Standards.read(Standards.ninjsDir().resolve("docs-3.1/004_simple_text_article.json"));
    Conversion<Article> without = read(json);
    assertEquals(List.of(ConversionProblem.error(ConversionCode.INPUT_MISSING, "/language", "the item states no "
        + "language; pass the language it is written in (NinjsReadOptions.withLanguage)")),
        without.problems().stream().filter(p -> p.severity() == ConversionProblem.Severity.ERROR)
            .collect(Collectors.toList()));
    Article with = Ninjs.read(json, NinjsReadOptions.defaults().withLanguage(Locale.ENGLISH)).orElseThrow();
    assertEquals(4, with.body().size(), "the body_xhtml rendition is read as HTML");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
      "not JSON        | ''                                                   | error input.syntax ",
      "an array        | '[]'                                                 | error input.invalid ",
      "video           | '{\"uri\":\"http://x.example/1\",\"type\":\"video\"}'  | error input.not-an-article /type",
      "type not text   | '{\"uri\":\"http://x.example/1\",\"type\":5}'          | error input.invalid /type",
      "twice a member  | '{\"uri\":\"a\",\"uri\":\"b\"}'                         | error input.syntax ",
      "trailing data   | '{\"uri\":\"a\"} {}'                                  | error input.syntax ",
      "no uri          | '{\"type\":\"text\",\"language\":\"en\",\"headlines\":[{\"value\":\"H\"}],\"versionCreated\":\"2013-07-09T10:37:00Z\",\"bodies\":[{\"value\":\"B\"}]}' | error input.missing /uri; warning ninjs.published-from-version /versionCreated",
      "uri with space  | '{\"uri\":\"a b\",\"language\":\"en\",\"headlines\":[{\"value\":\"H\"}],\"versionCreated\":\"2013-07-09T10:37:00Z\",\"bodies\":[{\"value\":\"B\"}]}' | error input.invalid /uri; warning ninjs.published-from-version /versionCreated",
      "no headline     | '{\"uri\":\"a\",\"language\":\"en\",\"versionCreated\":\"2013-07-09T10:37:00Z\",\"bodies\":[{\"value\":\"B\"}]}' | error input.missing /headlines; warning ninjs.published-from-version /versionCreated",
      "two-line head   | '{\"uri\":\"a\",\"language\":\"en\",\"headlines\":[{\"value\":\"H\\nI\"}],\"versionCreated\":\"2013-07-09T10:37:00Z\",\"bodies\":[{\"value\":\"B\"}]}' | warning ninjs.published-from-version /versionCreated; error input.invalid /headlines/0/value",
      "no time         | '{\"uri\":\"a\",\"language\":\"en\",\"headlines\":[{\"value\":\"H\"}],\"bodies\":[{\"value\":\"B\"}]}' | error input.missing /firstCreated",
      "local time      | '{\"uri\":\"a\",\"language\":\"en\",\"headlines\":[{\"value\":\"H\"}],\"firstCreated\":\"2013-07-09T10:37:00\",\"bodies\":[{\"value\":\"B\"}]}' | error time.no-offset /firstCreated",
      "not a time      | '{\"uri\":\"a\",\"language\":\"en\",\"headlines\":[{\"value\":\"H\"}],\"firstCreated\":\"yesterday\",\"bodies\":[{\"value\":\"B\"}]}' | error time.invalid /firstCreated",
      "no body         | '{\"uri\":\"a\",\"language\":\"en\",\"headlines\":[{\"value\":\"H\"}],\"firstCreated\":\"2013-07-09T10:37:00Z\"}' | error input.invalid ",
      "headline number | '{\"uri\":\"a\",\"language\":\"en\",\"headlines\":[{\"value\":7}],\"firstCreated\":\"2013-07-09T10:37:00Z\"}' | warning input.invalid /headlines/0/value; error input.missing /headlines",
  })
  void reportsBadInputWithItsJsonPointerAndNeverThrows(String name, String json, String expected) {
    Conversion<Article> c = read(json);
    assertFalse(c.succeeded(), () -> name + ": " + c);
    assertEquals(expected.strip(), codes(c).strip(), name);
  }

  @Test
  void refusesBytesThatAreNotUtf8() {
    Conversion<Article> c = Ninjs.read(new byte[] {'{', (byte) 0xC3, '}'}, NinjsReadOptions.defaults());
    assertEquals("error input.syntax ", codes(c));
  }

  @Test
  void refusesDocumentsNestedDeeperThanTheLimit() {
    String deep = "{\"uri\":\"a\",\"x\":" + "[".repeat(200) + "]".repeat(200) + "}";
    Conversion<Article> c = read(deep);
    assertEquals("error input.syntax ", codes(c));
    assertTrue(c.problems().get(0).message().contains("line 1"), c.problems().get(0).message());
  }

  @Test
  void readsALocalTimeInTheZoneTheCallerNames() {
    String json = MINIMAL.replace("\"versionCreated\":\"2013-07-09T10:37:00Z\"", "\"firstCreated\":\"2013-07-09T10:37:00\"") + "}";
    Article a = Ninjs.read(json, NinjsReadOptions.defaults().withZone(ZoneId.of("Europe/Rome"))).orElseThrow();
    assertEquals(Rfc9557.parse("2013-07-09T10:37:00+02:00[Europe/Rome]"), a.published().orElseThrow());
    assertEquals(List.of(new Paragraph[] {Paragraph.of("One."), Paragraph.of("Two.")}.clone()), a.body());
  }

  @Test
  void leavesOutAUrlOffTheAllowlistAndSaysWhere() {
    Conversion<Article> c = read(MINIMAL + ",\"altIds\":[{\"role\":\"canonical-url\",\"value\":\"javascript:alert(1)\"}]}");
    assertTrue(c.succeeded());
    assertEquals("warning ninjs.published-from-version /versionCreated; warning url.scheme /altIds/0/value", codes(c));
  }

  @Test
  void takesTheFirstCanonicalUrlAndReportsTheSecond() {
    Conversion<Article> c = read(MINIMAL + ",\"altIds\":[{\"role\":\"canonical-url\",\"value\":\"https://a.example/1\"},"
        + "{\"role\":\"canonical-url\",\"value\":\"https://a.example/2\"}]}");
    assertEquals(URI.create("https://a.example/1"), c.orElseThrow().canonicalUrl().orElseThrow());
    assertEquals("warning ninjs.published-from-version /versionCreated; warning input.ignored /altIds/1", codes(c));
  }

  @Test
  void optionsRefuseABaseThatIsNotAbsoluteHttp() {
    assertThrows(IllegalArgumentException.class, () -> NinjsReadOptions.defaults().withBaseUri(URI.create("/x")));
    assertThrows(IllegalArgumentException.class,
        () -> NinjsReadOptions.defaults().withBaseUri(URI.create("javascript:alert(1)")));
    assertEquals("NinjsReadOptions{language=en, zone=none, baseUri=none}",
        NinjsReadOptions.defaults().withLanguage(Locale.ENGLISH).toString());
  }

  @Test
  void readsHtmlBodiesThroughTheAllowlistLocatingWhatItDrops() {
    Conversion<Article> c = read(MINIMAL.replace("\"contentType\":\"text/plain\",\"value\":\"One.\\nTwo.\"",
        "\"contentType\":\"text/html\",\"value\":\"<p>One <a href='https://example.com/x'>link</a>.</p><script>alert(1)</script>\"") + "}");
    Article a = c.orElseThrow();
    assertEquals(List.of(Paragraph.of(Text.of("One "), Link.of(URI.create("https://example.com/x"), "link"),
        Text.of("."))), a.body());
    assertTrue(c.problems().stream().anyMatch(p -> p.code() == ConversionCode.HTML_DROPPED_ELEMENT
        && p.location().equals("/bodies/0/value body > script[1]")), codes(c));
  }

  @Test
  void anUnreadableExtensionIsReportedAndTheNinjsFieldsRead() {
    String ninjs = Ninjs.write(ReferenceArticle.article()).orElseThrow()
        .replace("{\\\"version\\\":1,\\\"times\\\"", "{\\\"version\\\":2,\\\"times\\\"");
    Conversion<Article> c = read(ninjs);
    Article a = c.orElseThrow();
    assertTrue(codes(c).contains("warning ninjs.extension /descriptions/1/value"), codes(c));
    assertEquals(ReferenceArticle.article().published().orElseThrow().toInstant(), a.published().orElseThrow().toInstant());
    assertEquals(ZoneId.of("+03:00"), a.published().get().getZone(), "without the extension the zone is unknown");
    assertEquals(List.of(), a.disclaimers());
  }

  @Test
  void anExtensionTimeThatIsNotTheItemsInstantIsReportedAndTheItemsKept() {
    String ninjs = Ninjs.write(ReferenceArticle.article()).orElseThrow()
        .replace("\\\"published\\\":\\\"2021-04-06T17:45:00+03:00[Europe/Moscow]\\\"",
            "\\\"published\\\":\\\"2021-04-06T18:45:00+03:00[Europe/Moscow]\\\"");
    Conversion<Article> c = read(ninjs);
    assertEquals("warning ninjs.extension /firstCreated", codes(c));
    assertEquals(Instant.parse("2021-04-06T14:45:00Z"), c.orElseThrow().published().orElseThrow().toInstant());
  }

  @Test
  void anArticleModifiedButNeverPublishedComesBackUnpublished() {
    Article draft = ReferenceArticle.article().withStatus(Article.Status.DRAFT)
        .withPublished(java.util.Optional.empty())
        .withModified(Rfc9557.parse("2021-04-06T18:00:00+03:00[Europe/Moscow]"));
    Conversion<Article> c = read(Ninjs.write(draft).orElseThrow());
    assertEquals(List.of(), c.problems());
    assertEquals(draft, c.orElseThrow());
  }

  @Test
  void readsTheIdBackFromTheUriItWasWrittenAs() {
    Article a = ReferenceArticle.article().withId(ArticleId.of("ü/é?#%x"));
    String ninjs = Ninjs.write(a).orElseThrow();
    assertTrue(ninjs.contains("\"uri\": \"urn:newsmodel:article:%C3%BC%2F%C3%A9%3F%23%25x\""), ninjs);
    assertEquals(a.id(), read(ninjs).orElseThrow().id());
  }

  @Test
  void reportsALinkInsideALinkAsLostOnExport() {
    Link inner = Link.of(URI.create("https://example.com/inner"), "inner");
    Article a = ReferenceArticle.article().withBody(Paragraph.of(Link.builder()
        .url(URI.create("https://example.com/outer")).addContent(Text.of("outer "), inner).build()));
    Conversion<String> c = Ninjs.write(a);
    assertEquals(List.of(ConversionProblem.warning(ConversionCode.EXPORT_LOST, "article.body[0]", "a link to "
        + "'https://example.com/inner' inside another link: HTML cannot nest links, so its text is written without "
        + "its URL")), c.problems());
    assertTrue(c.orElseThrow().contains("<a href=\\\"https://example.com/outer\\\">outer inner</a>"), c.orElseThrow());
  }

  @Test
  void writesUtf8ThatReadsBackFromBytes() {
    byte[] bytes = Ninjs.write(ReferenceArticle.article()).orElseThrow().getBytes(StandardCharsets.UTF_8);
    assertEquals(List.of(), Ninjs.read(bytes, NinjsReadOptions.defaults()).problems());
  }
}
