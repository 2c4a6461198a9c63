package dev.newsmodel.benchmarks.baseline;

import dev.newsmodel.core.Contributor;
import dev.newsmodel.core.Correction;
import dev.newsmodel.core.Disclaimer;
import dev.newsmodel.core.Image;
import dev.newsmodel.core.ImageRendition;
import dev.newsmodel.core.License;
import gg.jte.Content;
import java.net.URI;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The English words and values that the baseline renderers compose from the model, shared by the jte
 * template and the StringBuilder writer so that both write what newsmodel's renderer writes with its
 * defaults: display times ({@code April 6, 2021, 17:45 MSK}), {@code datetime} values, credit and
 * licence parts, role and kind labels, {@code srcset}.
 *
 * <p>A team using jte would write such helpers; their work is part of what the baselines measure, as
 * the same work is part of newsmodel's renderer. English only, as the benchmark articles are.
 */
public final class Wording {
  private Wording() {}

  /** The {@code sizes} newsmodel's renderer writes beside a {@code srcset} by default. */
  public static final String SIZES = "(min-width: 48rem) 48rem, 100vw";

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("MMMM d, uuuu", Locale.ENGLISH);
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.ENGLISH);
  /**
   * The zone abbreviations html-render ships, read from its jar: the JDK's own names differ between
   * JDK 17 and 25, so a template that wants the same text must use the same table.
   */
  private static final java.util.Map<String, String> ZONES = zoneTable();

  /**
   * Returns a date as people read it, such as {@code April 6, 2021}.
   *
   * @param time the time, not null
   * @return the text, not null
   */
  public static String date(ZonedDateTime time) {
    return DATE.format(time);
  }

  /**
   * Returns a time of day with its zone's abbreviation, such as {@code 17:45 MSK}.
   *
   * @param time the time, not null
   * @return the text, not null
   */
  public static String timeOfDay(ZonedDateTime time) {
    return TIME.format(time) + ' ' + zone(time);
  }

  /**
   * Returns a date and time as people read them, such as {@code April 6, 2021, 17:45 MSK}.
   *
   * @param time the time, not null
   * @return the text, not null
   */
  public static String dateTime(ZonedDateTime time) {
    return date(time) + ", " + timeOfDay(time);
  }

  /**
   * Returns a time for a {@code datetime} attribute, such as {@code 2021-04-06T17:45:00+03:00}, to the
   * millisecond, or null for a year HTML cannot carry.
   *
   * @param time the time, not null
   * @return the text, or null
   */
  public static @Nullable String datetime(ZonedDateTime time) {
    if (time.getYear() < 1 || time.getYear() > 9999) {
      return null;
    }
    OffsetDateTime exact = time.toOffsetDateTime().truncatedTo(ChronoUnit.MILLIS);
    if (exact.getOffset().getTotalSeconds() % 60 != 0) {
      exact = exact.withOffsetSameInstant(ZoneOffset.UTC);
    }
    return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(exact);
  }

  /**
   * Returns a language tag when it differs from the surrounding language, such as {@code ru} inside
   * {@code en}, or null when it is the same (jte then leaves the {@code lang} attribute out).
   *
   * @param language the language, not null
   * @param surrounding the surrounding language, not null
   * @return the tag, or null
   */
  public static @Nullable String lang(Locale language, Locale surrounding) {
    String tag = language.toLanguageTag();
    return tag.equalsIgnoreCase(surrounding.toLanguageTag()) ? null : tag;
  }

  /**
   * Returns an image's {@code srcset}, renditions by width, such as
   * {@code https://x/480.jpg 480w, https://x/960.jpg 960w}, or null when it has none.
   *
   * @param image the image, not null
   * @return the srcset, or null
   */
  public static @Nullable String srcset(Image image) {
    List<ImageRendition> renditions = image.renditions();
    if (renditions.isEmpty()) {
      return null;
    }
    TreeMap<Integer, String> byWidth = new TreeMap<>();
    for (ImageRendition rendition : renditions) {
      String url = rendition.url().toString();
      if (url.indexOf(',') < 0) {
        byWidth.putIfAbsent(rendition.width(), url);
      }
    }
    StringBuilder srcset = new StringBuilder(renditions.size() * 64);
    for (var entry : byWidth.entrySet()) {
      if (srcset.length() > 0) {
        srcset.append(", ");
      }
      srcset.append(entry.getValue()).append(' ').append(entry.getKey()).append('w');
    }
    return srcset.toString();
  }

  /**
   * Returns the class of a figure: {@code nm-figure nm-lead-image} for the lead image, else
   * {@code nm-figure}.
   *
   * @param lead whether the figure holds the lead image
   * @return the classes, not null
   */
  public static String figureClass(boolean lead) {
    return lead ? "nm-figure nm-lead-image" : "nm-figure";
  }

  /**
   * Returns an image's alternative text, empty for a decorative image.
   *
   * @param image the image, not null
   * @return the text, not null
   */
  public static String alt(Image image) {
    return image.alt().orElse("");
  }

  /**
   * Returns the {@code loading} attribute's value: {@code lazy}, or null for the browser's default
   * (jte then leaves the attribute out).
   *
   * @param lazy whether the image loads lazily
   * @return the value, or null
   */
  public static @Nullable String loading(boolean lazy) {
    return lazy ? "lazy" : null;
  }

  /**
   * Returns text with each line break as a {@code <br>} element and every line escaped, for jte:
   * {@code ${Wording.lines(text)}}.
   *
   * @param text the text, not null
   * @return the content, not null
   */
  public static Content lines(String text) {
    return output -> {
      int start = 0;
      for (int i = 0; i < text.length(); i++) {
        char c = text.charAt(i);
        if (c == '\n' || c == '\r') {
          output.writeUserContent(text.substring(start, i));
          output.writeContent("<br>");
          if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
            i++;
          }
          start = i + 1;
        }
      }
      output.writeUserContent(start == 0 ? text : text.substring(start));
    };
  }

  /**
   * Returns an image's width when both width and height are known, else null.
   *
   * @param image the image, not null
   * @return the width, or null
   */
  public static @Nullable Integer width(Image image) {
    return image.width().isPresent() && image.height().isPresent() ? image.width().getAsInt() : null;
  }

  /**
   * Returns an image's height when both width and height are known, else null.
   *
   * @param image the image, not null
   * @return the height, or null
   */
  public static @Nullable Integer height(Image image) {
    return image.width().isPresent() && image.height().isPresent() ? image.height().getAsInt() : null;
  }



  /**
   * Returns a licence's name as shown: its name, else its SPDX id.
   *
   * @param license the licence, not null
   * @return the name, not null
   */
  public static String licenseName(License license) {
    return license.name().orElseGet(() -> license.spdxId().orElse(""));
  }

  /**
   * Returns a URL's host, as a credit shows its source, such as {@code commons.wikimedia.org}.
   *
   * @param url the URL, not null
   * @return the host, not null
   */
  public static String host(URI url) {
    return url.getHost();
  }

  /**
   * Returns the words for a contributor's role when no job title is given and the role is not
   * {@code AUTHOR}, such as {@code correspondent}; else null.
   *
   * @param contributor the contributor, not null
   * @return the words, or null
   */
  public static @Nullable String roleWords(Contributor contributor) {
    return contributor.jobTitle().isEmpty() && contributor.role() != Contributor.Role.AUTHOR
        ? role(contributor.role()) : null;
  }

  /**
   * Returns a time's zone abbreviation as html-render writes it, such as {@code MSK}, or
   * {@code UTC+04:00} where the table has none.
   *
   * @param time the time, not null
   * @return the abbreviation, not null
   */
  public static String zone(ZonedDateTime time) {
    String name = time.getZone() instanceof ZoneOffset ? null : ZONES.get(time.getZone().getId()
        + (time.getZone().getRules().isDaylightSavings(time.toInstant()) ? ".D." : ".S.")
        + time.getOffset().getTotalSeconds());
    if (name != null) {
      return name;
    }
    int total = time.getOffset().getTotalSeconds();
    if (total == 0) {
      return "UTC";
    }
    int abs = Math.abs(total);
    String text = String.format(Locale.ROOT, "UTC%c%02d:%02d", total < 0 ? '-' : '+', abs / 3600, abs / 60 % 60);
    return abs % 60 == 0 ? text : text + String.format(Locale.ROOT, ":%02d", abs % 60);
  }

  private static java.util.Map<String, String> zoneTable() {
    java.util.Map<String, String> table = new java.util.HashMap<>();
    try (java.io.InputStream in = Wording.class.getResourceAsStream("/dev/newsmodel/html/zone-abbreviations.properties")) {
      if (in == null) {
        throw new IllegalStateException("html-render's zone-abbreviations.properties is not on the class path");
      }
      for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
        int equals = line.indexOf('=');
        if (!line.startsWith("#") && equals > 0) {
          table.put(line.substring(0, equals), line.substring(equals + 1).strip());
        }
      }
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return java.util.Map.copyOf(table);
  }


  private static String role(Contributor.Role role) {
    switch (role) {
      case CORRESPONDENT:
        return "correspondent";
      case PHOTOGRAPHER:
        return "photographer";
      case ILLUSTRATOR:
        return "illustrator";
      case EDITOR:
        return "editor";
      case TRANSLATOR:
        return "translator";
      default:
        return "contributor";
    }
  }

  /**
   * Returns the class suffix of an enum constant, such as {@code editors-note} for {@code EDITORS_NOTE}.
   *
   * @param value the constant, not null
   * @return the suffix, not null
   */
  public static String kebab(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /**
   * Returns a disclaimer's label, such as {@code Legal notice}.
   *
   * @param kind the kind, not null
   * @return the label, not null
   */
  public static String label(Disclaimer.Kind kind) {
    switch (kind) {
      case LEGAL:
        return "Legal notice";
      case EDITORS_NOTE:
        return "Editor's note";
      case SPONSORED:
        return "Sponsored content";
      case OPINION:
        return "Opinion";
      case AI_GENERATED:
        return "AI-generated content";
      default:
        return "Content warning";
    }
  }

  /**
   * Returns a correction's label, such as {@code Correction}.
   *
   * @param kind the kind, not null
   * @return the label, not null
   */
  public static String label(Correction.Kind kind) {
    switch (kind) {
      case CORRECTION:
        return "Correction";
      case CLARIFICATION:
        return "Clarification";
      default:
        return "Update";
    }
  }

  /**
   * Returns how a note names a language, such as {@code in Russian}.
   *
   * @param language the language, not null
   * @return the words, not null
   */
  public static String inLanguage(Locale language) {
    String name = language.getDisplayLanguage(Locale.ENGLISH);
    return "in " + (name.isEmpty() ? language.toLanguageTag() : name);
  }
}
