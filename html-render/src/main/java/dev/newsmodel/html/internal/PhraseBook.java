package dev.newsmodel.html.internal;

import dev.newsmodel.html.Phrase;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * One phrase set made ready for rendering, once per {@code Phrases}: the templates compiled, the
 * date and time formatters built, the zone names read from {@link ZoneNames}. Thread-safe.
 */
public final class PhraseBook {
  private final Locale language;
  /** The templates prepared for rendering, by {@link Phrase#ordinal()}. */
  private final CompiledPhrase[] compiled;
  private final DateTimeFormatter date;
  private final DateTimeFormatter time;
  /** Whether the time pattern is {@code HH:mm}, written without the formatter. */
  private final boolean hoursMinutes;
  private final Map<String, String> languageNames;
  private final Map<String, String> zoneAbbreviations;

  /**
   * Prepares a phrase set.
   *
   * @param language the set's language, not null
   * @param templates a template for every phrase, not null
   * @param datePattern the date pattern, valid
   * @param timePattern the time-of-day pattern, valid
   * @param languageNames the names of languages inside notes, by tag, not null
   * @param zoneAbbreviations the pinned zone abbreviations, by zone id, not null
   */
  public PhraseBook(Locale language, Map<Phrase, Template> templates, String datePattern, String timePattern,
      Map<String, String> languageNames, Map<String, String> zoneAbbreviations) {
    this.language = language;
    this.compiled = new CompiledPhrase[Phrase.values().length];
    for (Phrase phrase : Phrase.values()) {
      compiled[phrase.ordinal()] = new CompiledPhrase(phrase, templates.get(phrase));
    }
    this.date = DateTimeFormatter.ofPattern(datePattern, language);
    this.time = DateTimeFormatter.ofPattern(timePattern, language);
    this.hoursMinutes = timePattern.equals("HH:mm");
    this.languageNames = languageNames;
    this.zoneAbbreviations = zoneAbbreviations;
  }

  /**
   * Returns the set's language.
   *
   * @return the language, not null
   */
  public Locale language() {
    return language;
  }

  /**
   * Returns a phrase prepared for rendering.
   *
   * @param phrase the phrase, not null
   * @return the prepared phrase, not null
   */
  public CompiledPhrase compiled(Phrase phrase) {
    return compiled[phrase.ordinal()];
  }

  /**
   * Returns a date as text, such as {@code April 6, 2021}.
   *
   * @param t the time, not null
   * @return the text, not null
   */
  public String formatDate(ZonedDateTime t) {
    return date.format(t);
  }

  /**
   * Returns the time of day followed by the zone's abbreviation, such as {@code 02:24 MSK}.
   *
   * @param t the time, not null
   * @return the text, not null
   */
  public String formatTime(ZonedDateTime t) {
    String abbreviation = zoneAbbreviation(t);
    if (hoursMinutes) {
      // What "HH:mm" writes: the formatter's decimal style is always the standard one, ASCII digits.
      int hour = t.getHour();
      int minute = t.getMinute();
      return new StringBuilder(6 + abbreviation.length())
          .append((char) ('0' + hour / 10)).append((char) ('0' + hour % 10)).append(':')
          .append((char) ('0' + minute / 10)).append((char) ('0' + minute % 10))
          .append(' ').append(abbreviation).toString();
    }
    return time.format(t) + ' ' + abbreviation;
  }

  /**
   * The pinned abbreviation, or the one {@link ZoneNames} ships, the same on every JDK and in every
   * language: the name JDK 17 and 25 agree on, or the offset such as {@code UTC+04:00}.
   */
  private String zoneAbbreviation(ZonedDateTime t) {
    String pinned = zoneAbbreviations.get(t.getZone().getId());
    return pinned != null ? pinned : ZoneNames.of(t);
  }

  /**
   * Returns the name of a language inside a note, such as {@code на английском языке}, or null when
   * the template {@link Phrase#IN_LANGUAGE} composes it.
   *
   * @param named the language named, not null
   * @return the name for its exact tag or its language, or null
   */
  public @Nullable String languageName(Locale named) {
    String exact = languageNames.get(named.toLanguageTag());
    return exact != null ? exact : languageNames.get(named.getLanguage());
  }

  /**
   * Returns a language's name in the set's language, such as {@code Russian}, or its tag when the
   * JDK has no name for it.
   *
   * @param named the language named, not null
   * @return the name, not null
   */
  public String displayLanguage(Locale named) {
    String known = displayNames.get(named);
    if (known != null) {
      return known;
    }
    String name = named.getDisplayLanguage(language);
    String shown = name.isEmpty() ? named.toLanguageTag() : name;
    if (displayNames.size() < MAX_DISPLAY_NAMES) {
      displayNames.put(named, shown);
    }
    return shown;
  }

  /**
   * The names {@link #displayLanguage} has looked up: the JDK's lookup reads locale data on every call,
   * and a site names a few languages again and again. Bounded, so that ever new tags cannot grow it.
   */
  private final Map<Locale, String> displayNames = new ConcurrentHashMap<>();

  private static final int MAX_DISPLAY_NAMES = 256;
}
