package dev.newsmodel.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsmodel.core.Article;
import dev.newsmodel.core.Byline;
import dev.newsmodel.core.Contributor;
import dev.newsmodel.core.Correction;
import dev.newsmodel.core.Dateline;
import dev.newsmodel.core.Image;
import dev.newsmodel.core.Rfc9557;
import dev.newsmodel.core.body.ImageBlock;
import dev.newsmodel.core.body.Paragraph;
import dev.newsmodel.core.body.Quote;
import dev.newsmodel.html.internal.DefaultComponents;
import dev.newsmodel.html.internal.RenderSettings;
import dev.newsmodel.testing.ReferenceArticle;
import java.net.URI;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The renderer's settings are one value: copies change one setting, and equal settings render alike. */
class RendererSettingsTest {
  private static final HtmlRenderer DEFAULTS = HtmlRenderer.defaults();
  private static final Component<Image> KEEP = (image, context) -> context.renderDefault(image);

  /** Every setting of a value, in a fixed order. */
  private static List<Object> fields(RenderSettings s) {
    return List.of(s.readerZone(), s.locale(), s.classPrefix(), s.headingLevel(), s.stylesheet(), s.imageLoading(),
        s.imageSizes(), s.phrases(), s.components());
  }

  @Test
  void eachWithChangesOneSettingAndLeavesTheOriginal() {
    List<Object> before = fields(DEFAULTS.settings());
    List<HtmlRenderer> copies = List.of(
        DEFAULTS.withReaderZone(ZoneId.of("Asia/Baku")),
        DEFAULTS.withLocale(Locale.forLanguageTag("ru")),
        DEFAULTS.withClassPrefix("kn-"),
        DEFAULTS.withHeadingLevel(2),
        DEFAULTS.withStylesheet(false),
        DEFAULTS.withImageLoading(ImageLoading.EAGER),
        DEFAULTS.withImageSizes("50vw"),
        DEFAULTS.withPhrases(Phrases.russian()),
        DEFAULTS.withComponent(Slot.IMAGE, KEEP));
    for (int i = 0; i < copies.size(); i++) {
      List<Object> after = fields(copies.get(i).settings());
      List<Integer> changed = new ArrayList<>();
      for (int f = 0; f < before.size(); f++) {
        if (!before.get(f).equals(after.get(f))) {
          changed.add(f);
        }
      }
      assertEquals(List.of(i), changed, copies.get(i).toString());
    }
    assertEquals(before, fields(DEFAULTS.settings()), "the defaults are unchanged");
    assertEquals(fields(DEFAULTS.settings()), fields(RenderSettings.defaults()));
  }

  @Test
  void equalSettingsAreEqualValuesAndRenderTheSame() {
    HtmlRenderer one = DEFAULTS.withHeadingLevel(2).withClassPrefix("kn-").withComponent(Slot.IMAGE, KEEP);
    HtmlRenderer other = DEFAULTS.withComponent(Slot.IMAGE, KEEP).withClassPrefix("kn-").withHeadingLevel(2);
    assertEquals(one.settings(), other.settings());
    assertEquals(one.settings().hashCode(), other.settings().hashCode());
    assertEquals(one.renderPage(ReferenceArticle.article()), other.renderPage(ReferenceArticle.article()));
    assertEquals(one.stylesheet(), other.stylesheet());

    HtmlRenderer back = DEFAULTS.withHeadingLevel(3).withHeadingLevel(1).withReaderZone(ZoneId.of("UTC"))
        .withoutReaderZone().withClassPrefix("x-").withClassPrefix("nm-");
    assertEquals(DEFAULTS.settings(), back.settings());
    assertEquals(DEFAULTS.renderPage(ReferenceArticle.article()), back.renderPage(ReferenceArticle.article()));
    assertNotEquals(DEFAULTS.settings(), one.settings());
  }

  @Test
  void everySlotHasADefaultThatAComponentCanWrap() {
    Article article = ReferenceArticle.article()
        .withBylines(Byline.of(Contributor.of("Anna Ivanova", Contributor.Role.CORRESPONDENT)))
        .withDateline(Dateline.of("SHUSHA", Rfc9557.parse("2021-04-06T23:50:00+04:00[Asia/Baku]")))
        .withBody(Paragraph.of("Text."), Quote.of("A quotation.", "Someone"),
            ImageBlock.of(Image.builder().url(URI.create("https://example.com/a.jpg")).alt("A picture").build()))
        .withCorrections(Correction.of(Rfc9557.parse("2021-04-07T10:00:00+03:00[Europe/Moscow]"),
            Correction.Kind.CORRECTION, "An earlier version misspelt Shusha."));
    for (Slot<?> slot : Slot.ALL) {
      assertTrue(DefaultComponents.hasDefault(slot), slot.name());
      String html = probed(slot).renderFragment(article);
      String probe = "<span class=\"nm-probe\">";
      int at = html.indexOf(probe);
      assertTrue(at >= 0, slot + ": the component was not called");
      String inside = html.substring(at + probe.length());
      assertTrue(inside.startsWith("<") && !inside.startsWith("</span>"), slot + ": the default wrote nothing");
    }
  }

  private static <T> HtmlRenderer probed(Slot<T> slot) {
    return DEFAULTS.withComponent(slot, (value, context) -> {
      context.html().open("span").classes("probe");
      context.renderDefault(value);
      context.html().close();
    });
  }
}
