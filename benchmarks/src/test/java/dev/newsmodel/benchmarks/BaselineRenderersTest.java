package dev.newsmodel.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsmodel.benchmarks.baseline.JteRenderer;
import dev.newsmodel.benchmarks.baseline.StringBuilderRenderer;
import dev.newsmodel.core.Article;
import dev.newsmodel.html.HtmlRenderer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The render benchmark compares equal work only if the baselines write what newsmodel writes: the
 * StringBuilder writer byte for byte, the jte template up to the line breaks between tags (jte's
 * control structures place them differently; the benchmark articles have none in their text).
 */
class BaselineRenderersTest {
  private static final JteRenderer JTE = new JteRenderer();

  static String withoutLineBreaks(String html) {
    return html.replace("\n", "");
  }

  @ParameterizedTest
  @ValueSource(strings = {"reference", "large"})
  void stringBuilderWritesNewsmodelsMarkupByteForByte(String name) {
    Article article = Articles.byName(name);
    assertEquals(HtmlRenderer.defaults().renderFragment(article), StringBuilderRenderer.render(article));
  }

  @ParameterizedTest
  @ValueSource(strings = {"reference", "large"})
  void jteWritesNewsmodelsMarkup(String name) {
    Article article = Articles.byName(name);
    assertEquals(withoutLineBreaks(HtmlRenderer.defaults().renderFragment(article)),
        withoutLineBreaks(JTE.render(article)));
  }

  @Test
  void escapeTextAndAttributesByContext() {
    String html = JTE.render(LargeArticle.article());
    assertFalse(html.contains("<still>"), "text reached the markup unescaped");
    assertTrue(html.contains("&lt;still&gt;"), "< and > in text");
    assertTrue(html.contains("capital &amp; abroad"), "& in text");
    assertTrue(html.contains("?from=feature&amp;part="), "& in an attribute");
    assertTrue(html.contains("aria-label=\"Editor&#39;s note\""), "' in an attribute");
    assertTrue(html.contains("Photo: Oleg O'Neill / Example News"), "' stays in text");
    assertTrue(html.contains("<span lang=\"ru\">«Шуша́-ка́мень»</span>"), "foreign span");
  }
}
