package dev.newsmodel.html;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsmodel.testing.Golden;
import dev.newsmodel.testing.ReferenceArticle;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * The reference article (fragment and page) and a news list against golden files under
 * {@code src/test/resources/golden/}; the W3C Nu HTML Checker finds no error in them; and the output
 * does not change with the default locale or zone. Regenerate the files with
 * {@code -Dnewsmodel.golden.update=true}.
 */
class HtmlRendererGoldenTest {
  private static final HtmlRenderer RENDERER = HtmlRenderer.defaults();

  @Test
  void referenceFragmentMatchesGolden() {
    Golden.assertMatches(golden("reference-fragment.html"), RENDERER.renderFragment(ReferenceArticle.article()));
  }

  @Test
  void referencePageMatchesGolden() {
    Golden.assertMatches(golden("reference-page.html"), RENDERER.renderPage(ReferenceArticle.article()));
  }

  @Test
  void newsListMatchesGolden() {
    Golden.assertMatches(golden("news-list.html"), RENDERER.renderNewsList(Fixtures.newsList()));
  }

  @Test
  void russianPhrasesFragmentMatchesGolden() {
    Golden.assertMatches(golden("reference-fragment-ru-phrases.html"),
        RENDERER.withLocale(Locale.forLanguageTag("ru")).renderFragment(ReferenceArticle.article()));
  }

  @Test
  void goldenFilesHaveNoNuCheckerErrors() {
    NuChecker checker = NuChecker.get();
    assertEquals(List.of(), checker.fragmentErrors(Golden.read(golden("reference-fragment.html")), "en"), "fragment");
    assertEquals(List.of(), checker.errors(Golden.read(golden("reference-page.html"))), "page");
    assertEquals(List.of(), checker.fragmentErrors(Golden.read(golden("news-list.html")), "en"), "news list");
    assertEquals(List.of(), checker.fragmentErrors(Golden.read(golden("reference-fragment-ru-phrases.html")), "en"),
        "fragment with Russian phrases");
  }

  @Test
  void nuCheckerReportsInvalidHtml() {
    // The checker must be able to fail, or the test above proves nothing.
    List<String> errors = NuChecker.get().fragmentErrors("<p><div>x</p><img>", "en");
    assertEquals(true, errors.size() >= 2, errors.toString());
  }

  @Test
  void outputIsTheSameInAnyDefaultLocaleAndZone() {
    String fragment = RENDERER.renderFragment(ReferenceArticle.article());
    String page = RENDERER.renderPage(ReferenceArticle.article());
    String list = RENDERER.renderNewsList(Fixtures.newsList());
    for (String tag : List.of("ar-EG", "hi-IN", "th-TH-u-nu-thai", "ja-JP-u-ca-japanese", "ru-RU")) {
      for (String zone : List.of("America/Los_Angeles", "Asia/Kathmandu", "UTC")) {
        Locale locale = Locale.forLanguageTag(tag);
        assertEquals(fragment, underDefaults(locale, zone, () -> RENDERER.renderFragment(ReferenceArticle.article())),
            tag + " " + zone);
        assertEquals(page, underDefaults(locale, zone, () -> RENDERER.renderPage(ReferenceArticle.article())),
            tag + " " + zone);
        assertEquals(list, underDefaults(locale, zone, () -> RENDERER.renderNewsList(Fixtures.newsList())),
            tag + " " + zone);
      }
    }
  }

  private static String underDefaults(Locale locale, String zone, Supplier<String> render) {
    Locale savedLocale = Locale.getDefault();
    TimeZone savedZone = TimeZone.getDefault();
    try {
      Locale.setDefault(locale);
      TimeZone.setDefault(TimeZone.getTimeZone(zone));
      return render.get();
    } finally {
      Locale.setDefault(savedLocale);
      TimeZone.setDefault(savedZone);
    }
  }

  private static Path golden(String name) {
    return Path.of("src", "test", "resources", "golden", name);
  }
}
