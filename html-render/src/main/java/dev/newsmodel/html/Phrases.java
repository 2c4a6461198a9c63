package dev.newsmodel.html;

import dev.newsmodel.html.internal.PhraseBook;
import dev.newsmodel.html.internal.PhraseTable;
import dev.newsmodel.html.internal.SettingChecks;
import dev.newsmodel.html.internal.Template;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The words the renderer composes in one language, such as {@code "By {names}"} or {@code "Фото:
 * {creator}"}, with the patterns for dates and times.
 *
 * <p>Built-in sets: {@link #english()} and {@link #russian()}; {@link #builtIn(Locale)} picks one by
 * language (English for languages without a set of their own). Their text is kept in resource files
 * of this jar, {@code dev/newsmodel/html/phrases/en.properties} and {@code ru.properties}. Adapt one with {@link #with(Phrase,
 * String)} and give it to {@link HtmlRenderer#withPhrases(Phrases)}:
 * <pre>{@code
 * Phrases ours = Phrases.english().with(Phrase.BYLINE, "Reporting by {names}");
 * HtmlRenderer renderer = HtmlRenderer.defaults().withPhrases(ours);
 * }</pre>
 *
 * <p>Dates and times are written with explicit patterns ({@link java.time.format.DateTimeFormatter}
 * pattern letters) in the set's language, never with the JDK's localized styles, so that the text is
 * the same on every JDK. The zone abbreviation after a time comes from a table in this jar, the same
 * on every JDK and in every language: the short name JDK 17 and 25 agree on for the zone's state at
 * that instant ({@code MSK} for Europe/Moscow, {@code EDT} for New York in summer), else the offset
 * such as {@code UTC+04:00}; {@link #withZoneAbbreviation(ZoneId, String)} pins another, and the
 * Russian set writes {@code МСК}, as Russian newsrooms do. Every {@code with…} checks its value when
 * it is called, so that a set that was built renders every time.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Phrases {
  private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

  private static final Phrases ENGLISH = fromResource(Locale.ENGLISH);
  private static final Phrases RUSSIAN_PHRASES = fromResource(RUSSIAN);

  private final Locale language;
  private final Map<Phrase, Template> templates;
  private final String datePattern;
  private final String timePattern;
  private final Map<String, String> languageNames;
  private final Map<String, String> zoneAbbreviations;
  /** The set made ready for rendering. */
  private final PhraseBook book;

  private Phrases(Locale language, Map<Phrase, Template> templates, String datePattern, String timePattern,
      Map<String, String> languageNames, Map<String, String> zoneAbbreviations) {
    this.language = language;
    this.templates = templates;
    this.datePattern = datePattern;
    this.timePattern = timePattern;
    this.languageNames = languageNames;
    this.zoneAbbreviations = zoneAbbreviations;
    this.book = new PhraseBook(language, templates, datePattern, timePattern, languageNames, zoneAbbreviations);
  }

  /**
   * Returns the English phrases: {@code "By {names}"}, dates such as {@code April 6, 2021}, times
   * such as {@code 02:24 MSK}.
   *
   * @return the English phrases, not null
   */
  public static Phrases english() {
    return ENGLISH;
  }

  /**
   * Returns the Russian phrases: {@code "Автор: {names}"}, dates such as {@code 6 апреля 2021},
   * times such as {@code 02:24 МСК}.
   *
   * @return the Russian phrases, not null
   */
  public static Phrases russian() {
    return RUSSIAN_PHRASES;
  }

  /**
   * Returns the built-in phrases for a language: Russian for {@code ru}, English for everything else.
   *
   * @param language the language, not null
   * @return the phrases, not null
   */
  public static Phrases builtIn(Locale language) {
    Objects.requireNonNull(language, "language");
    return language.getLanguage().equals("ru") ? RUSSIAN_PHRASES : ENGLISH;
  }

  /**
   * Returns the language of these phrases, such as {@code en}.
   *
   * @return the language, not null
   */
  public Locale language() {
    return language;
  }

  /**
   * Returns a copy for another language, such as English wording relabelled as {@code en-GB}; the
   * patterns are then read in that language.
   *
   * @param language the language, not null, with a language subtag
   * @return the copy, not null
   * @throws IllegalArgumentException if the locale has no language, or the patterns cannot print in it
   */
  public Phrases withLanguage(Locale language) {
    Objects.requireNonNull(language, "language");
    if (language.getLanguage().isEmpty()) {
      throw new IllegalArgumentException("Phrases language must have a language subtag, such as 'en', but was '"
          + language.toLanguageTag() + "'");
    }
    SettingChecks.pattern("Phrases date pattern", datePattern, language);
    SettingChecks.pattern("Phrases time pattern", timePattern, language);
    return new Phrases(language, templates, datePattern, timePattern, languageNames, zoneAbbreviations);
  }

  /**
   * Returns the template text of a phrase, such as {@code "By {names}"}.
   *
   * @param phrase the phrase, not null
   * @return the template text, not null
   */
  public String get(Phrase phrase) {
    return templates.get(phrase).toString();
  }

  /**
   * Returns a copy with one phrase replaced.
   *
   * @param phrase the phrase, not null
   * @param template the new template, not null; may use only the phrase's {@link Phrase#placeholders()}
   * @return the copy, not null
   * @throws IllegalArgumentException if the template is malformed, names another placeholder, or holds a
   *     control character, a line break, an unpaired surrogate or a noncharacter
   */
  public Phrases with(Phrase phrase, String template) {
    Objects.requireNonNull(phrase, "phrase");
    SettingChecks.characters("Phrase " + phrase + " template", Objects.requireNonNull(template, "template"));
    Template parsed = Template.parse(template);
    Set<String> unknown = new HashSet<>(parsed.names());
    unknown.removeAll(phrase.placeholders());
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException("Phrase " + phrase + " template '" + template + "' names "
          + new TreeSet<>(unknown)
          + ", but " + phrase + " offers only " + phrase.placeholders());
    }
    EnumMap<Phrase, Template> copy = new EnumMap<>(templates);
    copy.put(phrase, parsed);
    return new Phrases(language, Collections.unmodifiableMap(copy), datePattern, timePattern, languageNames,
        zoneAbbreviations);
  }

  /**
   * Returns the date pattern, such as {@code "MMMM d, uuuu"}.
   *
   * @return the pattern, not null
   */
  public String datePattern() {
    return datePattern;
  }

  /**
   * Returns the time-of-day pattern, such as {@code "HH:mm"}; the zone abbreviation follows it.
   *
   * @return the pattern, not null
   */
  public String timePattern() {
    return timePattern;
  }

  /**
   * Returns a copy with other date and time patterns, in {@link DateTimeFormatter} pattern letters.
   *
   * @param datePattern the date pattern, such as {@code "d MMMM uuuu"}, not null
   * @param timePattern the time-of-day pattern, such as {@code "h:mm a"}, not null
   * @return the copy, not null
   * @throws IllegalArgumentException if a pattern is not valid, uses a letter Java 17 does not know, or
   *     cannot print one line of text for times from year 1 to 9999
   */
  public Phrases withPatterns(String datePattern, String timePattern) {
    SettingChecks.pattern("Phrases date pattern", Objects.requireNonNull(datePattern, "datePattern"), language);
    SettingChecks.pattern("Phrases time pattern", Objects.requireNonNull(timePattern, "timePattern"), language);
    return new Phrases(language, templates, datePattern, timePattern, languageNames, zoneAbbreviations);
  }

  /**
   * Returns a copy that names a language as given inside source notes, such as {@code "на русском
   * языке"} for {@code ru} in Russian; languages without such a name use {@link Phrase#IN_LANGUAGE}.
   *
   * @param language the language named, not null
   * @param text the text that replaces the whole {@code {language}} placeholder, not null nor blank
   * @return the copy, not null
   * @throws IllegalArgumentException if the text is blank or not one line of text
   */
  public Phrases withLanguageName(Locale language, String text) {
    Objects.requireNonNull(language, "language");
    SettingChecks.oneLine("Phrases language name for '" + language.toLanguageTag() + "'",
        Objects.requireNonNull(text, "text"));
    Map<String, String> copy = new TreeMap<>(languageNames);
    copy.put(language.toLanguageTag(), text);
    return new Phrases(this.language, templates, datePattern, timePattern, Collections.unmodifiableMap(copy),
        zoneAbbreviations);
  }

  /**
   * Returns a copy that writes a zone's abbreviation as given, such as {@code МСК} for Europe/Moscow.
   *
   * @param zone the zone, not null
   * @param abbreviation the abbreviation, not null nor blank
   * @return the copy, not null
   * @throws IllegalArgumentException if the abbreviation is blank or not one line of text
   */
  public Phrases withZoneAbbreviation(ZoneId zone, String abbreviation) {
    Objects.requireNonNull(zone, "zone");
    SettingChecks.oneLine("Phrases zone abbreviation for " + zone.getId(),
        Objects.requireNonNull(abbreviation, "abbreviation"));
    Map<String, String> copy = new TreeMap<>(zoneAbbreviations);
    copy.put(zone.getId(), abbreviation);
    return new Phrases(language, templates, datePattern, timePattern, languageNames,
        Collections.unmodifiableMap(copy));
  }

  // Package-private accessors for the renderer and tests.

  /** The set made ready for rendering. */
  PhraseBook book() {
    return book;
  }

  /** The names of languages inside notes, by language tag, sorted. */
  Map<String, String> languageNames() {
    return languageNames;
  }

  /** The pinned zone abbreviations, by zone id, sorted. */
  Map<String, String> zoneAbbreviations() {
    return zoneAbbreviations;
  }

  /**
   * Returns the language and the number of phrases, such as {@code Phrases[en]}.
   *
   * @return a description, not null
   */
  @Override
  public String toString() {
    return "Phrases[" + language.toLanguageTag() + ", date '" + datePattern + "', time '" + timePattern + "']";
  }

  /** A built-in set from its resource file (see {@link PhraseTable}), checked whole when the class loads. */
  private static Phrases fromResource(Locale language) {
    PhraseTable table = PhraseTable.builtIn(language.getLanguage());
    EnumMap<Phrase, Template> templates = new EnumMap<>(Phrase.class);
    for (Map.Entry<Phrase, String> entry : table.templates().entrySet()) {
      templates.put(entry.getKey(), Template.parse(entry.getValue()));
    }
    return new Phrases(language, Collections.unmodifiableMap(templates), table.datePattern(), table.timePattern(),
        table.languageNames(), table.zoneAbbreviations());
  }
}
