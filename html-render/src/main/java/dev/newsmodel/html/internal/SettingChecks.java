package dev.newsmodel.html.internal;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The checks a setting passes when it is made, so that a renderer or phrase set that was built
 * renders every article: {@code Phrases.withPatterns} prints sample times before it returns,
 * {@code HtmlRenderer.withImageSizes} refuses a line break. Each check throws
 * {@link IllegalArgumentException} with a message that names the setting, such as
 * {@code Phrases date pattern}.
 */
public final class SettingChecks {
  private SettingChecks() {}

  /** The pattern letters of {@link DateTimeFormatter} in Java 17; later JDKs add others, such as 'g'. */
  private static final String JDK17_LETTERS = "GuyDMLdQqYwWEecFaBhKkHmsSAnNVvzOXxZp";

  /**
   * Times every pattern must print: the first and last years a model time has, a time with
   * nanoseconds in a zone with daylight saving time, and a zone whose offset is not whole hours.
   */
  private static final List<ZonedDateTime> SAMPLES = List.of(
      ZonedDateTime.of(2021, 4, 6, 17, 45, 30, 123_456_789, ZoneId.of("Europe/Moscow")),
      ZonedDateTime.of(2021, 7, 4, 0, 5, 0, 0, ZoneId.of("America/New_York")),
      ZonedDateTime.of(1, 1, 2, 0, 0, 0, 0, ZoneOffset.UTC),
      ZonedDateTime.of(9999, 12, 30, 23, 59, 59, 0, ZoneId.of("Asia/Kathmandu")));

  /**
   * Requires one line of text for a setting: not blank, and without control characters (tab
   * included), line or paragraph separators, unpaired surrogates or noncharacters.
   *
   * @param setting the setting, such as {@code HtmlRenderer image sizes}
   * @param value the value, not null
   * @throws IllegalArgumentException if the value is not such a line
   */
  public static void oneLine(String setting, String value) {
    if (value.isBlank()) {
      throw new IllegalArgumentException(setting + " must not be blank");
    }
    characters(setting, value);
  }

  /**
   * Requires text without control characters, line or paragraph separators, unpaired surrogates
   * or noncharacters; it may be empty or blank.
   *
   * @param setting the setting, such as {@code Phrase BYLINE template}
   * @param value the value, not null
   * @throws IllegalArgumentException if the value holds such a character
   */
  public static void characters(String setting, String value) {
    for (int i = 0; i < value.length(); ) {
      int c = value.codePointAt(i);
      String what = null;
      if (Character.isISOControl(c)) {
        what = "a control character";
      } else if (c == 0x2028 || c == 0x2029) {
        what = "a line break";
      } else if (c >= Character.MIN_SURROGATE && c <= Character.MAX_SURROGATE) {
        what = "an unpaired surrogate";
      } else if ((c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE) {
        what = "a noncharacter";
      }
      if (what != null) {
        throw new IllegalArgumentException(String.format(Locale.ROOT,
            "%s must be one line of text, without %s (U+%04X at index %d)", setting, what, c, i));
      }
      i += Character.charCount(c);
    }
  }

  /**
   * Requires a date or time pattern that prints: valid {@link DateTimeFormatter} pattern letters
   * known to every supported JDK, printing one line of text for sample times from year 1 to 9999.
   *
   * @param setting the setting, such as {@code Phrases date pattern}
   * @param pattern the pattern, not null
   * @param language the language the pattern is read in, not null
   * @throws IllegalArgumentException if the pattern is invalid or cannot print a sample
   */
  public static void pattern(String setting, String pattern, Locale language) {
    oneLine(setting, pattern);
    boolean quoted = false;
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c == '\'') {
        quoted = !quoted;
      } else if (!quoted && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) && JDK17_LETTERS.indexOf(c) < 0) {
        throw new IllegalArgumentException(setting + " '" + pattern + "' uses the pattern letter '" + c
            + "', which Java 17's DateTimeFormatter does not know or reserves");
      }
    }
    DateTimeFormatter formatter;
    try {
      formatter = DateTimeFormatter.ofPattern(pattern, language);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(setting + " '" + pattern + "' is not a valid DateTimeFormatter pattern: "
          + e.getMessage(), e);
    }
    for (ZonedDateTime sample : SAMPLES) {
      String printed;
      try {
        printed = formatter.format(sample);
      } catch (DateTimeException e) {
        throw new IllegalArgumentException(setting + " '" + pattern + "' cannot print the time " + sample + ": "
            + e.getMessage(), e);
      }
      if (printed.isBlank()) {
        throw new IllegalArgumentException(setting + " '" + pattern + "' prints nothing visible");
      }
      characters(setting + " '" + pattern + "' prints text that", printed);
    }
  }
}
