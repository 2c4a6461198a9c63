package dev.newsmodel.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import dev.newsmodel.html.internal.TimeText;
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

/** The hand-written {@code datetime} attribute is byte for byte what {@code ISO_OFFSET_DATE_TIME} writes. */
class DatetimeAttributeTest {
  private static final List<ZoneId> ZONES = List.of(ZoneOffset.UTC, ZoneId.of("Europe/Moscow"),
      ZoneId.of("Asia/Kathmandu"), ZoneId.of("America/St_Johns"), ZoneId.of("Pacific/Chatham"),
      ZoneId.of("Europe/Amsterdam"), ZoneId.of("Africa/Monrovia"), ZoneId.of("America/Los_Angeles"),
      ZoneOffset.ofHoursMinutes(-9, -30), ZoneOffset.ofTotalSeconds(18 * 3600), ZoneOffset.ofTotalSeconds(-18 * 3600),
      ZoneOffset.ofTotalSeconds(3 * 3600 + 17), ZoneOffset.ofTotalSeconds(-(1200 + 59)));
  private static final long MIN = Instant.parse("-0001-12-30T00:00:00Z").getEpochSecond();
  private static final long MAX = Instant.parse("+10000-01-02T00:00:00Z").getEpochSecond();

  /** The implementation it replaces: the JDK's formatter on an {@code OffsetDateTime} cut to milliseconds. */
  private static Optional<String> reference(ZonedDateTime time) {
    if (time.getYear() < 1 || time.getYear() > 9999) {
      return Optional.empty();
    }
    OffsetDateTime exact = time.toOffsetDateTime().truncatedTo(ChronoUnit.MILLIS);
    if (exact.getOffset().getTotalSeconds() % 60 != 0) {
      exact = exact.withOffsetSameInstant(ZoneOffset.UTC);
      if (exact.getYear() < 1 || exact.getYear() > 9999) {
        return Optional.empty();
      }
    }
    return Optional.of(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(exact));
  }

  @ParameterizedTest
  @ValueSource(strings = {"2021-04-06T02:24:00+03:00[Europe/Moscow]", "2021-04-06T02:24:00.5Z[UTC]",
      "2021-04-06T02:24:00.25-03:30[America/St_Johns]", "2021-04-06T02:24:00.120+12:45[Pacific/Chatham]",
      "2021-04-06T02:24:59.999999999+05:45[Asia/Kathmandu]", "2021-04-06T02:24:00.000999-07:00[America/Los_Angeles]",
      "0001-01-01T00:00:00Z[UTC]", "9999-12-31T23:59:59.999Z[UTC]", "0001-01-01T00:10:00+00:19:32[Europe/Amsterdam]",
      "1900-01-01T02:30:17+02:30:17[Europe/Moscow]", "9999-12-31T23:59:59-00:44:30[Africa/Monrovia]"})
  void writesWhatTheJdkFormatterWrote(String text) {
    ZonedDateTime time = ZonedDateTime.parse(text, DateTimeFormatter.ISO_ZONED_DATE_TIME);
    assertEquals(reference(time), TimeText.datetime(time), text);
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
          assertEquals(reference(time), TimeText.datetime(time), time::toString);
        });
  }
}
