package dev.newsmodel.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The time of day and zone name, written by hand and remembered per zone, are what the formatters write. */
class PhrasesTimeTest {
  private static final List<ZoneId> ZONES = List.of(ZoneOffset.UTC, ZoneOffset.ofHours(3), ZoneId.of("UTC"),
      ZoneId.of("Europe/Moscow"), ZoneId.of("America/New_York"), ZoneId.of("Europe/London"),
      ZoneId.of("Australia/Sydney"), ZoneId.of("Asia/Baku"), ZoneId.of("Pacific/Chatham"), ZoneId.of("Asia/Kolkata"),
      ZoneId.of("America/Sao_Paulo"), ZoneId.of("Etc/GMT+5"));
  private static final List<Phrases> PHRASES = List.of(Phrases.english(), Phrases.russian(),
      Phrases.english().withPatterns("MMMM d, uuuu", "h:mm a"), Phrases.russian().withLanguage(Locale.forLanguageTag("uk")),
      Phrases.english().withZoneAbbreviation(ZoneId.of("Asia/Baku"), "Baku time"));

  @Test
  void timeOfDayAndZoneAreWhatTheFormattersWrite() {
    long from = Instant.parse("1850-01-01T00:00:00Z").getEpochSecond();
    long to = Instant.parse("2100-01-01T00:00:00Z").getEpochSecond();
    qt().withFixedSeed(2024L).withExamples(300)
        .forAll(longs().between(from, to), integers().between(0, ZONES.size() - 1),
            integers().between(0, PHRASES.size() - 1))
        .checkAssert((seconds, zone, index) -> {
          Phrases phrases = PHRASES.get(index);
          ZonedDateTime t = Instant.ofEpochSecond(seconds).atZone(ZONES.get(zone));
          // Twice: the second call reads the remembered zone name.
          assertEquals(reference(phrases, t), phrases.book().formatTime(t), t::toString);
          assertEquals(reference(phrases, t), phrases.book().formatTime(t), t::toString);
        });
  }

  /**
   * What formatTime writes: the time pattern, a space, the pinned or shipped zone name
   * ({@code ZoneAbbreviationTableTest} checks the names themselves). The
   * Russian set pins МСК for Europe/Moscow, also when relabelled as another language.
   */
  private static String reference(Phrases phrases, ZonedDateTime t) {
    String pinned = phrases == PHRASES.get(4) && t.getZone().getId().equals("Asia/Baku") ? "Baku time" : null;
    if ((phrases == PHRASES.get(1) || phrases == PHRASES.get(3)) && t.getZone().getId().equals("Europe/Moscow")) {
      pinned = "МСК";
    }
    String zone = pinned != null ? pinned : dev.newsmodel.html.internal.ZoneNames.of(t);
    return DateTimeFormatter.ofPattern(phrases.timePattern(), phrases.language()).format(t) + ' ' + zone;
  }
}
