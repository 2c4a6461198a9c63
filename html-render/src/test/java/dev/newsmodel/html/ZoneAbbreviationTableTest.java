package dev.newsmodel.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The zone abbreviation after a time is the shipped table's, never the JDK's CLDR names, so that
 * rendering is byte-identical on JDK 17 and JDK 25 for every zone (run on both). A zone state the
 * table lacks is written as its offset, {@code UTC+04:00}; a pinned abbreviation still wins.
 */
class ZoneAbbreviationTableTest {
  private static final Properties TABLE = table();
  private static final Pattern LETTERS = Pattern.compile("[A-Za-z]{2,6}");

  private static Properties table() {
    Properties table = new Properties();
    try (InputStream in = ZoneAbbreviationTableTest.class
        .getResourceAsStream("/dev/newsmodel/html/zone-abbreviations.properties")) {
      assertNotNull(in, "the table is in the jar");
      table.load(new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return table;
  }

  /** The abbreviation the table promises: its entry, else the offset as documented. */
  private static String expected(ZonedDateTime t) {
    ZoneId zone = t.getZone();
    if (!(zone instanceof ZoneOffset)) {
      String entry = TABLE.getProperty(zone.getId() + (zone.getRules().isDaylightSavings(t.toInstant()) ? ".D." : ".S.")
          + t.getOffset().getTotalSeconds());
      if (entry != null) {
        return entry;
      }
    }
    int total = t.getOffset().getTotalSeconds();
    if (total == 0) {
      return "UTC";
    }
    int abs = Math.abs(total);
    String text = String.format(Locale.ROOT, "UTC%s%02d:%02d", total < 0 ? "-" : "+", abs / 3600, abs / 60 % 60);
    return abs % 60 == 0 ? text : text + String.format(Locale.ROOT, ":%02d", abs % 60);
  }

  /** Each transition from 1970 to 2037, a day before and after, and fixed instants around them. */
  private static List<Instant> instants(ZoneRules rules) {
    TreeSet<Instant> instants = new TreeSet<>();
    for (String fixed : List.of("1850-06-01T12:00:00Z", "1900-01-01T00:00:00Z", "1970-01-01T00:00:00Z",
        "2000-01-01T00:00:00Z", "2021-04-06T14:45:00Z", "2021-07-04T16:00:00Z", "2037-12-31T23:59:59Z")) {
      instants.add(Instant.parse(fixed));
    }
    Instant from = Instant.parse("1970-01-01T00:00:00Z");
    Instant to = Instant.parse("2038-01-01T00:00:00Z");
    for (ZoneOffsetTransition t = rules.nextTransition(from); t != null && t.getInstant().isBefore(to);
        t = rules.nextTransition(t.getInstant())) {
      instants.add(t.getInstant().minus(1, ChronoUnit.DAYS));
      instants.add(t.getInstant());
      instants.add(t.getInstant().plus(1, ChronoUnit.DAYS));
    }
    return new ArrayList<>(instants);
  }

  private static String zoneText(Phrases phrases, ZonedDateTime t) {
    String text = phrases.book().formatTime(t);
    return text.substring(text.indexOf(' ') + 1);
  }

  @Test
  void everyZoneAtEveryTransitionIsWrittenAsTheTableSays() {
    int checked = 0;
    for (String id : new TreeSet<>(ZoneId.getAvailableZoneIds())) {
      ZoneId zone = ZoneId.of(id);
      for (Instant instant : instants(zone.getRules())) {
        ZonedDateTime t = instant.atZone(zone);
        assertEquals(expected(t), zoneText(Phrases.english(), t), t::toString);
        if (!id.equals("Europe/Moscow")) {
          assertEquals(expected(t), zoneText(Phrases.russian(), t), t::toString);
        }
        checked++;
      }
    }
    assertTrue(checked > 20_000, "checked " + checked);
  }

  @Test
  void theTableHoldsOnlyLettersForZonesTheJdkKnows() {
    assertTrue(TABLE.size() > 500, "entries: " + TABLE.size());
    for (String key : TABLE.stringPropertyNames()) {
      assertTrue(key.matches(".+\\.[SD]\\.-?[0-9]+"), key);
      assertTrue(LETTERS.matcher(TABLE.getProperty(key)).matches(), key + "=" + TABLE.getProperty(key));
    }
  }

  @Test
  void knownZonesAndTheFallback() {
    assertEquals("MSK", zoneText(Phrases.english(), ZonedDateTime.parse("2021-04-06T17:45:00+03:00[Europe/Moscow]")));
    assertEquals("EDT", zoneText(Phrases.english(), ZonedDateTime.parse("2021-07-04T12:00:00-04:00[America/New_York]")));
    assertEquals("EST", zoneText(Phrases.english(), ZonedDateTime.parse("2021-01-04T12:00:00-05:00[America/New_York]")));
    // JDK 17 says AZT and JDK 25 GMT+04:00: neither is shipped.
    assertEquals("UTC+04:00", zoneText(Phrases.english(), ZonedDateTime.parse("2021-04-06T18:45:00+04:00[Asia/Baku]")));
    assertEquals("UTC-03:00",
        zoneText(Phrases.english(), ZonedDateTime.parse("2021-04-06T11:45:00-03:00[America/Sao_Paulo]")));
    assertEquals("UTC+13:45",
        zoneText(Phrases.english(), ZonedDateTime.parse("2021-01-06T12:00:00+13:45[Pacific/Chatham]")));
    assertEquals("UTC-03:30", zoneText(Phrases.english(), ZonedDateTime.parse("2021-01-06T12:00:00-03:30")));
    assertEquals("UTC", zoneText(Phrases.english(), ZonedDateTime.parse("2021-01-06T12:00:00Z")));
    // Local mean time before standard zones: the offset has seconds.
    assertEquals("UTC+02:30:17", zoneText(Phrases.english(), Instant.parse("1880-01-01T00:00:00Z")
        .atZone(ZoneId.of("Europe/Moscow"))));
  }

  @Test
  void pinnedAbbreviationsStillWin() {
    ZonedDateTime baku = ZonedDateTime.parse("2021-04-06T18:45:00+04:00[Asia/Baku]");
    assertEquals("Baku time", zoneText(Phrases.english().withZoneAbbreviation(ZoneId.of("Asia/Baku"), "Baku time"), baku));
    assertEquals("МСК", zoneText(Phrases.russian(), ZonedDateTime.parse("2021-04-06T17:45:00+03:00[Europe/Moscow]")));
  }
}
