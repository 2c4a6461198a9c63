package dev.newsmodel.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;
import static org.quicktheories.QuickTheory.qt;

import dev.newsmodel.core.Article;
import dev.newsmodel.core.Attribution;
import dev.newsmodel.core.Byline;
import dev.newsmodel.core.Contributor;
import dev.newsmodel.core.Correction;
import dev.newsmodel.core.Dateline;
import dev.newsmodel.core.Image;
import dev.newsmodel.core.License;
import dev.newsmodel.core.Rights;
import dev.newsmodel.core.SourceReference;
import dev.newsmodel.core.body.ImageBlock;
import dev.newsmodel.core.body.Paragraph;
import dev.newsmodel.core.body.Quote;
import dev.newsmodel.testing.ModelGenerators;
import dev.newsmodel.testing.ReferenceArticle;
import java.net.URI;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Model text inside the renderer's own words is bidi-isolated: a right-to-left override, embedding,
 * isolate or mark in a name, or right-to-left letters, cannot reorder the words around it
 * ("By Alice boB dna Alice"). Every run of such text inside a composed part (byline, dateline,
 * figure caption and credit, source note, correction, quote attribution, rights) either sits in an
 * isolating element ({@code <bdi>}, or any element with {@code dir}) below the part, or is the
 * part's only text.
 */
class BidiIsolationTest {
  private static final HtmlRenderer RENDERER = HtmlRenderer.defaults();
  private static final ZonedDateTime MOSCOW = ZonedDateTime.of(2021, 4, 6, 17, 45, 0, 0, ZoneId.of("Europe/Moscow"));

  /** The parts where the renderer composes its words around model text, by their class. */
  private static final List<String> COMPOSED = List.of("nm-byline", "nm-dateline", "nm-figcaption", "nm-source",
      "nm-correction", "nm-quote-attribution", "nm-rights", "nm-times");

  /** Elements that start a bidi paragraph of their own. */
  private static final Set<String> BLOCKS = Set.of("p", "li", "figcaption", "aside", "div", "article", "section",
      "header", "footer", "figure", "blockquote", "ul", "ol", "body", "h1", "h2", "h3", "h4", "h5", "h6");

  /** Characters that change the order of the text around them, and right-to-left letters. */
  private static boolean directional(String text) {
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      byte d = Character.getDirectionality(c);
      if ((c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F
          || c == 0x061C || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT
          || d == Character.DIRECTIONALITY_RIGHT_TO_LEFT_ARABIC) {
        return true;
      }
      i += Character.charCount(c);
    }
    return false;
  }

  static Stream<String> hostileNames() {
    return Stream.of("boB dna \u202E", "\u202Eecilä", "\u202BBob\u202C", "\u2067Bob", "\u200FBob", "Bob\u2069\u202E",
        "\u202D\u202E\u2066\u2067\u2068x", "\u061CBob", "שלום Bob", "علي");
  }

  /** An article with the hostile text in every field the renderer embeds in its words. */
  private static Article articleWith(String h) {
    Contributor linked = Contributor.builder().name("A" + h).role(Contributor.Role.CORRESPONDENT)
        .jobTitle("J" + h).affiliation("F" + h).url(URI.create("https://example.com/a")).build();
    Contributor plain = Contributor.builder().name("B" + h).role(Contributor.Role.PHOTOGRAPHER)
        .affiliation("G" + h).build();
    License license = License.builder().name("L" + h).url(URI.create("https://example.com/licence")).build();
    Image credited = Image.builder().url(URI.create("https://example.com/a.jpg")).alt("a").caption("C" + h)
        .attribution(Attribution.builder().creator("P" + h).copyrightHolder("H" + h).license(license).build())
        .build();
    Image lined = Image.builder().url(URI.create("https://example.com/b.jpg")).alt("b")
        .attribution(Attribution.builder().creditLine("K" + h).copyrightNotice("N" + h)
            .license(License.builder().name("M" + h).build()).build())
        .build();
    return ReferenceArticle.article()
        .withBylines(Byline.of(linked, plain), Byline.of(Contributor.of("S" + h, Contributor.Role.AUTHOR)))
        .withDateline(Dateline.of("D" + h, MOSCOW))
        .withLeadImage(credited)
        .withBody(Paragraph.of("text"), ImageBlock.of(lined), Quote.of("q", "Q" + h))
        .withSources(
            SourceReference.builder().relation(SourceReference.Relation.BASED_ON).outlet("O" + h).title("T" + h)
                .url(URI.create("https://example.com/o")).published(MOSCOW).build(),
            SourceReference.builder().relation(SourceReference.Relation.SYNDICATED_FROM).outlet("U" + h)
                .language(Locale.forLanguageTag("ar")).build(),
            SourceReference.builder().relation(SourceReference.Relation.CITES).outlet("V" + h).title("W" + h).build())
        .withCorrections(Correction.of(MOSCOW.plusDays(1), Correction.Kind.CORRECTION, "X" + h))
        .withRights(Rights.builder().copyrightHolder("R" + h).license(license).build());
  }

  @ParameterizedTest
  @MethodSource("hostileNames")
  void everyModelRunInTheRenderersWordsIsIsolated(String hostile) {
    Article article = articleWith(hostile);
    String page = RENDERER.renderPage(article);
    int runs = assertIsolated(Jsoup.parse(page));
    // 23 fields hold the text; each must have been found, or the check proved nothing.
    assertEquals(23, runs, "directional runs in composed parts");
    assertEquals(runs, assertIsolated(Jsoup.parseBodyFragment(RENDERER.renderFragment(article))));
    assertEquals(runs, assertIsolated(Jsoup.parseBodyFragment(
        RENDERER.withLocale(Locale.forLanguageTag("ru")).renderFragment(article))));
    assertEquals(List.of(), NuChecker.get().errors(page), page);
  }

  @Test
  void theOrdinaryRenderingWouldFailTheCheck() {
    // The check must be able to fail: the same words without isolation are caught.
    Document unisolated = Jsoup.parseBodyFragment("<p class=\"nm-byline\">By <span class=\"nm-contributor\">"
        + "Alice\u202E</span> and <span class=\"nm-contributor\">Bob</span></p>");
    try {
      assertIsolated(unisolated);
    } catch (AssertionError expected) {
      return;
    }
    fail("an unisolated override was not found");
  }

  @Test
  void generatedHostileArticlesIsolateTheirComposedText() {
    qt().withFixedSeed(0x202E2067L).withExamples(150).forAll(ModelGenerators.hostile().articles())
        .checkAssert(article -> assertIsolated(Jsoup.parse(RENDERER.renderPage(article))));
  }

  /** Checks every directional run in the composed parts and returns how many there were. */
  private static int assertIsolated(Document document) {
    int runs = 0;
    for (String part : COMPOSED) {
      for (Element container : document.getElementsByClass(part)) {
        for (TextNode text : allText(container)) {
          if (!directional(text.getWholeText())) {
            continue;
          }
          runs++;
          if (!isolatedBelow(text, container) && !aloneInItsBlock(text)) {
            fail("a directional run '" + text.getWholeText() + "' shares its bidi paragraph with the renderer's "
                + "words, not isolated: " + container.outerHtml());
          }
        }
      }
    }
    return runs;
  }

  private static List<TextNode> allText(Element element) {
    return element.stream().flatMap(e -> e.textNodes().stream()).filter(t -> t.parent() != null).distinct()
        .toList();
  }

  /** Whether an element between the text and the composed part (the part excluded) isolates it. */
  private static boolean isolatedBelow(TextNode text, Element container) {
    for (Node n = text.parent(); n != null && n != container; n = n.parent()) {
      Element e = (Element) n;
      if (BLOCKS.contains(e.normalName())) {
        return false;
      }
      if (e.normalName().equals("bdi") || e.hasAttr("dir")) {
        return true;
      }
    }
    return false;
  }

  /** Whether the text is all the text of its bidi paragraph, so that it reorders nothing else. */
  private static boolean aloneInItsBlock(TextNode text) {
    Node n = text.parent();
    while (n instanceof Element e && !BLOCKS.contains(e.normalName())) {
      n = e.parent();
    }
    return n instanceof Element block && block.wholeText().equals(text.getWholeText());
  }
}
