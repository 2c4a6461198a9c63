package dev.newsmodel.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsmodel.core.InvalidValueException;
import dev.newsmodel.core.Rfc9557;
import dev.newsmodel.core.Teaser;
import dev.newsmodel.core.convert.Conversion;
import dev.newsmodel.core.convert.ConversionCode;
import dev.newsmodel.core.convert.ConversionProblem;
import dev.newsmodel.feeds.internal.Problems;
import dev.newsmodel.feeds.internal.Xml;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.owasp.encoder.Encode;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every code point the model accepts in a text survives all three formats, read back by the JDK's XML
 * parser and by Jackson; every code point XML 1.0 cannot carry is refused by the model already; and the
 * writer's own check refuses one that arrives anyway, naming it.
 */
class XmlCharactersTest {
  private static final ZonedDateTime TIME = Rfc9557.parse("2021-04-06T02:24:00+03:00[Europe/Moscow]");
  private static final Feed FEED = FeedFixtures.feed();
  /** The code points a text (Teaser.summary) may hold, found by asking the model about each one. */
  private static final List<Integer> ACCEPTED = new ArrayList<>();

  @BeforeAll
  static void askTheModelAboutEveryCodePoint() {
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      try {
        Teaser.builder().headline("h").published(TIME).summary("x" + new String(Character.toChars(cp))).build();
        ACCEPTED.add(cp);
      } catch (InvalidValueException refused) {
        // refused by the model: it can never reach a feed
      }
    }
  }

  private static boolean xml10Char(int cp) {
    return cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF) || (cp >= 0xE000 && cp <= 0xFFFD)
        || (cp >= 0x10000 && cp <= 0x10FFFF);
  }

  @Test
  void theModelRefusesEveryCodePointXml10CannotCarry() {
    for (int cp : ACCEPTED) {
      assertTrue(xml10Char(cp), () -> String.format(Locale.ROOT, "the model accepts U+%04X, which XML 1.0 cannot carry", cp));
    }
    // And it accepts nearly everything else: all but the C1 controls, DEL, the 66 noncharacters and the surrogates.
    assertEquals(0x110000 - 0x20 + 3 - 33 - 66 - 2048, ACCEPTED.size());
  }

  @Test
  void everyAcceptedCodePointComesBackFromEveryFormat() throws Exception {
    List<FeedEntry> entries = new ArrayList<>();
    List<String> summaries = new ArrayList<>();
    StringBuilder chunk = new StringBuilder("x");
    for (int i = 0; i < ACCEPTED.size(); i++) {
      chunk.appendCodePoint(ACCEPTED.get(i));
      if (chunk.length() >= 4000 || i == ACCEPTED.size() - 1) {
        String summary = chunk.toString();
        summaries.add(summary);
        entries.add(FeedEntry.of(Teaser.builder().headline("h" + entries.size()).published(TIME).summary(summary)
            .url(URI.create("https://example.com/" + entries.size())).build()));
        chunk = new StringBuilder("x");
      }
    }
    Document rss = parse(FeedWriter.defaults().rss(FEED, entries).orElseThrow());
    Document atom = parse(FeedWriter.defaults().atom(FEED, entries).orElseThrow());
    JsonNode json = JsonMapper.builder().build().readTree(FeedWriter.defaults().jsonFeed(FEED, entries).orElseThrow());
    NodeList descriptions = rss.getElementsByTagName("description");
    NodeList atomSummaries = atom.getElementsByTagName("summary");
    for (int i = 0; i < summaries.size(); i++) {
      String summary = summaries.get(i);
      // The channel's description comes first.
      assertEquals(Encode.forHtmlContent(summary), descriptions.item(i + 1).getTextContent(), "RSS chunk " + i);
      assertEquals(summary, atomSummaries.item(i).getTextContent(), "Atom chunk " + i);
      assertEquals(summary, json.get("items").get(i).get("summary").asString(), "JSON Feed chunk " + i);
    }
  }

  @Test
  void aCarriageReturnIsWrittenAsAReferenceSoThatItComesBack() throws Exception {
    Teaser teaser = Teaser.builder().headline("h").published(TIME).summary("one\r\ntwo\rthree")
        .url(URI.create("https://example.com/")).build();
    String atom = FeedWriter.defaults().atom(FEED, List.of(FeedEntry.of(teaser))).orElseThrow();
    assertTrue(atom.contains("one&#13;\ntwo&#13;three"), atom);
    assertEquals("one\r\ntwo\rthree", parse(atom).getElementsByTagName("summary").item(0).getTextContent());
  }

  @Test
  void aTabInAnAttributeIsWrittenAsASpaceWithAWarning() throws Exception {
    var article = FeedFixtures.arabic().withKeywords("Zangezur\tcorridor");
    Conversion<String> atom = FeedWriter.defaults().atom(FEED, List.of(FeedEntry.of(article)));
    Element category = (Element) parse(atom.orElseThrow()).getElementsByTagName("category").item(1);
    assertEquals("Zangezur corridor", category.getAttribute("term"));
    assertTrue(atom.problems().contains(ConversionProblem.warning(ConversionCode.FEED_ATTRIBUTE_WHITESPACE,
        "entries[0].keywords", "The text 'Zangezur\tcorridor' is written in the attribute term, where XML reads a tab as "
            + "a space: it was written with spaces")), atom.problems().toString());
    // RSS carries categories as element text: the tab stays.
    String rss = FeedWriter.defaults().rss(FEED, List.of(FeedEntry.of(article))).orElseThrow();
    assertEquals("Zangezur\tcorridor", parse(rss).getElementsByTagName("category").item(1).getTextContent());
  }

  @Test
  void theWriterRefusesACharacterXmlCannotCarryNamingIt() {
    Xml xml = new Xml(new Problems()).at("entries[3].headline");
    Problems.Refusal refusal = assertThrows(Problems.Refusal.class, () -> xml.start("title").text("bell\u0007"));
    assertEquals(ConversionProblem.error(ConversionCode.FEED_UNWRITABLE_CHARACTER, "entries[3].headline",
        "The text 'bell\\u0007' holds U+0007 at index 4, which XML 1.0 cannot carry"), refusal.problem());
    Problems.Refusal lone = assertThrows(Problems.Refusal.class,
        () -> new Xml(new Problems()).start("title").attribute("term", "x\uD800"));
    assertEquals("The text 'x\\uD800' holds U+D800 at index 1, which XML 1.0 cannot carry", lone.problem().message());
    assertThrows(Problems.Refusal.class, () -> new Xml(new Problems()).start("title").text("\uFFFE"));
    assertFalse(assertThrows(Problems.Refusal.class, () -> new Xml(new Problems()).start("t").text("\uDC00x"))
        .problem().message().isEmpty());
  }

  static Document parse(String xml) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newDefaultInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }
}
