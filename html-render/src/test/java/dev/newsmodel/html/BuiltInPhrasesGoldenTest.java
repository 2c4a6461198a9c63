package dev.newsmodel.html;

import dev.newsmodel.testing.Golden;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every built-in phrase set, listed whole against a golden file: each template, the date and time
 * patterns, the language names and the pinned zone abbreviations. The files were written from the
 * tables as they stood in code, so they pin what the built-in sets say wherever they are kept.
 */
class BuiltInPhrasesGoldenTest {
  @Test
  void englishPhrasesMatchGolden() {
    Golden.assertMatches(golden("phrases-en.txt"), listing(Phrases.english()));
  }

  @Test
  void russianPhrasesMatchGolden() {
    Golden.assertMatches(golden("phrases-ru.txt"), listing(Phrases.russian()));
  }

  /** One line per entry, {@code kind key: value}, in a fixed order. */
  static String listing(Phrases phrases) {
    StringBuilder out = new StringBuilder();
    out.append("language: ").append(phrases.language().toLanguageTag()).append('\n');
    out.append("date pattern: ").append(phrases.datePattern()).append('\n');
    out.append("time pattern: ").append(phrases.timePattern()).append('\n');
    for (Phrase phrase : Phrase.values()) {
      out.append("phrase ").append(phrase.name()).append(": ").append(phrases.get(phrase)).append('\n');
    }
    for (Map.Entry<String, String> name : phrases.languageNames().entrySet()) {
      out.append("language name ").append(name.getKey()).append(": ").append(name.getValue()).append('\n');
    }
    for (Map.Entry<String, String> zone : phrases.zoneAbbreviations().entrySet()) {
      out.append("zone abbreviation ").append(zone.getKey()).append(": ").append(zone.getValue()).append('\n');
    }
    return out.toString().replace(" \n", "\u2423\n");
  }

  private static Path golden(String name) {
    return Path.of("src", "test", "resources", "golden", name);
  }
}
