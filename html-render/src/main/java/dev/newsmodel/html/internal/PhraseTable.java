package dev.newsmodel.html.internal;

import dev.newsmodel.html.Phrase;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * A built-in phrase set as its resource file holds it, such as
 * {@code dev/newsmodel/html/phrases/ru.properties}: a template for every {@link Phrase}, the date and
 * time patterns, the names of languages inside source notes ({@code language.en = на английском
 * языке}) and pinned zone abbreviations ({@code zone.Europe/Moscow = МСК}).
 *
 * <p>The file is read as UTF-8 with {@link Properties} syntax. A key given twice, a key of no known
 * kind, and a phrase or pattern left out are errors that name the file and the key. Immutable.
 */
public final class PhraseTable {
  private static final String DIRECTORY = "/dev/newsmodel/html/phrases/";

  private final Map<Phrase, String> templates;
  private final String datePattern;
  private final String timePattern;
  private final Map<String, String> languageNames;
  private final Map<String, String> zoneAbbreviations;

  private PhraseTable(Map<Phrase, String> templates, String datePattern, String timePattern,
      Map<String, String> languageNames, Map<String, String> zoneAbbreviations) {
    this.templates = templates;
    this.datePattern = datePattern;
    this.timePattern = timePattern;
    this.languageNames = languageNames;
    this.zoneAbbreviations = zoneAbbreviations;
  }

  /**
   * Reads the built-in set of a language from the renderer's jar.
   *
   * @param language the file's name without extension, such as {@code ru}
   * @return the table, not null
   * @throws IllegalStateException if the file is missing or malformed
   */
  public static PhraseTable builtIn(String language) {
    String resource = DIRECTORY + language + ".properties";
    try (InputStream in = PhraseTable.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(resource.substring(1) + " is missing from the html-render jar");
      }
      return read(resource.substring(1), new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + resource.substring(1) + " from the html-render jar", e);
    }
  }

  /**
   * Reads a phrase table.
   *
   * @param name the file's name for messages, not null
   * @param text the file's text, not null
   * @return the table, not null
   * @throws IOException if reading fails
   * @throws IllegalStateException if a key is repeated, unknown, or a phrase or pattern is missing
   */
  static PhraseTable read(String name, Reader text) throws IOException {
    Properties entries = new Properties() {
      @Override
      public synchronized Object put(Object key, Object value) {
        if (containsKey(key)) {
          throw new IllegalStateException(name + ": the key '" + key + "' is given twice");
        }
        return super.put(key, value);
      }
    };
    entries.load(text);
    EnumMap<Phrase, String> templates = new EnumMap<>(Phrase.class);
    Map<String, String> languageNames = new TreeMap<>();
    Map<String, String> zoneAbbreviations = new TreeMap<>();
    String datePattern = null;
    String timePattern = null;
    for (String key : new TreeSet<>(entries.stringPropertyNames())) {
      String value = entries.getProperty(key);
      if (key.equals("date.pattern")) {
        datePattern = value;
      } else if (key.equals("time.pattern")) {
        timePattern = value;
      } else if (key.startsWith("language.") && key.length() > "language.".length()) {
        languageNames.put(key.substring("language.".length()), value);
      } else if (key.startsWith("zone.") && key.length() > "zone.".length()) {
        zoneAbbreviations.put(key.substring("zone.".length()), value);
      } else {
        templates.put(phrase(name, key), value);
      }
    }
    for (Phrase phrase : Phrase.values()) {
      if (!templates.containsKey(phrase)) {
        throw new IllegalStateException(name + " lacks the phrase " + phrase);
      }
    }
    if (datePattern == null || timePattern == null) {
      throw new IllegalStateException(name + " lacks " + (datePattern == null ? "date.pattern" : "time.pattern"));
    }
    return new PhraseTable(Collections.unmodifiableMap(templates), datePattern, timePattern,
        Collections.unmodifiableMap(languageNames), Collections.unmodifiableMap(zoneAbbreviations));
  }

  private static Phrase phrase(String name, String key) {
    for (Phrase phrase : Phrase.values()) {
      if (phrase.name().equals(key)) {
        return phrase;
      }
    }
    throw new IllegalStateException(name + ": the key '" + key + "' is not a phrase (such as BYLINE),"
        + " date.pattern, time.pattern, language.<tag> or zone.<zone id>");
  }

  /**
   * Returns the template text of every phrase.
   *
   * @return the templates, one per phrase, not null
   */
  public Map<Phrase, String> templates() {
    return templates;
  }

  /**
   * Returns the date pattern, such as {@code d MMMM uuuu}.
   *
   * @return the pattern, not null
   */
  public String datePattern() {
    return datePattern;
  }

  /**
   * Returns the time-of-day pattern, such as {@code HH:mm}.
   *
   * @return the pattern, not null
   */
  public String timePattern() {
    return timePattern;
  }

  /**
   * Returns the names of languages inside source notes, by language tag.
   *
   * @return the names, sorted by tag, not null
   */
  public Map<String, String> languageNames() {
    return languageNames;
  }

  /**
   * Returns the pinned zone abbreviations, by zone id.
   *
   * @return the abbreviations, sorted by id, not null
   */
  public Map<String, String> zoneAbbreviations() {
    return zoneAbbreviations;
  }
}
