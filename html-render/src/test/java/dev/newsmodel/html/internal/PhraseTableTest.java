package dev.newsmodel.html.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.newsmodel.html.Phrase;
import java.io.IOException;
import java.io.StringReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PhraseTableTest {
  /** A complete table: every phrase, both patterns. */
  private static String complete() {
    StringBuilder text = new StringBuilder("date.pattern = d MMMM uuuu\ntime.pattern = HH:mm\n");
    for (Phrase phrase : Phrase.values()) {
      text.append(phrase.name()).append(" = x\n");
    }
    return text.toString();
  }

  @ParameterizedTest
  @ValueSource(strings = {"en", "ru"})
  void everyBuiltInSetHasEveryPhraseAndBothPatterns(String language) {
    PhraseTable table = PhraseTable.builtIn(language);
    assertEquals(Phrase.values().length, table.templates().size());
    assertEquals("HH:mm", table.timePattern());
  }

  @Test
  void keepsSpacesWrittenAsEscapesAndReadsUtf8() {
    PhraseTable table = PhraseTable.builtIn("ru");
    assertEquals(" и ", table.templates().get(Phrase.LIST_LAST_SEPARATOR));
    assertEquals("МСК", table.zoneAbbreviations().get("Europe/Moscow"));
    assertEquals("на иврите", table.languageNames().get("he"));
  }

  @Test
  void refusesAKeyGivenTwice() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> PhraseTable.read("t.properties", new StringReader(complete() + "BYLINE = again\n")));
    assertEquals("t.properties: the key 'BYLINE' is given twice", e.getMessage());
  }

  @Test
  void refusesAnUnknownKey() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> PhraseTable.read("t.properties", new StringReader(complete() + "BYLNE = typo\n")));
    assertEquals("t.properties: the key 'BYLNE' is not a phrase (such as BYLINE), date.pattern, time.pattern,"
        + " language.<tag> or zone.<zone id>", e.getMessage());
  }

  @Test
  void refusesAMissingPhraseOrPattern() throws IOException {
    String withoutByline = complete().replace("BYLINE = x\n", "");
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> PhraseTable.read("t.properties", new StringReader(withoutByline)));
    assertEquals("t.properties lacks the phrase BYLINE", e.getMessage());
    String withoutDate = complete().replace("date.pattern = d MMMM uuuu\n", "");
    e = assertThrows(IllegalStateException.class, () -> PhraseTable.read("t.properties", new StringReader(withoutDate)));
    assertEquals("t.properties lacks date.pattern", e.getMessage());
    assertEquals("x", PhraseTable.read("t.properties", new StringReader(complete())).templates().get(Phrase.BYLINE));
  }
}
