package dev.newsmodel.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsmodel.core.Alternate;
import dev.newsmodel.core.Article;
import dev.newsmodel.core.Attribution;
import dev.newsmodel.core.Byline;
import dev.newsmodel.core.Contributor;
import dev.newsmodel.core.Correction;
import dev.newsmodel.core.Dateline;
import dev.newsmodel.core.Disclaimer;
import dev.newsmodel.core.Image;
import dev.newsmodel.core.ImageRendition;
import dev.newsmodel.core.License;
import dev.newsmodel.core.Rfc9557;
import dev.newsmodel.core.body.Heading;
import dev.newsmodel.core.body.ImageBlock;
import dev.newsmodel.core.body.Link;
import dev.newsmodel.core.body.Paragraph;
import dev.newsmodel.core.body.Quote;
import dev.newsmodel.core.body.Text;
import dev.newsmodel.html.internal.TimeText;
import dev.newsmodel.testing.ReferenceArticle;
import java.io.IOException;
import java.net.URI;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HtmlRendererTest {
  private static final Locale RUSSIAN = Locale.forLanguageTag("ru");
  private static final HtmlRenderer RENDERER = HtmlRenderer.defaults();
  private static final Article REFERENCE = ReferenceArticle.article();

  private static Document fragment(HtmlRenderer renderer, Article article) {
    return Jsoup.parseBodyFragment(renderer.renderFragment(article));
  }

  private static Article.Builder minimal() {
    return Article.builder()
        .id(dev.newsmodel.core.ArticleId.of("test"))
        .status(Article.Status.PUBLISHED)
        .language(Locale.ENGLISH)
        .headline("Headline")
        .published(Rfc9557.parse("2021-04-06T17:45:00+03:00[Europe/Moscow]"));
  }

  // Reference article

  @Test
  void reproducesTheRussianNoticeVerbatimWithItsLanguage() {
    String html = RENDERER.renderFragment(REFERENCE);
    assertTrue(html.contains("<p class=\"nm-disclaimer-text\" lang=\"ru\">" + ReferenceArticle.FOREIGN_AGENT_NOTICE
        + "</p>"), html);
    Element notice = fragment(RENDERER, REFERENCE).selectFirst(".nm-disclaimer-legal");
    assertEquals("Legal notice", notice.attr("aria-label"));
    assertEquals("aside", notice.normalName());
  }

  @Test
  void composesTheOriginallyPublishedNoteFromTheSource() {
    Element note = fragment(RENDERER, REFERENCE).selectFirst(".nm-source-translation-of");
    assertEquals("This article was originally published in Russian by Caucasian Knot on April 6, 2021 at 02:24 MSK.",
        note.text());
    assertEquals("https://www.kavkaz-uzel.eu/", note.selectFirst("a").attr("href"));
    assertEquals("2021-04-06T02:24:00+03:00", note.selectFirst("time").attr("datetime"));
  }

  @Test
  void writesTheRussianNoteForRussianArticles() {
    Article russian = REFERENCE.withLanguage(RUSSIAN);
    Document document = fragment(RENDERER, russian);
    assertEquals("Эта статья впервые опубликована на русском языке изданием «Caucasian Knot» 6 апреля 2021 в 02:24 МСК.",
        document.selectFirst(".nm-source-translation-of").text());
    assertEquals("6 апреля 2021, 17:45 МСК", document.selectFirst(".nm-published").text());
    Element notice = document.selectFirst(".nm-disclaimer-text");
    assertFalse(notice.hasAttr("lang"), "same language as the article: " + notice);
    assertEquals(ReferenceArticle.FOREIGN_AGENT_NOTICE, notice.text());
  }

  @Test
  void hasOneHeadlineAndTheExactPublicationTime() {
    Document document = fragment(RENDERER, REFERENCE);
    assertEquals(1, document.select("h1").size());
    Element published = document.selectFirst("time.nm-published");
    assertEquals("2021-04-06T17:45:00+03:00", published.attr("datetime"));
    assertEquals("April 6, 2021, 17:45 MSK", published.text());
    assertEquals("en", document.selectFirst("article").attr("lang"));
  }

  @Test
  void creditsTheLeadImage() {
    Element figure = fragment(RENDERER, REFERENCE).selectFirst("figure.nm-lead-image");
    assertEquals("The \"Iskander\" missile in Yerevan. Photo: Jonj7490, commons.wikimedia.org",
        figure.selectFirst("figcaption").text());
    assertEquals("https://commons.wikimedia.org/w/index.php?curid=58111154",
        figure.selectFirst(".nm-credit-source").attr("href"));
    assertFalse(figure.selectFirst("img").hasAttr("loading"), "the lead image is never lazy");
  }

  // Times

  @Test
  void showsTimesInTheReadersZoneKeepingTheExactInstant() {
    Element published = fragment(RENDERER.withReaderZone(ZoneId.of("America/New_York")), REFERENCE)
        .selectFirst("time.nm-published");
    assertEquals("April 6, 2021, 10:45 EDT", published.text());
    assertEquals("2021-04-06T17:45:00+03:00", published.attr("datetime"));
  }

  @Test
  void showsUpdatesAndKeepsDatelinesInTheirOwnZone() {
    Article article = minimal()
        .modified(Rfc9557.parse("2021-04-07T09:30:00+03:00[Europe/Moscow]"))
        .dateline(Dateline.of("SHUSHA", Rfc9557.parse("2021-04-06T23:50:00+04:00[Asia/Baku]")))
        .addBody(Paragraph.of("Text."))
        .build();
    Document document = fragment(RENDERER.withReaderZone(ZoneId.of("UTC")), article);
    assertEquals("April 6, 2021, 14:45 UTC Updated April 7, 2021, 06:30 UTC", document.selectFirst(".nm-times").text());
    assertEquals("SHUSHA, April 6, 2021", document.selectFirst(".nm-dateline").text());
  }

  @Test
  void writesMillisecondsAtMostAndWholeMinuteOffsets() {
    assertEquals("2021-04-06T17:45:00.123+03:00",
        TimeText.datetime(Rfc9557.parse("2021-04-06T17:45:00.123456789+03:00")).orElseThrow());
    assertEquals("1900-01-01T00:00:00Z",
        TimeText.datetime(java.time.ZonedDateTime.of(1900, 1, 1, 2, 30, 17, 0, ZoneId.of("Europe/Moscow"))).orElseThrow());
  }

  // Byline, figures, quotes, corrections

  @Test
  void composesBylinesWithRolesAndLinks() {
    Article article = minimal()
        .addBylines(Byline.of(
            Contributor.builder().name("Anna Ivanova").role(Contributor.Role.CORRESPONDENT)
                .url(URI.create("https://example.com/anna")).build(),
            Contributor.builder().name("Ilham Ismail").jobTitle("Head of the Centre")
                .affiliation("Centre for Security Studies").build(),
            Contributor.of("Jonj7490", Contributor.Role.PHOTOGRAPHER)))
        .addBylines(Byline.builder().text("By our correspondent").build())
        .addBody(Paragraph.of("Text."))
        .build();
    Document document = fragment(RENDERER, article);
    List<Element> bylines = document.select(".nm-byline");
    assertEquals("By Anna Ivanova (correspondent), Ilham Ismail (Head of the Centre, Centre for Security Studies)"
        + " and Jonj7490 (photographer)", bylines.get(0).text());
    assertEquals("https://example.com/anna", bylines.get(0).selectFirst("a[rel=author]").attr("href"));
    assertEquals("By our correspondent", bylines.get(1).text());
    assertEquals("Авторы: Anna Ivanova (корреспондент), Ilham Ismail (Head of the Centre, Centre for Security"
        + " Studies) и Jonj7490 (фотограф)", fragment(RENDERER, article.withLanguage(RUSSIAN)).selectFirst(".nm-byline")
        .text());
  }

  private static Image licensedImage() {
    return Image.builder()
        .url(URI.create("https://example.com/a.jpg"))
        .alt("A missile")
        .width(1200).height(800)
        .addRenditions(ImageRendition.of(URI.create("https://example.com/a-1200.jpg"), 1200),
            ImageRendition.of(URI.create("https://example.com/a-600.jpg"), 600))
        .attribution(Attribution.builder().creator("Jonj7490")
            .license(License.of("CC-BY-SA-4.0", URI.create("https://creativecommons.org/licenses/by-sa/4.0/")))
            .build())
        .build();
  }

  @Test
  void writesFiguresWithCreditLicenceAndResponsiveSources() {
    Article article = minimal().addBody(ImageBlock.of(licensedImage())).build();
    Element figure = fragment(RENDERER, article).selectFirst(".nm-body figure");
    Element img = figure.selectFirst("img");
    assertEquals("https://example.com/a-600.jpg 600w, https://example.com/a-1200.jpg 1200w", img.attr("srcset"));
    assertEquals(HtmlRenderer.DEFAULT_IMAGE_SIZES, img.attr("sizes"));
    assertEquals("lazy", img.attr("loading"));
    assertEquals("1200", img.attr("width"));
    assertEquals("Photo: Jonj7490, Licence: CC-BY-SA-4.0", figure.selectFirst("figcaption").text());
    assertEquals("https://creativecommons.org/licenses/by-sa/4.0/", figure.selectFirst("a[rel=license]").attr("href"));

    Element eager = fragment(RENDERER.withImageLoading(ImageLoading.EAGER).withImageSizes("50vw"), article)
        .selectFirst(".nm-body img");
    assertEquals("eager", eager.attr("loading"));
    assertEquals("50vw", eager.attr("sizes"));
    assertFalse(fragment(RENDERER.withImageLoading(ImageLoading.BROWSER_DEFAULT), article)
        .selectFirst(".nm-body img").hasAttr("loading"));
  }

  @Test
  void writesQuotationsWithCiteLanguageAndAttribution() {
    Article article = minimal().addBody(Quote.builder().addContent(Text.of("Мы не знаем."))
        .attribution("Ilham Ismail").citeUrl(URI.create("https://caliber.az/q")).language(RUSSIAN).build()).build();
    Element figure = fragment(RENDERER, article).selectFirst("figure.nm-quote");
    Element quote = figure.selectFirst("blockquote");
    assertEquals("https://caliber.az/q", quote.attr("cite"));
    assertEquals("ru", quote.attr("lang"));
    assertEquals("— Ilham Ismail", figure.selectFirst("figcaption").text());
  }

  @Test
  void listsCorrectionsWithTheirDates() {
    Article article = minimal().addBody(Paragraph.of("Text."))
        .addCorrections(Correction.of(Rfc9557.parse("2021-04-07T10:00:00+03:00[Europe/Moscow]"),
            Correction.Kind.CORRECTION, "An earlier version misspelt Shusha."))
        .build();
    Element corrections = fragment(RENDERER, article).selectFirst("section.nm-corrections");
    assertEquals("Corrections", corrections.selectFirst("h2").text());
    assertEquals("Correction, April 7, 2021, 10:00 MSK: An earlier version misspelt Shusha.",
        corrections.selectFirst("li").text());
    assertEquals("2021-04-07T10:00:00+03:00", corrections.selectFirst("time").attr("datetime"));
  }

  @Test
  void marksTextInOtherLanguagesAndDirections() {
    Disclaimer arabic = Disclaimer.builder().kind(Disclaimer.Kind.EDITORS_NOTE).text("ملاحظة")
        .language(Locale.forLanguageTag("ar")).build();
    Document english = fragment(RENDERER, minimal().addBody(Paragraph.of("Text.")).addDisclaimers(arabic).build());
    Element note = english.selectFirst(".nm-disclaimer-text");
    assertEquals("ar", note.attr("lang"));
    assertEquals("rtl", note.attr("dir"));

    Disclaimer englishNote = Disclaimer.builder().kind(Disclaimer.Kind.EDITORS_NOTE).text("A note").build();
    Document arabicArticle = fragment(RENDERER, minimal().addBody(Paragraph.of("نص"))
        .addDisclaimers(englishNote.withLanguage(Locale.ENGLISH)).build().withLanguage(Locale.forLanguageTag("ar")));
    assertEquals("rtl", arabicArticle.selectFirst("article").attr("dir"));
    // No Arabic phrases are built in: the English aria-label marks the whole note English, left to right.
    Element ltr = arabicArticle.selectFirst(".nm-disclaimer-text").closest("[lang]");
    assertEquals("en", ltr.attr("lang"));
    assertEquals("ltr", ltr.attr("dir"));
  }

  @Test
  void neverNestsLinks() {
    Link inner = Link.of(URI.create("https://example.com/inner"), "inner");
    Link outer = Link.builder().url(URI.create("https://example.com/outer")).addContent(Text.of("outer "), inner)
        .build();
    Document document = fragment(RENDERER, minimal().addBody(Paragraph.of(outer)).build());
    List<Element> links = document.select(".nm-body a");
    assertEquals(1, links.size());
    assertEquals("outer inner", links.get(0).text());
  }

  // Settings

  @Test
  void startsHeadingsAtTheGivenLevel() {
    Article article = minimal().addBody(Heading.of(2, "Two"), Heading.of(6, "Six")).build();
    Document document = fragment(RENDERER.withHeadingLevel(2), article);
    assertEquals("Headline", document.selectFirst("h2.nm-headline").text());
    assertEquals("Two", document.selectFirst(".nm-body h3").text());
    assertEquals("Six", document.selectFirst(".nm-body h6").text());
    assertEquals(0, document.select("h1").size());
  }

  @Test
  void includesTheStylesheetInPagesOnly() {
    assertFalse(RENDERER.renderFragment(REFERENCE).contains("<style"));
    assertTrue(RENDERER.renderPage(REFERENCE).contains("<style>\n" + RENDERER.stylesheet() + "</style>"));
    assertFalse(RENDERER.withStylesheet(false).renderPage(REFERENCE).contains("<style"));
    assertTrue(RENDERER.stylesheet().contains("prefers-color-scheme: dark"));
  }

  @Test
  void prefixesClassesInOutputAndStylesheet() {
    HtmlRenderer portal = RENDERER.withClassPrefix("kn-");
    Document document = Jsoup.parse(portal.renderPage(REFERENCE));
    assertEquals(1, document.select("article.kn-article").size());
    assertEquals(0, document.select("[class^=nm-]").size());
    assertTrue(portal.stylesheet().contains(".kn-article"));
    assertFalse(portal.stylesheet().contains(".nm-"));
  }

  @Test
  void writesThePageHead() {
    Article article = REFERENCE.withCanonicalUrl(URI.create("https://www.eng.kavkaz-uzel.eu/articles/55655/"))
        .withAlternates(Alternate.of(RUSSIAN, URI.create("https://www.kavkaz-uzel.eu/articles/362386/")));
    Document document = Jsoup.parse(RENDERER.renderPage(article));
    assertEquals(ReferenceArticle.HEADLINE, document.title());
    assertEquals("https://www.eng.kavkaz-uzel.eu/articles/55655/", document.selectFirst("link[rel=canonical]").attr("href"));
    assertEquals("https://www.kavkaz-uzel.eu/articles/362386/",
        document.selectFirst("link[rel=alternate][hreflang=ru]").attr("href"));
    assertEquals(1, document.select("link[rel=alternate][hreflang=en]").size());
    assertEquals("article", document.selectFirst("meta[property=og:type]").attr("content"));
    assertEquals("2021-04-06T17:45:00+03:00", document.selectFirst("meta[property=article:published_time]").attr("content"));
    assertTrue(document.selectFirst("meta[name=description]").attr("content").startsWith("While demining"));
    String json = document.selectFirst("script[type=application/ld+json]").data();
    assertTrue(json.startsWith("{\"@context\":\"https://schema.org\",\"@type\":\"NewsArticle\""), json);
    assertEquals(0, document.select("meta[name=robots]").size());
    assertEquals("noindex", Jsoup.parse(RENDERER.renderPage(REFERENCE.withStatus(Article.Status.WITHDRAWN)))
        .selectFirst("meta[name=robots]").attr("content"));
  }

  @Test
  void letsPortalsReplaceOneComponent() {
    HtmlRenderer portal = RENDERER.withComponent(Slot.DISCLAIMER, (disclaimer, context) -> {
      HtmlWriter out = context.html();
      out.open("div").classes("portal-notice").attribute("data-kind", disclaimer.kind().name());
      context.renderDefault(disclaimer);
      out.close();
    });
    Document document = fragment(portal, REFERENCE);
    Element wrapper = document.selectFirst("div.nm-portal-notice");
    assertEquals("LEGAL", wrapper.attr("data-kind"));
    assertEquals(ReferenceArticle.FOREIGN_AGENT_NOTICE, wrapper.selectFirst("aside p").text());
    assertEquals(1, document.select("figure.nm-lead-image").size(), "other parts keep their default");
  }

  @Test
  void refusesComponentsThatLeaveElementsOpen() {
    HtmlRenderer broken = RENDERER.withComponent(Slot.LEAD_IMAGE, (image, context) -> context.html().open("div"));
    assertThrows(IllegalStateException.class, () -> broken.renderFragment(REFERENCE));
  }

  @Test
  void usesReplacedPhrases() {
    HtmlRenderer ours = RENDERER.withPhrases(Phrases.english()
        .with(Phrase.SOURCE_TRANSLATION_OF, "Translated from {outlet}[ ({language})]."));
    assertEquals("Translated from Caucasian Knot (in Russian).",
        fragment(ours, REFERENCE).selectFirst(".nm-source-translation-of").text());
  }

  @Test
  void marksPhrasesInAnotherLanguageThanTheArticle() {
    Document document = fragment(RENDERER.withLocale(RUSSIAN), REFERENCE);
    Element times = document.selectFirst(".nm-times");
    assertEquals("ru", times.attr("lang"));
    assertEquals("6 апреля 2021, 17:45 МСК", times.text());
    assertEquals("en", document.selectFirst(".nm-teaser-headline").attr("lang"));
  }

  @Test
  void rendersNewsListsWithHeadingAndTeasers() {
    Document document = Jsoup.parseBodyFragment(RENDERER.withHeadingLevel(2).renderNewsList(Fixtures.newsList()));
    assertEquals("All news", document.selectFirst("h2.nm-news-list-heading").text());
    List<Element> items = document.select("li.nm-teaser");
    assertEquals(3, items.size());
    assertEquals("November 15, 2024, 23:07 MSK", items.get(0).selectFirst("time").text());
    assertEquals(3, document.select("h3.nm-teaser-headline").size());
    assertEquals("Все новости", Jsoup.parseBodyFragment(RENDERER.withLocale(RUSSIAN).renderNewsList(List.of()))
        .selectFirst("h1").text());
  }

  @Test
  void writesTheSameToAnAppendableAsToAString() throws IOException {
    StringBuilder fragment = new StringBuilder();
    RENDERER.renderFragment(REFERENCE, fragment);
    StringBuilder page = new StringBuilder();
    RENDERER.renderPage(REFERENCE, page);
    StringBuilder list = new StringBuilder();
    RENDERER.renderNewsList(Fixtures.newsList(), list);
    assertEquals(RENDERER.renderFragment(REFERENCE), fragment.toString());
    assertEquals(RENDERER.renderPage(REFERENCE), page.toString());
    assertEquals(RENDERER.renderNewsList(Fixtures.newsList()), list.toString());
  }

  @Test
  void describesItsSettings() {
    assertEquals("HtmlRenderer[readerZone=none, locale=article, classPrefix=nm-, headingLevel=1, stylesheet=true,"
        + " imageLoading=LAZY, imageSizes=(min-width: 48rem) 48rem, 100vw, phrases=[], components=[]]",
        RENDERER.toString());
    HtmlRenderer changed = RENDERER.withReaderZone(ZoneId.of("Asia/Baku")).withLocale(RUSSIAN)
        .withPhrases(Phrases.russian()).withComponent(Slot.IMAGE, (image, context) -> context.renderDefault(image));
    assertNotSame(RENDERER, changed);
    assertEquals("HtmlRenderer[readerZone=Asia/Baku, locale=ru, classPrefix=nm-, headingLevel=1, stylesheet=true,"
        + " imageLoading=LAZY, imageSizes=(min-width: 48rem) 48rem, 100vw, phrases=[ru], components=[IMAGE]]",
        changed.toString());
    assertTrue(RENDERER.toString().contains("readerZone=none"), "defaults unchanged");
  }

  @ParameterizedTest
  @ValueSource(ints = {0, -1, 7, 100})
  void refusesHeadingLevelsOutsideOneToSix(int level) {
    assertThrows(IllegalArgumentException.class, () -> RENDERER.withHeadingLevel(level));
  }

  @ParameterizedTest
  @ValueSource(strings = {"1x", "a b", "\"><script>", "-x", "x.y", "é"})
  void refusesMalformedClassPrefixes(String prefix) {
    assertThrows(IllegalArgumentException.class, () -> RENDERER.withClassPrefix(prefix));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", " ", "50vw\n100vw"})
  void refusesBlankOrMultiLineImageSizes(String sizes) {
    assertThrows(IllegalArgumentException.class, () -> RENDERER.withImageSizes(sizes));
  }

  @Test
  void refusesALocaleWithoutLanguage() {
    assertThrows(IllegalArgumentException.class, () -> RENDERER.withLocale(Locale.ROOT));
  }
}
