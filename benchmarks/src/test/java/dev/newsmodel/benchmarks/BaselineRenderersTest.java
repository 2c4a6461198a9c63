package dev.newsmodel.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsmodel.benchmarks.baseline.JteRenderer;
import dev.newsmodel.benchmarks.baseline.StringBuilderRenderer;
import dev.newsmodel.core.Article;
import dev.newsmodel.core.body.ImageBlock;
import dev.newsmodel.core.body.ListBlock;
import dev.newsmodel.core.body.Paragraph;
import dev.newsmodel.core.body.Quote;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BaselineRenderersTest {
  private static final JteRenderer JTE = new JteRenderer();

  /**
   * Markup compared without line breaks, which templates place between tags differently; the
   * benchmark articles hold none in their text.
   */
  static String normalized(String html) {
    return html.replace("\n", "");
  }

  @ParameterizedTest
  @ValueSource(strings = {"reference", "large"})
  void jteAndStringBuilderWriteTheSameMarkup(String name) {
    Article article = Articles.byName(name);
    assertEquals(normalized(JTE.render(article)), normalized(StringBuilderRenderer.render(article)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"reference", "large"})
  void writeAnElementForEveryPartOfTheModel(String name) {
    Article article = Articles.byName(name);
    String html = JTE.render(article);
    long paragraphs = article.body().stream().filter(b -> b instanceof Paragraph).count();
    long quotes = article.body().stream().filter(b -> b instanceof Quote).count();
    long summaries = article.related().stream().filter(t -> t.summary().isPresent()).count();
    assertEquals(paragraphs + quotes + summaries, count(html, "<p>"));
    long images = article.body().stream().filter(b -> b instanceof ImageBlock).count();
    assertEquals(images + (article.leadImage().isPresent() ? 1 : 0), count(html, "<figure>"));
    long items = article.body().stream().filter(b -> b instanceof ListBlock)
        .mapToLong(b -> ((ListBlock) b).items().size()).sum();
    assertEquals(article.related().size() + items, count(html, "<li>"));
    assertEquals(article.sources().size(), count(html, "<p class=\"source\">"));
    assertEquals(article.disclaimers().size(), count(html, "<p class=\"disclaimer\""));
    assertTrue(html.startsWith("<article lang=\"en\">"), html);
  }

  @Test
  void escapeTextAndAttributesByContext() {
    String html = JTE.render(LargeArticle.article());
    assertFalse(html.contains("<still>"), "text reached the markup unescaped");
    assertTrue(html.contains("&lt;still&gt;"), "< and > in text");
    assertTrue(html.contains("capital &amp; abroad"), "& in text");
    assertTrue(html.contains("?from=feature&amp;part="), "& in an attribute");
    assertTrue(html.contains("<small>Photo: Oleg O'Neill / Example News</small>"), "' stays in text");
    assertTrue(html.contains("<figcaption>A clearance team near Shusha &amp; the road to the \"old bridge\"."),
        "\" stays in text");
    assertTrue(html.contains("<span lang=\"ru\">«Шуша́-ка́мень»</span>"), "foreign span");
  }

  private static long count(String text, String part) {
    long n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }
}
