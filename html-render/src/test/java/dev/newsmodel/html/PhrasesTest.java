package dev.newsmodel.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhrasesTest {
  @Test
  void picksRussianForRussianAndEnglishForOtherLanguages() {
    assertSame(Phrases.russian(), Phrases.builtIn(Locale.forLanguageTag("ru-RU")));
    assertSame(Phrases.english(), Phrases.builtIn(Locale.forLanguageTag("en-GB")));
    assertSame(Phrases.english(), Phrases.builtIn(Locale.forLanguageTag("de")));
  }

  @ParameterizedTest
  @EnumSource(Phrase.class)
  void everyBuiltInPhraseUsesOnlyItsPlaceholders(Phrase phrase) {
    for (Phrases phrases : new Phrases[] {Phrases.english(), Phrases.russian()}) {
      String template = phrases.get(phrase);
      assertEquals(phrases.get(phrase), phrases.with(phrase, template).get(phrase), template);
    }
  }

  @Test
  void replacesOnePhraseAndKeepsTheOriginal() {
    Phrases ours = Phrases.english().with(Phrase.BYLINE, "Reporting by {names}");
    assertEquals("Reporting by {names}", ours.get(Phrase.BYLINE));
    assertEquals("By {names}", Phrases.english().get(Phrase.BYLINE));
  }

  @ParameterizedTest
  @ValueSource(strings = {"By {author}", "By {names", "By names}", "[By {names}", "By] {names}", "[[x]] {names}",
      "By {}", "By {Names!}"})
  void refusesMalformedTemplatesAndUnknownPlaceholders(String template) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Phrases.english().with(Phrase.BYLINE, template));
    assertTrue(e.getMessage().contains(template), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"MMMM d, uuuu {", "bbb", "'unclosed"})
  void refusesInvalidPatterns(String pattern) {
    assertThrows(IllegalArgumentException.class, () -> Phrases.english().withPatterns(pattern, "HH:mm"));
  }

  @Test
  void refusesALanguageWithoutLanguageSubtag() {
    assertThrows(IllegalArgumentException.class, () -> Phrases.english().withLanguage(Locale.ROOT));
  }

  @Test
  void describesItself() {
    assertEquals("Phrases[ru, date 'd MMMM uuuu', time 'HH:mm']", Phrases.russian().toString());
  }
}
