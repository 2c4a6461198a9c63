package dev.newsmodel.jsonld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsmodel.core.Article;
import dev.newsmodel.core.Contributor;
import dev.newsmodel.core.body.Paragraph;
import dev.newsmodel.core.convert.Conversion;
import dev.newsmodel.core.convert.ConversionProblem;
import java.net.URI;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SchemaOrgReaderTest {
  private static SchemaOrgArticle one(String json) {
    List<SchemaOrgArticle> all = SchemaOrgReader.defaults().read(json).orElseThrow();
    assertEquals(1, all.size(), all.toString());
    return all.get(0);
  }

  private static List<String> codes(Conversion<?> c) {
    return c.problems().stream().map(p -> p.code().code() + " " + p.location()).collect(Collectors.toList());
  }

  @Test
  void readsANewsArticle() {
    SchemaOrgArticle a = one("{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\","
        + "\"headline\":\"Baku \\u003C and\\n Yerevan\",\"inLanguage\":\"en\",\"datePublished\":\"2021-04-06T17:45:00+03:00\","
        + "\"dateModified\":\"2021-04-06T18:00:00Z\",\"author\":[{\"@type\":\"Person\",\"name\":\"Ilham Ismail\","
        + "\"url\":\"https://example.org/ii\"},\"Desk\",{\"@type\":\"Organization\",\"name\":\"AFP\"}],"
        + "\"publisher\":{\"@type\":\"NewsMediaOrganization\",\"name\":\"Caucasian Knot\",\"url\":\"https://www.eng.kavkaz-uzel.eu/\"},"
        + "\"image\":[\"https://example.org/a.jpg\",{\"@type\":\"ImageObject\",\"url\":\"https://example.org/b.jpg\"}],"
        + "\"keywords\":\"Karabakh, Iskander ,\",\"articleSection\":[\"World\",\"Caucasus\"],"
        + "\"mainEntityOfPage\":{\"@type\":\"WebPage\",\"@id\":\"https://www.eng.kavkaz-uzel.eu/articles/1\"},"
        + "\"isAccessibleForFree\":\"False\",\"description\":\"Sum.\",\"articleBody\":\"One.\\n\\nTwo\\nlines.\"}");
    assertEquals("NewsArticle", a.type());
    assertEquals("Baku < and Yerevan", a.headline().orElseThrow());
    assertEquals(Locale.ENGLISH, a.language().orElseThrow());
    assertEquals(ZonedDateTime.parse("2021-04-06T17:45:00+03:00"), a.published().orElseThrow());
    assertEquals(ZonedDateTime.parse("2021-04-06T18:00:00Z"), a.modified().orElseThrow());
    assertEquals(List.of("Ilham Ismail", "Desk", "AFP"), a.contributors().stream().map(Contributor::name)
        .collect(Collectors.toList()));
    assertEquals(Contributor.Kind.ORGANIZATION, a.contributors().get(2).kind());
    assertEquals(URI.create("https://example.org/ii"), a.contributors().get(0).url().orElseThrow());
    assertEquals("Caucasian Knot", a.publisher().orElseThrow().name());
    assertEquals(List.of(URI.create("https://example.org/a.jpg"), URI.create("https://example.org/b.jpg")), a.images());
    assertEquals(List.of("Karabakh", "Iskander"), a.keywords());
    assertEquals("World", a.section().orElseThrow());
    assertEquals(URI.create("https://www.eng.kavkaz-uzel.eu/articles/1"), a.url().orElseThrow());
    assertEquals(Boolean.FALSE, a.accessibleForFree().orElseThrow());
    assertEquals("/headline", a.location("headline").orElseThrow());
    assertEquals("/mainEntityOfPage/@id", a.location("url").orElseThrow());
    Article article = a.toArticle(List.of()).orElseThrow();
    assertEquals(List.of(Paragraph.of("One."), Paragraph.of(dev.newsmodel.core.body.Text.of("Two"),
        dev.newsmodel.core.body.LineBreak.instance(), dev.newsmodel.core.body.Text.of("lines."))), article.body());
    assertEquals("https://www.eng.kavkaz-uzel.eu/articles/1", article.id().value());
    assertEquals(Article.Status.PUBLISHED, article.status());
    assertEquals("Sum.", article.summary().orElseThrow());
  }

  @ParameterizedTest
  @ValueSource(strings = {"Article", "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle",
      "BackgroundNewsArticle", "OpinionNewsArticle", "ReviewNewsArticle", "AskPublicNewsArticle", "BlogPosting",
      "Report", "ScholarlyArticle", "TechArticle", "SatiricalArticle", "SocialMediaPosting", "LiveBlogPosting",
      "schema:NewsArticle", "https://schema.org/NewsArticle", "http://schema.org/BlogPosting"})
  void readsEveryArticleType(String type) {
    assertEquals("h", one("{\"@context\":\"http://schema.org/\",\"@type\":[\"Thing\",\"" + type + "\"],"
        + "\"name\":\"h\"}").headline().orElseThrow());
  }

  @Test
  void readsGenreFromType() {
    assertEquals(Article.Genre.OPINION, one("{\"@context\":\"https://schema.org\",\"@type\":\"OpinionNewsArticle\","
        + "\"headline\":\"h\"}").genre().orElseThrow());
  }

  @Test
  void findsArticlesInGraphsArraysAndMainEntity() {
    String json = "[{\"@context\":{\"@vocab\":\"https://schema.org/\"},\"@graph\":[{\"@type\":\"WebSite\",\"name\":\"s\"},"
        + "{\"@type\":\"NewsArticle\",\"headline\":\"a\"}]},{\"@context\":\"https://schema.org\",\"@type\":\"WebPage\","
        + "\"mainEntity\":{\"@type\":\"BlogPosting\",\"headline\":\"b\"}}]";
    List<SchemaOrgArticle> all = SchemaOrgReader.defaults().read(json).orElseThrow();
    assertEquals(List.of("/0/@graph/1", "/1/mainEntity"), all.stream().map(SchemaOrgArticle::pointer)
        .collect(Collectors.toList()));
  }

  @Test
  void dateWithoutOffsetIsReportedNotInvented() {
    String json = "{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"h\","
        + "\"datePublished\":\"2021-04-06T17:45:00\"}";
    Conversion<List<SchemaOrgArticle>> c = SchemaOrgReader.defaults().read(json);
    assertFalse(c.orElseThrow().get(0).published().isPresent());
    assertEquals(List.of("time.no-offset /datePublished"), codes(c));
    SchemaOrgArticle inMoscow = SchemaOrgReader.defaults().withZone(ZoneId.of("Europe/Moscow")).read(json)
        .orElseThrow().get(0);
    assertEquals(ZonedDateTime.parse("2021-04-06T17:45:00+03:00[Europe/Moscow]"), inMoscow.published().orElseThrow());
  }

  @Test
  void offsetThatFitsThePassedZoneTakesIt() {
    String json = "{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"h\","
        + "\"datePublished\":\"2021-04-06T17:45:00+0300\",\"dateModified\":\"2021-04-06T17:45:00+01:00\"}";
    SchemaOrgArticle a = SchemaOrgReader.defaults().withZone(ZoneId.of("Europe/Moscow")).read(json).orElseThrow().get(0);
    assertEquals(ZoneId.of("Europe/Moscow"), a.published().orElseThrow().getZone());
    assertEquals("+01:00", a.modified().orElseThrow().getZone().getId());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "2021-04-06|time.no-offset",
      "yesterday|time.invalid",
      "2021-03-28T02:30:00|time.invalid",
      "2021-13-06T17:45:00+03:00|time.invalid"})
  void reportsTimesItCannotRead(String time, String code) {
    Conversion<List<SchemaOrgArticle>> c = SchemaOrgReader.defaults().withZone(ZoneId.of("Europe/Berlin")).read(
        "{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\",\"headline\":\"h\",\"datePublished\":\"" + time
            + "\"}");
    assertEquals(List.of(code + " /datePublished"), codes(c));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "{|input.syntax",
      "[1,2|input.syntax",
      "42|input.not-an-article",
      "{\"@context\":\"https://schema.org\",\"@type\":\"Person\",\"name\":\"x\"}|input.not-an-article",
      "{\"@context\":\"https://example.org/vocab\",\"@type\":\"NewsArticle\",\"name\":\"x\"}|input.not-an-article",
      "{\"a\":{} }  {}|input.syntax"})
  void failsWithALocatedError(String json, String code) {
    Conversion<List<SchemaOrgArticle>> c = SchemaOrgReader.defaults().read(json);
    assertFalse(c.succeeded());
    assertTrue(c.problems().stream().anyMatch(p -> p.severity() == ConversionProblem.Severity.ERROR
        && p.code().code().equals(code)), c.problems().toString());
  }

  @Test
  void refusesDeepNesting() {
    Conversion<List<SchemaOrgArticle>> c = SchemaOrgReader.defaults().read("[".repeat(10_000));
    assertEquals("input.limit", c.problems().get(0).code().code());
  }

  @Test
  void refusesUrlsTheModelRefuses() {
    Conversion<List<SchemaOrgArticle>> c = SchemaOrgReader.defaults().read("{\"@context\":\"https://schema.org\","
        + "\"@type\":\"NewsArticle\",\"headline\":\"h\",\"url\":\"javascript:alert(1)\",\"image\":\"/rel.jpg\","
        + "\"author\":{\"@type\":\"Person\",\"name\":\"A\",\"url\":\"data:text/html,x\"}}");
    assertEquals(List.of("url.scheme /url", "url.scheme /author/url", "url.relative /image"), codes(c));
  }

  @Test
  void reportsWhatTheModelHasNoPlaceFor() {
    Conversion<List<SchemaOrgArticle>> c = SchemaOrgReader.defaults().read("{\"@context\":\"https://schema.org\","
        + "\"@type\":\"NewsArticle\",\"headline\":\"h\",\"speakable\":{},\"headline\":\"again\"}");
    assertEquals(List.of("input.invalid /headline", "input.ignored /speakable"), codes(c));
  }

  @Test
  void missingFactsMakeNoArticle() {
    Conversion<Article> c = SchemaOrgReader.defaults().readArticle("{\"@context\":\"https://schema.org\","
        + "\"@type\":\"NewsArticle\",\"headline\":\"h\",\"datePublished\":\"2021-04-06T17:45:00+03:00\"}");
    assertFalse(c.succeeded());
    assertEquals(3, c.problems().stream().filter(p -> p.severity() == ConversionProblem.Severity.ERROR).count(),
        c.problems().toString());
  }
}
