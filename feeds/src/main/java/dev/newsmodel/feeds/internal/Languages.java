package dev.newsmodel.feeds.internal;

import java.util.Locale;
import java.util.Set;

/**
 * Text direction for {@code dir}, the same rule as html-render's (its rule is internal there; the
 * test {@code DirectionTest} holds this one to what the renderer writes for every language the JDK
 * knows): right to left for Arabic, Hebrew, Persian, Urdu and the other languages and scripts below.
 */
public final class Languages {
  private static final Set<String> RTL_LANGUAGES = Set.of(
      "ar", "arc", "ckb", "dv", "fa", "he", "iw", "ks", "ku", "ps", "sd", "syr", "ug", "ur", "yi");

  private static final Set<String> RTL_SCRIPTS = Set.of(
      "Adlm", "Arab", "Hebr", "Mand", "Mend", "Nkoo", "Rohg", "Samr", "Syrc", "Thaa");

  private static final Set<String> LTR_SCRIPTS_OF_RTL_LANGUAGES = Set.of("Latn", "Cyrl");

  private Languages() {}

  /**
   * Returns whether text in the language is written right to left, such as Arabic or Hebrew.
   *
   * @param language the language
   * @return true for a right-to-left language or script
   */
  public static boolean rightToLeft(Locale language) {
    String script = language.getScript();
    if (!script.isEmpty()) {
      if (RTL_SCRIPTS.contains(script)) {
        return true;
      }
      if (LTR_SCRIPTS_OF_RTL_LANGUAGES.contains(script)) {
        return false;
      }
    }
    return RTL_LANGUAGES.contains(language.getLanguage());
  }

  /**
   * Returns whether two languages are the same BCP 47 tag, ignoring case.
   *
   * @param a a language
   * @param b another
   * @return true if their tags are equal
   */
  public static boolean same(Locale a, Locale b) {
    return a.toLanguageTag().equalsIgnoreCase(b.toLanguageTag());
  }
}
