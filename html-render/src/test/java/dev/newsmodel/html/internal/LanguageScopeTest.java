package dev.newsmodel.html.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.newsmodel.html.Phrase;
import java.io.IOException;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

@SuppressWarnings("try")
class LanguageScopeTest {
  private static final Locale GERMAN = Locale.GERMAN;
  private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

  private static LanguageScope scope(StringBuilder out) {
    PhraseTable table = PhraseTable.builtIn("en");
    Map<Phrase, Template> templates = new EnumMap<>(Phrase.class);
    table.templates().forEach((phrase, text) -> templates.put(phrase, Template.parse(text)));
    PhraseBook english = new PhraseBook(Locale.ENGLISH, templates, table.datePattern(), table.timePattern(),
        table.languageNames(), table.zoneAbbreviations());
    return new LanguageScope(new Markup(out), english, GERMAN);
  }

  @Test
  void restoresTheOuterLanguageWhenEachScopeCloses() {
    LanguageScope scope = scope(new StringBuilder());
    assertEquals(GERMAN, scope.current());
    try (LanguageScope.Entered quote = scope.enter(RUSSIAN)) {
      assertEquals(RUSSIAN, scope.current());
      try (LanguageScope.Entered composed = scope.enterComposed()) {
        assertEquals(Locale.ENGLISH, scope.current(), "the phrases' language, as it differs");
        try (LanguageScope.Entered again = scope.enterComposed()) {
          assertEquals(Locale.ENGLISH, scope.current(), "already in force");
        }
      }
      assertEquals(RUSSIAN, scope.current());
    }
    assertEquals(GERMAN, scope.current());
    assertEquals(GERMAN, scope.content());
  }

  @Test
  void restoresTheOuterLanguageWhenTheBlockFails() {
    LanguageScope scope = scope(new StringBuilder());
    assertThrows(IOException.class, () -> {
      try (LanguageScope.Entered quote = scope.enter(RUSSIAN)) {
        throw new IOException("output failed");
      }
    });
    assertEquals(GERMAN, scope.current());
  }

  @Test
  void nestsDeeperThanItsFirstArray() {
    LanguageScope scope = scope(new StringBuilder());
    nest(scope, 20);
    assertEquals(GERMAN, scope.current());
  }

  private static void nest(LanguageScope scope, int levels) {
    if (levels == 0) {
      return;
    }
    Locale language = Locale.forLanguageTag(levels % 2 == 0 ? "ru" : "fr");
    try (LanguageScope.Entered level = scope.enter(language)) {
      nest(scope, levels - 1);
      assertEquals(language, scope.current());
    }
  }

  @Test
  void marksComposedTextOnlyWhereThePhrasesLanguageDiffers() throws IOException {
    StringBuilder out = new StringBuilder();
    LanguageScope scope = scope(out);
    scope.composed(Phrase.CREDIT, () -> out.append("Anna"));
    try (LanguageScope.Entered english = scope.enter(Locale.forLanguageTag("en-GB"))) {
      scope.composed(Phrase.CREDIT, () -> out.append("Anna"));
    }
    assertEquals("<span lang=\"en\">Photo: Anna</span>Photo: Anna", out.toString());
  }
}
