package dev.newsmodel.html.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.HashMap;
import java.util.Map;

/**
 * The zone abbreviation after a time of day, the same on every JDK: from the table this jar ships,
 * {@code dev/newsmodel/html/zone-abbreviations.properties}, which holds a name for each state a zone
 * had from 1970 to 2037 (standard {@code .S} or daylight saving {@code .D} time, and the offset in
 * seconds) where JDK 17 and JDK 25 agree on it in English and it is letters
 * ({@code Europe/Moscow.S.10800=MSK}, {@code America/New_York.D.-14400=EDT}). Every other zone
 * state, and every bare offset, is written as its offset from UTC: {@code UTC} for zero, else
 * {@code UTC}, an ASCII sign and {@code hh:mm} ({@code UTC+04:00} for Asia/Baku, {@code UTC-03:30}
 * for America/St_Johns), with {@code :ss} only when the offset has seconds (local mean time before
 * 1900). The JDK's own names come from its CLDR version and differ (Asia/Baku is {@code AZT} on 17
 * and {@code GMT+04:00} on 25); this table does not.
 */
public final class ZoneNames {
  private ZoneNames() {}

  /** The table's resource, in this jar. */
  public static final String RESOURCE = "/dev/newsmodel/html/zone-abbreviations.properties";

  private static final Map<String, String> TABLE = load();

  /**
   * Returns the abbreviation of a time's zone at its instant.
   *
   * @param t the time, not null
   * @return the abbreviation, such as {@code MSK} or {@code UTC+04:00}, not null
   */
  public static String of(ZonedDateTime t) {
    ZoneId zone = t.getZone();
    if (!(zone instanceof ZoneOffset)) {
      Instant instant = t.toInstant();
      String name = TABLE.get(zone.getId() + (zone.getRules().isDaylightSavings(instant) ? ".D." : ".S.")
          + t.getOffset().getTotalSeconds());
      if (name != null) {
        return name;
      }
    }
    return offset(t.getOffset());
  }

  /**
   * Returns an offset as the table's fallback writes it, such as {@code UTC+04:00}, {@code UTC-03:30}
   * or {@code UTC}.
   *
   * @param offset the offset, not null
   * @return the text, not null
   */
  public static String offset(ZoneOffset offset) {
    int total = offset.getTotalSeconds();
    if (total == 0) {
      return "UTC";
    }
    int abs = Math.abs(total);
    StringBuilder text = new StringBuilder(12).append("UTC").append(total < 0 ? '-' : '+');
    two(text, abs / 3600).append(':');
    two(text, abs / 60 % 60);
    if (abs % 60 != 0) {
      two(text.append(':'), abs % 60);
    }
    return text.toString();
  }

  private static StringBuilder two(StringBuilder text, int value) {
    return text.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
  }

  private static Map<String, String> load() {
    Map<String, String> table = new HashMap<>();
    try (InputStream in = ZoneNames.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE.substring(1) + " is missing from the html-render jar");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        int equals = line.indexOf('=');
        if (equals < 0 || table.put(line.substring(0, equals), line.substring(equals + 1)) != null) {
          throw new IllegalStateException(RESOURCE.substring(1) + ": malformed or repeated line '" + line + "'");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + RESOURCE.substring(1) + " from the html-render jar", e);
    }
    return Map.copyOf(table);
  }
}
