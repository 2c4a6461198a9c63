package dev.newsmodel.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsmodel.core.Article;
import dev.newsmodel.core.InvalidValueException;
import dev.newsmodel.core.body.Paragraph;
import dev.newsmodel.html.internal.Languages;
import dev.newsmodel.html.HtmlRenderer;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * {@code xml:lang} and {@code dir}: an entry in another language than the feed's says so, and says its
 * direction where it differs; the direction rule is the renderer's, held to what the renderer writes.
 */
class DirectionTest {
  @Test
  void theDirectionRuleIsTheRenderersForEveryLanguageTheJdkKnows() {
    Set<String> tags = new TreeSet<>();
    Arrays.stream(Locale.getAvailableLocales()).map(Locale::toLanguageTag).forEach(tags::add);
    tags.addAll(List.of("ar", "he", "iw", "fa", "ur", "ps", "sd", "ug", "yi", "dv", "ckb", "syr", "az-Arab",
        "ku-Latn", "sd-Deva", "pa-Arab", "uz-Arab", "ks-Arab", "en-Hebr", "ar-Latn", "tg-Cyrl"));
    int checked = 0;
    for (String tag : tags) {
      Locale language = Locale.forLanguageTag(tag);
      Article article;
      try {
        article = FeedFixtures.arabic().withLanguage(language).withBody(Paragraph.of("x"));
      } catch (InvalidValueException notALanguage) {
        continue; // "und" and the like: no article can have it
      }
      String html = HtmlRenderer.defaults().renderFragment(article);
      String root = html.substring(0, html.indexOf('>'));
      assertEquals(root.contains("dir=\"rtl\""), Languages.rightToLeft(language), tag + ": " + root);
      checked++;
    }
    assertTrue(checked > 500, "only " + checked + " languages checked");
  }

  @ParameterizedTest
  @EnumSource(value = FeedFormat.class, names = {"RSS", "ATOM"})
  void anEnglishEntryInAnArabicFeedIsMarkedLeftToRight(FeedFormat format) throws Exception {
    Feed arabic = Feed.builder().title("أخبار").homePage(URI.create("https://example.com/ar/"))
        .feedUrl(URI.create("https://example.com/ar/feed.xml")).language(Locale.forLanguageTag("ar"))
        .author(dev.newsmodel.core.Organization.of("Caucasian Knot", FeedFixtures.HOME)).build();
    String xml = FeedWriter.defaults().write(format, arabic,
        List.of(FeedEntry.of(FeedFixtures.arabic()), FeedEntry.of(FeedFixtures.reference()))).orElseThrow();
    var doc = XmlCharactersTest.parse(xml);
    var entries = doc.getElementsByTagName(format == FeedFormat.RSS ? "item" : "entry");
    var first = (org.w3c.dom.Element) entries.item(0);
    var second = (org.w3c.dom.Element) entries.item(1);
    assertEquals("", first.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang"), xml);
    assertEquals("", first.getAttribute("dir"), xml);
    assertEquals("en", second.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang"), xml);
    assertEquals("ltr", second.getAttribute("dir"), xml);
    if (format == FeedFormat.ATOM) {
      assertEquals("rtl", doc.getDocumentElement().getAttribute("dir"), xml);
    }
  }

  @Test
  void jsonFeedNamesTheLanguageOfAnEntryThatDiffers() {
    String json = FeedWriter.defaults().jsonFeed(FeedFixtures.feed(), FeedFixtures.entries()).orElseThrow();
    assertTrue(json.contains("\"language\": \"ar\""), json);
    assertTrue(json.contains("\"language\": \"ru\""), json);
    assertEquals(3, json.split("\"language\": ").length - 1, json); // the feed's, the Arabic and the Russian entry's
  }
}
