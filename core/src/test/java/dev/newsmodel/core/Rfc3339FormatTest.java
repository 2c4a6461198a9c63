package dev.newsmodel.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@link Rfc9557#formatRfc3339}, written by hand, is byte for byte what {@code ISO_OFFSET_DATE_TIME}
 * writes for the time cut to milliseconds (in UTC when the offset has seconds), and refuses what it
 * cannot write: instants outside 0001-01-02 to 9999-12-30 (UTC) and bare offsets with seconds.
 */
class Rfc3339FormatTest {
  private static final List<ZoneId> ZONES = List.of(ZoneOffset.UTC, ZoneId.of("Europe/Moscow"),
      ZoneId.of("Asia/Kathmandu"), ZoneId.of("America/St_Johns"), ZoneId.of("Pacific/Chatham"),
      ZoneId.of("Europe/Amsterdam"), ZoneId.of("Africa/Monrovia"), ZoneId.of("America/Los_Angeles"),
      ZoneOffset.ofHoursMinutes(-9, -30), ZoneOffset.ofTotalSeconds(18 * 3600), ZoneOffset.ofTotalSeconds(-18 * 3600),
      ZoneOffset.ofTotalSeconds(3 * 3600 + 17), ZoneOffset.ofTotalSeconds(-(1200 + 59)));
  private static final long MIN = Instant.parse("-0001-12-30T00:00:00Z").getEpochSecond();
  private static final long MAX = Instant.parse("+10000-01-02T00:00:00Z").getEpochSecond();

  private static final Instant FIRST = Instant.parse("0001-01-02T00:00:00Z");
  private static final Instant LAST = Instant.parse("9999-12-30T23:59:59.999999999Z");

  /** The JDK's formatter on an {@code OffsetDateTime} cut to milliseconds; empty where nothing may be written. */
  private static Optional<String> reference(ZonedDateTime time) {
    if (time.toInstant().isBefore(FIRST) || time.toInstant().isAfter(LAST)
        || (time.getZone() instanceof ZoneOffset && time.getOffset().getTotalSeconds() % 60 != 0)) {
      return Optional.empty();
    }
    OffsetDateTime exact = time.toOffsetDateTime().truncatedTo(ChronoUnit.MILLIS);
    if (exact.getOffset().getTotalSeconds() % 60 != 0) {
      exact = exact.withOffsetSameInstant(ZoneOffset.UTC);
    }
    return Optional.of(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(exact));
  }

  private static Optional<String> written(ZonedDateTime time) {
    Optional<String> expected = reference(time);
    if (expected.isEmpty()) {
      assertThrows(DateTimeException.class, () -> Rfc9557.formatRfc3339(time), time::toString);
      return expected;
    }
    return Optional.of(Rfc9557.formatRfc3339(time));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2021-04-06T02:24:00+03:00[Europe/Moscow]", "2021-04-06T02:24:00.5Z[UTC]",
      "2021-04-06T02:24:00.25-03:30[America/St_Johns]", "2021-04-06T02:24:00.120+12:45[Pacific/Chatham]",
      "2021-04-06T02:24:59.999999999+05:45[Asia/Kathmandu]", "2021-04-06T02:24:00.000999-07:00[America/Los_Angeles]",
      "0001-01-02T00:00:00Z[UTC]", "9999-12-30T23:59:59.999Z[UTC]", "0001-01-01T00:00:00Z[UTC]",
      "9999-12-31T23:59:59.999Z[UTC]", "0001-01-02T00:10:00+00:19:32[Europe/Amsterdam]",
      "9999-12-31T10:00:00+14:00[Pacific/Kiritimati]", "0001-01-01T20:00:00-10:00[Pacific/Honolulu]",
      "1900-01-01T02:30:17+02:30:17[Europe/Moscow]", "9999-12-31T23:59:59-00:44:30[Africa/Monrovia]"})
  void writesWhatTheJdkFormatterWrote(String text) {
    ZonedDateTime time = ZonedDateTime.parse(text, DateTimeFormatter.ISO_ZONED_DATE_TIME);
    assertEquals(reference(time), written(time), text);
  }

  @Test
  void writesWhatTheJdkFormatterWroteForAnyInstantAndZone() {
    qt().withFixedSeed(3339L).withExamples(300)
        .forAll(longs().between(MIN, MAX), integers().between(0, 999_999_999), integers().between(0, ZONES.size() - 1),
            integers().between(0, 3))
        .checkAssert((seconds, nanos, zone, rounding) -> {
          // Whole seconds and round milliseconds are common in articles; make them common here too.
          int nano = rounding == 0 ? 0 : rounding == 1 ? nanos / 1_000_000 * 1_000_000 : nanos;
          ZonedDateTime time = Instant.ofEpochSecond(seconds, nano).atZone(ZONES.get(zone));
          assertEquals(reference(time), written(time), time::toString);
        });
  }
}
