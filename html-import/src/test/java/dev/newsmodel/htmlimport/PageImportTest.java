package dev.newsmodel.htmlimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsmodel.core.Article;
import dev.newsmodel.core.Byline;
import dev.newsmodel.core.Contributor;
import dev.newsmodel.core.body.Block;
import dev.newsmodel.core.body.Paragraph;
import dev.newsmodel.core.convert.ConversionProblem;
import java.net.URI;
import java.nio.file.Files;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every page of {@code ../shared/corpora/news-pages/}: what it yields as the page states it, and for a
 * page that leaves a fact unknown, the problem (not an invented value) and the article once the caller
 * supplies what it knows. The README's per-page table is this table.
 */
class PageImportTest {

  static Stream<Arguments> pages() {
    return Stream.of(
        // page, headline, language, publication instant, byline names, a phrase of the body
        Arguments.of("breitbart", "'Neutral' Snopes Fact-Checker David Emery: 'Are There Any Un-Angry Trump "
            + "Supporters?' - Breitbart", "en-US", "2016-12-22T18:43:37Z", "", "Emery retweeted the story"),
        Arguments.of("lemonde-1", "Le projet de loi sur le renseignement massivement approuvé à l'Assemblée", "fr-FR",
            "2015-05-04T11:36:31Z", "Martin Untersinger (avec Damien Leloup et Morgane Tual)", "Les députés ont"),
        Arguments.of("nytimes-1", "United States to Lift Sudan Sanctions", "en", "2017-01-13T05:00:04Z",
            "Jeffrey Gettleman", "Sudan"),
        Arguments.of("schema-org-context-object", "South Korean president’s impeachment fails after ruling party "
            + "lawmakers walk out", "en-US", "2024-12-06T22:00:40Z", "Stella Kim|Jennifer Jett|Abigail Williams|Beomsu Jo",
            "SEOUL, South Korea"));
  }

  @ParameterizedTest
  @MethodSource("pages")
  void yieldsTheFactsAsThePageStatesThem(String page, String headline, String language, String published,
      String bylines, String phrase) {
    ImportedPage imported = PageImport.defaults().read(NewsPages.source(page));
    Article a = imported.article().orElseThrow();
    assertEquals(headline, a.headline());
    assertEquals(language, a.language().toLanguageTag());
    assertEquals(Instant.parse(published), a.published().orElseThrow().toInstant());
    assertEquals(bylines.isEmpty() ? List.of() : Arrays.asList(bylines.split("\\|")), names(a));
    assertBody(a.body(), phrase);
    for (String fact : List.of("headline", "language", "published", "body")) {
      assertTrue(imported.sources().containsKey(fact), fact + " has no source: " + imported.sources());
    }
  }

  static Stream<Arguments> incomplete() {
    return Stream.of(
        // page, the errors without help, what the caller knows, headline, language, instant, bylines, phrase
        Arguments.of("aclu", "time.no-offset", "America/New_York", "", "",
            "Facebook Is Tracking Me Even Though I’m Not on Facebook", "en-US", "2018-04-05T10:00:00Z",
            "Daniel Kahn Gillmor", "I don't use Facebook"),
        Arguments.of("engadget", "time.no-offset", "America/New_York", "", "",
            "Xbox One X review: A console that keeps up with gaming PCs", "en-US", "2017-11-03T07:01:00Z",
            "Devindra Hardawar", "Xbox One X"),
        Arguments.of("seattletimes-1", "time.no-offset", "America/Los_Angeles", "", "",
            "Alaskan halibut, caught by a century-old Seattle boat, provides a glimpse of Amazon’s strategy with Whole "
                + "Foods", "en-US", "2019-04-28T13:01:07Z", "Benjamin Romano", "halibut"),
        Arguments.of("cnn", "input.missing time.no-offset", "America/New_York", "en", "",
            "The 'birth lottery' and economic mobility", "en", "2016-02-01T06:28:49Z", "Ahiza Garcia", "poverty"),
        Arguments.of("parsely-metadata", "input.missing input.missing", "", "en", "https://www.doubleudoubleudoubleu.com/",
            "Some Other Title", "en", "2024-04-20T04:20:00Z", "Jane Doe", "Lorem ipsum"));
  }

  @ParameterizedTest
  @MethodSource("incomplete")
  void reportsWhatThePageLeavesUnknownAndTakesItFromTheCaller(String page, String errors, String zone, String lang,
      String base, String headline, String language, String published, String bylines, String phrase) {
    String html = NewsPages.source(page);
    ImportedPage alone = PageImport.defaults().read(html);
    assertFalse(alone.article().succeeded());
    assertEquals(Arrays.asList(errors.split(" ")), alone.article().problems().stream()
        .filter(p -> p.severity() == ConversionProblem.Severity.ERROR).map(p -> p.code().code())
        .collect(Collectors.toList()), alone.article().problems().toString());
    PageImport helped = PageImport.defaults();
    if (!zone.isEmpty()) {
      helped = helped.withZone(ZoneId.of(zone));
    }
    if (!lang.isEmpty()) {
      helped = helped.withLanguage(Locale.forLanguageTag(lang));
    }
    ImportedPage page2 = base.isEmpty() ? helped.read(html) : helped.read(html, URI.create(base));
    Article a = page2.article().orElseThrow();
    assertEquals(headline, a.headline());
    assertEquals(language, a.language().toLanguageTag());
    assertEquals(Instant.parse(published), a.published().orElseThrow().toInstant());
    if (!zone.isEmpty()) {
      assertEquals(ZoneId.of(zone), a.published().get().getZone());
    }
    assertEquals(Arrays.asList(bylines.split("\\|")), names(a));
    assertBody(a.body(), phrase);
  }

  @Test
  void pageWithoutLanguageOrTimeStaysUnknown() {
    ImportedPage wapo = PageImport.defaults().withZone(ZoneId.of("America/New_York")).read(NewsPages.source("wapo-1"));
    assertEquals(List.of("input.missing", "input.missing"), wapo.article().problems().stream()
        .filter(p -> p.severity() == ConversionProblem.Severity.ERROR).map(p -> p.code().code())
        .collect(Collectors.toList()));
    assertEquals("meta[property=og:title]", wapo.sources().get("headline"));
    assertTrue(wapo.sources().containsKey("body"));
  }

  @Test
  void everyPageIsTested() throws Exception {
    List<String> all = Files.list(NewsPages.directory()).filter(Files::isDirectory)
        .map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
    List<String> tested = new ArrayList<>();
    pages().forEach(a -> tested.add((String) a.get()[0]));
    incomplete().forEach(a -> tested.add((String) a.get()[0]));
    tested.add("wapo-1");
    assertEquals(all, tested.stream().sorted().collect(Collectors.toList()));
  }

  @Test
  void pageBodyIsImportedWithoutMarkupOrScripts() {
    ImportedPage page = PageImport.defaults().read("<html lang=en><head><meta property=og:title content='T'>"
        + "<meta property=article:published_time content='2021-04-06T17:45:00+03:00'>"
        + "<meta property=og:url content='https://example.org/a'></head><body><article><p>One <a href=x>rel</a>"
        + "<script>alert(1)</script></p><p onclick=alert(2)>Two</p></article></body></html>");
    Article a = page.article().orElseThrow();
    assertEquals(List.of(Paragraph.of(dev.newsmodel.core.body.Text.of("One "),
        dev.newsmodel.core.body.Link.of(URI.create("https://example.org/x"), "rel")), Paragraph.of("Two")), a.body());
    assertEquals("meta[property=article:published_time]", page.sources().get("published"));
  }

  private static List<String> names(Article a) {
    List<String> names = new ArrayList<>();
    for (Byline b : a.bylines()) {
      for (Contributor c : b.contributors()) {
        names.add(c.name());
      }
    }
    return names;
  }

  private static void assertBody(List<Block> body, String phrase) {
    long paragraphs = body.stream().filter(b -> b instanceof Paragraph).count();
    assertTrue(paragraphs >= 1, "no paragraphs");
    assertTrue(body.stream().filter(b -> b instanceof Paragraph).anyMatch(b -> ((Paragraph) b).plainText().contains(phrase)),
        "no paragraph holds '" + phrase + "'");
  }
}
