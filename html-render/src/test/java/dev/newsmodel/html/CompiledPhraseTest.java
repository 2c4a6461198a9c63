package dev.newsmodel.html;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.newsmodel.html.internal.CompiledPhrase;
import dev.newsmodel.html.internal.Template;
import org.junit.jupiter.api.Test;

class CompiledPhraseTest {
  @Test
  void numbersPlaceholdersByThePhrasesOrderAndEncodesLiteralsOnce() {
    Template template = Template.parse("<b>{outlet}</b> & co[ “{title}” {date}][ {language}]");
    CompiledPhrase compiled = new CompiledPhrase(Phrase.SOURCE_CITES, template);
    CompiledPhrase.Step[] steps = compiled.steps;
    assertEquals(5, compiled.fills);
    assertEquals(5, steps.length);
    assertEquals("&lt;b&gt;", steps[0].markup);
    assertEquals(1, steps[1].fill); // outlet is the second of language, outlet, title, date, time
    assertEquals("&lt;/b&gt; &amp; co", steps[2].markup);
    assertNull(steps[3].markup);
    assertArrayEquals(new int[] {2, 3}, steps[3].needs);
    assertEquals(" “", steps[3].group[0].markup);
    assertEquals(2, steps[3].group[1].fill);
    assertArrayEquals(new int[] {0}, steps[4].needs);
    // The plain text is the literals outside groups, not encoded: it is written through the encoder.
    assertEquals("<b></b> & co", compiled.plain);
  }

  @Test
  void everyBuiltInPhraseCompiles() {
    for (Phrases phrases : new Phrases[] {Phrases.english(), Phrases.russian()}) {
      for (Phrase phrase : Phrase.values()) {
        assertEquals(phrase.placeholders().size(), phrases.book().compiled(phrase).fills, phrase.name());
      }
    }
    assertEquals(", ", Phrases.english().book().compiled(Phrase.LIST_SEPARATOR).plain);
    assertEquals("Исправления", Phrases.russian().book().compiled(Phrase.CORRECTIONS_HEADING).plain);
  }
}
