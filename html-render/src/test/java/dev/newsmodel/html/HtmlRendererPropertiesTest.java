package dev.newsmodel.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.newsmodel.core.Article;
import dev.newsmodel.core.Teaser;
import dev.newsmodel.testing.ModelGenerators;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * Properties of rendering any article: hostile text in every field never becomes an element,
 * attribute or URL the content did not ask for; generated articles pass the Nu HTML Checker.
 */
class HtmlRendererPropertiesTest {
  private static final ModelGenerators HOSTILE = ModelGenerators.hostile();
  private static final ModelGenerators STANDARD = ModelGenerators.standard();
  private static final HtmlRenderer RENDERER = HtmlRenderer.defaults();

  /** Every element the renderer writes in a fragment or list; jsoup adds html, head and body. */
  private static final Set<String> BODY_ELEMENTS = Set.of(
      "html", "head", "body", "article", "header", "footer", "aside", "section", "div", "p", "span", "h1", "h2",
      "h3", "h4", "h5", "h6", "time", "figure", "figcaption", "img", "a", "em", "strong", "br", "blockquote",
      "ul", "ol", "li", "cite", "main", "bdi");

  private static final Set<String> HEAD_ELEMENTS = Set.of("title", "meta", "link", "script", "style");

  private static final Set<String> BODY_ATTRIBUTES = Set.of(
      "class", "lang", "dir", "datetime", "href", "src", "alt", "width", "height", "srcset", "sizes", "loading",
      "decoding", "rel", "title", "aria-label", "cite");

  private static final Set<String> HEAD_ATTRIBUTES = Set.of(
      "charset", "name", "content", "property", "hreflang", "type", "rel", "href", "lang", "dir");

  private static final Set<String> URL_PROPERTIES = Set.of("og:url", "og:image");

  @Test
  void hostileTextNeverBecomesMarkupInPages() {
    qt().withFixedSeed(20210406L).withExamples(150).forAll(HOSTILE.articles()).checkAssert(article -> {
      String page = RENDERER.renderPage(article);
      Document document = Jsoup.parse(page);
      ContentUrls content = ContentUrls.of(article);
      assertOnlyRequestedMarkup(document, content, true);
      assertHeadlineIntact(document, article);
      List<Element> scripts = document.select("script");
      assertEquals(1, scripts.size(), "one JSON-LD script");
      assertEquals("application/ld+json", scripts.get(0).attr("type"));
      String json = scripts.get(0).data();
      assertFalse(json.toLowerCase(Locale.ROOT).contains("</script"), json);
      assertFalse(json.contains("<!--"), json);
      assertEquals(1, document.select("style").size(), "the stylesheet");
      assertEquals(article.headline(), document.selectFirst("title").wholeText(), "title");
    });
  }

  @Test
  void hostileTextNeverBecomesMarkupInFragmentsWithAnySettings() {
    HtmlRenderer portal = RENDERER.withClassPrefix("portal-").withHeadingLevel(3).withLocale(Locale.forLanguageTag("ru"))
        .withReaderZone(java.time.ZoneId.of("Asia/Tokyo")).withImageLoading(ImageLoading.EAGER);
    qt().withFixedSeed(7_2024L).withExamples(150).forAll(HOSTILE.articles()).checkAssert(article -> {
      Document document = Jsoup.parseBodyFragment(portal.renderFragment(article));
      assertOnlyRequestedMarkup(document, ContentUrls.of(article), false);
      assertEquals(0, document.select("h1, h2, script, style").size(), "no h1/h2 below level 3, no script");
      for (Element element : document.getAllElements()) {
        for (String name : element.classNames()) {
          assertTrue(name.startsWith("portal-"), name);
        }
      }
    });
  }

  @Test
  void hostileTextNeverBecomesMarkupInNewsLists() {
    qt().withFixedSeed(15112024L).withExamples(150).forAll(HOSTILE.teasers()).checkAssert(teaser -> {
      List<Teaser> teasers = List.of(teaser, teaser);
      Document document = Jsoup.parseBodyFragment(RENDERER.renderNewsList(teasers));
      assertOnlyRequestedMarkup(document, ContentUrls.of(teasers), false);
      for (Element headline : document.select(".nm-teaser-headline")) {
        assertEquals(collapse(teaser.headline()), headline.text());
      }
    });
  }

  @Test
  void generatedArticlesPassTheNuChecker() {
    NuChecker checker = NuChecker.get();
    qt().withFixedSeed(42L).withExamples(40).forAll(STANDARD.articles()).checkAssert(article ->
        assertEquals(List.of(), checker.errors(RENDERER.renderPage(article)), () -> RENDERER.renderPage(article)));
  }

  @Test
  void hostileArticlesPassTheNuChecker() {
    NuChecker checker = NuChecker.get();
    qt().withFixedSeed(666L).withExamples(40).forAll(HOSTILE.articles()).checkAssert(article ->
        assertEquals(List.of(), checker.errors(RENDERER.renderPage(article)), () -> RENDERER.renderPage(article)));
  }

  @Test
  void generatedNewsListsPassTheNuChecker() {
    NuChecker checker = NuChecker.get();
    qt().withFixedSeed(99L).withExamples(20).forAll(HOSTILE.teasers(), STANDARD.teasers()).checkAssert((a, b) -> {
      String list = RENDERER.renderNewsList(List.of(a, b));
      assertEquals(List.of(), checker.fragmentErrors(list, "en"), list);
    });
  }

  private static void assertOnlyRequestedMarkup(Document document, ContentUrls content, boolean page) {
    int images = 0;
    int emphases = 0;
    int quotes = 0;
    for (Element element : document.getAllElements()) {
      String tag = element.normalName();
      if (tag.equals("#root")) {
        continue;
      }
      boolean inHead = page && element.parents().stream().anyMatch(e -> e.normalName().equals("head"));
      boolean allowed = BODY_ELEMENTS.contains(tag) || inHead && HEAD_ELEMENTS.contains(tag);
      assertTrue(allowed, () -> "unexpected element <" + tag + ">: " + element.outerHtml());
      for (Attribute attribute : element.attributes()) {
        String name = attribute.getKey();
        assertTrue(inHead ? HEAD_ATTRIBUTES.contains(name) : BODY_ATTRIBUTES.contains(name),
            () -> "unexpected attribute " + name + " on " + element.outerHtml());
      }
      for (String name : List.of("href", "src", "cite")) {
        if (element.hasAttr(name)) {
          String url = element.attr(name);
          assertTrue(content.urls.contains(url), () -> "URL not in the content: " + url + " in " + element);
        }
      }
      if (element.hasAttr("srcset")) {
        for (String candidate : element.attr("srcset").split(", ")) {
          String url = candidate.substring(0, candidate.lastIndexOf(' '));
          assertTrue(content.urls.contains(url), () -> "srcset URL not in the content: " + url);
        }
      }
      if (tag.equals("meta") && URL_PROPERTIES.contains(element.attr("property"))) {
        assertTrue(content.urls.contains(element.attr("content")), element::toString);
      }
      images += tag.equals("img") ? 1 : 0;
      emphases += tag.equals("em") ? 1 : 0;
      quotes += tag.equals("blockquote") ? 1 : 0;
    }
    assertEquals(content.images, images, "img elements");
    assertEquals(content.emphases, emphases, "em elements");
    assertEquals(content.quotes, quotes, "blockquote elements");
  }

  private static void assertHeadlineIntact(Document document, Article article) {
    List<Element> headlines = document.select("h1");
    assertEquals(1, headlines.size(), "one h1");
    assertEquals(article.headline(), headlines.get(0).wholeText());
  }

  /** Whitespace as jsoup's text() leaves it. */
  private static String collapse(String text) {
    return Jsoup.parse("<p>" + org.owasp.encoder.Encode.forHtmlContent(text)).selectFirst("p").text();
  }
}
