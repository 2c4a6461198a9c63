package dev.newsmodel.html.internal;

import dev.newsmodel.html.Phrase;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * One phrase set made ready for rendering, once per {@code Phrases}: the templates compiled, the
 * date and time formatters built, the zone names remembered. Thread-safe.
 */
public final class PhraseBook {
  private final Locale language;
  /** The templates prepared for rendering, by {@link Phrase#ordinal()}. */
  private final CompiledPhrase[] compiled;
  private final DateTimeFormatter date;
  private final DateTimeFormatter time;
  private final DateTimeFormatter zone;
  /** Whether the time pattern is {@code HH:mm}, written without the formatter. */
  private final boolean hoursMinutes;
  private final Map<String, String> languageNames;
  private final Map<String, String> zoneAbbreviations;
  /** Short zone names ({@code zzz}) by zone, at standard time and at daylight saving time. */
  private final Map<ZoneId, String> standardNames = new ConcurrentHashMap<>();
  private final Map<ZoneId, String> daylightNames = new ConcurrentHashMap<>();

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
    this.zone = DateTimeFormatter.ofPattern("zzz", language);
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
   * The pinned abbreviation, or what pattern {@code zzz} writes: for a region, the JDK's short name for
   * the zone, standard or daylight at that instant, in these phrases' language; remembered per zone.
   */
  private String zoneAbbreviation(ZonedDateTime t) {
    ZoneId id = t.getZone();
    String pinned = zoneAbbreviations.get(id.getId());
    if (pinned != null) {
      return pinned;
    }
    if (id instanceof ZoneOffset) {
      return zone.format(t);
    }
    Map<ZoneId, String> names = id.getRules().isDaylightSavings(t.toInstant()) ? daylightNames : standardNames;
    String name = names.get(id);
    if (name == null) {
      name = zone.format(t);
      names.putIfAbsent(id, name);
    }
    return name;
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
    String name = named.getDisplayLanguage(language);
    return name.isEmpty() ? named.toLanguageTag() : name;
  }
}
