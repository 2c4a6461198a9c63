package dev.newsmodel.htmlimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsmodel.core.Image;
import dev.newsmodel.core.ImageRendition;
import dev.newsmodel.core.body.Block;
import dev.newsmodel.core.body.Emphasis;
import dev.newsmodel.core.body.Heading;
import dev.newsmodel.core.body.ImageBlock;
import dev.newsmodel.core.body.LanguageSpan;
import dev.newsmodel.core.body.LineBreak;
import dev.newsmodel.core.body.Link;
import dev.newsmodel.core.body.ListBlock;
import dev.newsmodel.core.body.ListItem;
import dev.newsmodel.core.body.Paragraph;
import dev.newsmodel.core.body.Quote;
import dev.newsmodel.core.body.Strong;
import dev.newsmodel.core.body.Text;
import dev.newsmodel.core.convert.Conversion;
import dev.newsmodel.core.convert.ConversionCode;
import dev.newsmodel.core.convert.ConversionProblem;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class HtmlImportTest {
  private static final URI BASE = URI.create("https://www.eng.kavkaz-uzel.eu/articles/");
  private static final Locale RU = Locale.forLanguageTag("ru");

  private static List<Block> blocks(String html) {
    return HtmlImport.defaults().blocks(html, BASE).orElseThrow();
  }

  private static List<String> codes(Conversion<?> c) {
    return c.problems().stream().map(p -> p.code().code() + " " + p.location()).collect(Collectors.toList());
  }

  @Test
  void readsParagraphsWithMarksAndLinks() {
    assertEquals(List.of(Paragraph.of(Text.of("In "), Emphasis.of("late"), Text.of(" March, "), Strong.of("two"),
        Text.of(" "), Link.of(URI.create("https://caliber.az/x"), "missiles"), Text.of(" were found."))),
        blocks("<p>In <i>late</i> March,\n  <b>two</b> <a href='https://caliber.az/x'>missiles</a> were found.</p>"));
  }

  @Test
  void collapsesWhitespaceAsABrowserDoes() {
    assertEquals(List.of(Paragraph.of(Text.of("a "), Emphasis.of("b"), Text.of(" c"), LineBreak.instance(),
        Text.of("d"))), blocks("<p>  a  <em>b</em>   c   <br>   d   </p>"));
    assertEquals(List.of(Paragraph.of(Text.of("a"), Emphasis.of(" b"))), blocks("<p>a<em> \n b </em></p>"));
  }

  @Test
  void decodesEntities() {
    assertEquals(List.of(Paragraph.of("x<y & \"z\" \u00a0€")), blocks("<p>x&lt;y &amp; &quot;z&quot; &nbsp;&euro;</p>"));
  }

  @Test
  void wrapsStrayInlineTextInParagraphs() {
    assertEquals(List.of(Paragraph.of(Text.of("stray "), Strong.of("bold")), Heading.of(2, "Title"),
        Paragraph.of("after")), blocks("stray <b>bold</b><h2>Title</h2>after"));
  }

  @Test
  void readsHeadingLevelsAndReportsH1() {
    Conversion<List<Block>> c = HtmlImport.defaults().blocks("<h1>One</h1><h3>Three</h3><h6>Six</h6>");
    assertEquals(List.of(Heading.of(2, "One"), Heading.of(3, "Three"), Heading.of(6, "Six")), c.orElseThrow());
    assertEquals(List.of("html.heading-level body > h1[1]"), codes(c));
  }

  @Test
  void readsListsAndJoinsParagraphsInsideItems() {
    Conversion<List<Block>> c = HtmlImport.defaults().blocks(
        "<ol><li>one<li><p>two</p><p>three</p></li></ol><ul><li>a</li></ul>");
    assertEquals(List.of(ListBlock.ordered(ListItem.of("one"), ListItem.of(Text.of("two"), LineBreak.instance(),
        Text.of("three"))), ListBlock.unordered(ListItem.of("a"))), c.orElseThrow());
    assertEquals(List.of("html.merged body > ol[1] > li[2]"), codes(c));
  }

  @Test
  void readsNestedListAsJoinedText() {
    Conversion<List<Block>> c = HtmlImport.defaults().blocks("<ul><li>a<ul><li>b</li></ul></li></ul>");
    assertEquals(List.of(ListBlock.unordered(ListItem.of(Text.of("a"), LineBreak.instance(), Text.of("b")))),
        c.orElseThrow());
    assertEquals(List.of("html.merged body > ul[1] > li[1]"), codes(c));
  }

  @Test
  void readsQuotesWithCiteLanguageAndFigureAttribution() {
    assertEquals(List.of(Quote.builder().addContent(Text.of("Мы не знаем.")).language(RU)
        .citeUrl(URI.create("https://www.kavkaz-uzel.eu/q")).attribution("Ilham Ismail").build()),
        blocks("<figure><blockquote lang=ru cite='https://www.kavkaz-uzel.eu/q'><p>Мы не знаем.</p></blockquote>"
            + "<figcaption>— <cite>Ilham Ismail</cite></figcaption></figure>"));
    assertEquals(List.of(Quote.builder().addContent(Text.of("x")).build()), blocks("<blockquote>x</blockquote>"));
  }

  @Test
  void readsFiguresAsImagesWithCaptions() {
    Image image = Image.builder().url(URI.create("https://upload.wikimedia.org/i.jpg")).alt("An Iskander")
        .caption("The \"Iskander\"\nin Yerevan.").width(640).height(480)
        .addRenditions(ImageRendition.of(URI.create("https://www.eng.kavkaz-uzel.eu/articles/i-320.jpg"), 320))
        .build();
    assertEquals(List.of(ImageBlock.of(image)), blocks("<figure><img src='https://upload.wikimedia.org/i.jpg' "
        + "alt='An Iskander' width=640 height=480 srcset='i-320.jpg 320w' loading=lazy>"
        + "<figcaption>The \"Iskander\"<br>in   Yerevan.</figcaption></figure>"));
  }

  @Test
  void imageWithEmptyAltIsDecorativeAndWithoutAltIsReported() {
    assertEquals(List.of(ImageBlock.of(Image.builder().url(URI.create("https://example.org/a.png")).decorative(true)
        .build())), blocks("<img src='https://example.org/a.png' alt=''>"));
    Conversion<List<Block>> c = HtmlImport.defaults().blocks("<p>x<img src='https://example.org/a.png'></p>");
    assertEquals(List.of(Paragraph.of("x")), c.orElseThrow());
    assertEquals(List.of("input.missing body > p[1] > img[1]"), codes(c));
  }

  @Test
  void imageInsideParagraphSplitsIt() {
    assertEquals(List.of(Paragraph.of(Text.of("before "), Emphasis.of("x")),
        ImageBlock.of(Image.of(URI.create("https://example.org/a.png"), "A")), Paragraph.of(Emphasis.of("y"),
            Text.of(" after"))),
        blocks("<p>before <em>x<img src='https://example.org/a.png' alt=A>y</em> after</p>"));
  }

  @Test
  void readsLanguageSpansAndQ() {
    Conversion<List<Block>> c = HtmlImport.defaults().withLanguage(Locale.ENGLISH).blocks(
        "<p>The notice <span lang=ru>ИНОАГЕНТ <span lang=ru>x</span></span>, <q lang=az>salam</q>, "
            + "<span lang=en>same</span>.</p>");
    assertEquals(List.of(Paragraph.of(Text.of("The notice "), LanguageSpan.of(RU, "ИНОАГЕНТ x"), Text.of(", "),
        LanguageSpan.of(Locale.forLanguageTag("az"), "salam"), Text.of(", same."))), c.orElseThrow());
    assertEquals(List.of(), codes(c));
  }

  @Test
  void paragraphInAnotherLanguageIsASpan() {
    assertEquals(List.of(Paragraph.of(LanguageSpan.of(RU, "текст"))),
        HtmlImport.defaults().withLanguage(Locale.ENGLISH).blocks("<div lang=ru><p>текст</p></div>").orElseThrow());
  }

  @Test
  void resolvesRelativeUrlsAgainstTheBase() {
    assertEquals(List.of(Paragraph.of(Link.of(URI.create("https://www.eng.kavkaz-uzel.eu/ru/news/1"), "orig"))),
        blocks("<p><a href='../ru/news/1'>orig</a></p>"));
  }

  @Test
  void reportsRelativeUrlsWithoutBase() {
    Conversion<List<Block>> c = HtmlImport.defaults().blocks("<p><a href='/ru/news/1'>orig</a></p>");
    assertEquals(List.of(Paragraph.of("orig")), c.orElseThrow());
    assertEquals(List.of("url.relative body > p[1] > a[1] @href"), codes(c));
  }

  @Test
  void keepsTableTextAsParagraphs() {
    Conversion<List<Block>> c = HtmlImport.defaults().blocks(
        "<table><caption>Losses</caption><tr><th>Side</th><td>12 <b>tanks</b></td></tr></table>");
    assertEquals(List.of(Paragraph.of("Losses"), Paragraph.of("Side"), Paragraph.of(Text.of("12 "), Strong.of("tanks"))),
        c.orElseThrow());
    assertEquals(List.of("html.unsupported-element body > table[1]"), codes(c));
  }

  @Test
  void reportsUnsupportedAttributesOncePerName() {
    Conversion<List<Block>> c = HtmlImport.defaults().blocks("<p class=a>x</p><p class=b id=c>y</p>");
    List<ConversionProblem> p = c.problems();
    assertEquals(2, p.size());
    assertEquals("warning html.unsupported-attribute body > p[1] @class: The attribute 'class' has no place in the "
        + "model and was not carried over (on 2 elements; this is the first).", p.get(0).toString());
    assertEquals("body > p[2] @id", p.get(1).location());
  }

  @Test
  void removesCharactersNoModelTextMayHold() {
    Conversion<List<Block>> c = HtmlImport.defaults().blocks("<p>a\u0001b&#x85;c\uFFFFd</p>");
    assertEquals(List.of(Paragraph.of("ab\u2026cd")), c.orElseThrow());
    assertTrue(codes(c).contains("input.invalid body > p[1]"), codes(c).toString());
  }

  @Test
  void refusesInputOverTheLimit() {
    Conversion<List<Block>> c = HtmlImport.defaults().withMaxInputLength(10).blocks("<p>0123456789</p>");
    assertFalse(c.succeeded());
    assertEquals(ConversionCode.INPUT_LIMIT, c.problems().get(0).code());
  }

  @Test
  void readsDeepNestingAsTextBeyondTheLimit() {
    String html = "<p>" + "<em>".repeat(50) + "deep" + "</em>".repeat(50) + "</p>";
    Conversion<List<Block>> c = HtmlImport.defaults().withMaxDepth(10).blocks(html);
    List<Block> blocks = c.orElseThrow();
    assertEquals(1, blocks.size());
    assertEquals("deep", ((Paragraph) blocks.get(0)).plainText());
    assertEquals(1, c.problems().stream().filter(p -> p.code() == ConversionCode.INPUT_LIMIT).count());
  }

  @Test
  void survivesVeryDeepNestingWithDefaults() {
    String html = "<div>".repeat(100_000) + "x";
    Conversion<List<Block>> c = HtmlImport.defaults().blocks(html);
    assertEquals(List.of(Paragraph.of("x")), c.orElseThrow());
  }

  @Test
  void refusesABaseThatIsNotAWebUrl() {
    assertThrows(IllegalArgumentException.class,
        () -> HtmlImport.defaults().blocks("<p>x</p>", URI.create("javascript:alert(1)")));
    assertThrows(IllegalArgumentException.class, () -> HtmlImport.defaults().blocks("<p>x</p>", URI.create("/rel")));
  }

  @Test
  void emptyInputGivesNoBlocks() {
    assertEquals(List.of(), blocks(""));
    assertEquals(List.of(), blocks("  <p> </p> <br> "));
  }

  @Test
  void toStringShowsSettings() {
    assertEquals("HtmlImport{maxInputLength=4194304, maxDepth=128}", HtmlImport.defaults().toString());
  }
}
