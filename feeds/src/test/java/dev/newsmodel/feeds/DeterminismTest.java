package dev.newsmodel.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsmodel.html.HtmlRenderer;
import java.util.List;
import java.util.Locale;
import java.util.TimeZone;
import org.junit.jupiter.api.Test;

/** The same input gives the same text under any default locale and zone: nothing reads the machine's. */
class DeterminismTest {
  @Test
  void theBytesDoNotDependOnTheDefaultLocaleOrZone() {
    FeedWriter writer = FeedWriter.defaults().withContent(HtmlRenderer.defaults());
    Locale locale = Locale.getDefault();
    TimeZone zone = TimeZone.getDefault();
    try {
      List<String> first = null;
      for (String[] setting : new String[][] {{"tr-TR", "Pacific/Chatham"}, {"ar-SA", "Asia/Riyadh"},
          {"th-TH-u-nu-thai", "Asia/Bangkok"}, {"en-US", "America/Los_Angeles"}, {"ja-JP-u-ca-japanese", "UTC"}}) {
        Locale.setDefault(Locale.forLanguageTag(setting[0]));
        TimeZone.setDefault(TimeZone.getTimeZone(setting[1]));
        List<String> texts = List.of(
            writer.rss(FeedFixtures.feed(), FeedFixtures.entries()).orElseThrow(),
            writer.atom(FeedFixtures.feed(), FeedFixtures.entries()).orElseThrow(),
            writer.jsonFeed(FeedFixtures.feed(), FeedFixtures.entries()).orElseThrow());
        if (first == null) {
          first = texts;
        } else {
          assertEquals(first, texts, "under " + setting[0] + " " + setting[1]);
        }
      }
    } finally {
      Locale.setDefault(locale);
      TimeZone.setDefault(zone);
    }
  }
}
