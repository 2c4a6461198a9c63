package dev.newsmodel.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.newsmodel.testing.ModelGenerators;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import org.junit.jupiter.api.Test;

/** Format and parse are inverses for every zone of the tz database, across gaps and overlaps. */
class Rfc9557PropertiesTest {
  private static final ModelGenerators GEN = ModelGenerators.standard();

  @Test
  void parseOfFormatIsIdentity() {
    qt().withFixedSeed(9557L).withExamples(3000).forAll(GEN.timestamps()).checkAssert(t -> {
      ZonedDateTime back = Rfc9557.parse(Rfc9557.format(t));
      assertEquals(t, back);
      assertEquals(t.getOffset(), back.getOffset());
      assertEquals(t.getZone(), back.getZone());
    });
  }

  @Test
  void everyZoneAroundEveryTransitionRoundTrips() {
    Instant from = Instant.parse("2000-01-01T00:00:00Z");
    Instant to = Instant.parse("2030-01-01T00:00:00Z");
    int gaps = 0;
    int overlaps = 0;
    for (ZoneId zone : ModelGenerators.REGION_ZONES) {
      ZoneRules rules = zone.getRules();
      ZoneOffsetTransition tr = rules.nextTransition(from);
      for (int n = 0; n < 6 && tr != null && tr.getInstant().isBefore(to); n++) {
        for (long delta : new long[] {-3600, -1, 0, 1, 1800, 3600}) {
          ZonedDateTime t = ZonedDateTime.ofInstant(tr.getInstant().plusSeconds(delta), zone);
          assertEquals(t, Rfc9557.parse(Rfc9557.format(t)), zone.getId());
        }
        long half = Math.abs(tr.getDuration().getSeconds()) / 2;
        if (tr.isGap()) {
          gaps++;
          LocalDateTime inGap = tr.getDateTimeBefore().plusSeconds(half);
          for (ZoneOffset offset : new ZoneOffset[] {tr.getOffsetBefore(), tr.getOffsetAfter()}) {
            String text = inGap.withNano(0) + ":00".substring(inGap.getSecond() == 0 && inGap.toLocalTime()
                .toString().length() == 5 ? 0 : 3) + offsetText(offset) + "[" + zone.getId() + "]";
            DateTimeParseException e = assertThrows(DateTimeParseException.class, () -> Rfc9557.parse(text), text);
            boolean daylightSaving = rules.isDaylightSavings(tr.getInstant())
                && rules.getStandardOffset(tr.getInstant()).equals(rules.getStandardOffset(tr.getInstant().minusSeconds(1)));
            assertTrue(e.getMessage().contains(daylightSaving ? "the daylight-saving gap from " : "the gap from "),
                e.getMessage());
          }
        } else {
          overlaps++;
          LocalDateTime inOverlap = tr.getDateTimeAfter().plusSeconds(half);
          for (ZoneOffset offset : new ZoneOffset[] {tr.getOffsetBefore(), tr.getOffsetAfter()}) {
            ZonedDateTime t = ZonedDateTime.ofStrict(inOverlap, offset, zone);
            ZonedDateTime back = Rfc9557.parse(Rfc9557.format(t));
            assertEquals(offset, back.getOffset(), zone.getId());
            assertEquals(t, back);
          }
        }
        tr = rules.nextTransition(tr.getInstant());
      }
    }
    assertTrue(gaps > 500 && overlaps > 500, gaps + " gaps, " + overlaps + " overlaps");
  }

  private static String offsetText(ZoneOffset offset) {
    return offset.getTotalSeconds() == 0 ? "+00:00" : offset.getId();
  }

  @Test
  void offsetsAZoneNeverHadAreRefused() {
    qt().withFixedSeed(42L).withExamples(1000).forAll(GEN.timestamps()).checkAssert(t -> {
      if (t.getZone() instanceof ZoneOffset || t.getOffset().getTotalSeconds() % 60 != 0) {
        return; // no zone to contradict; or local mean time, which format writes in UTC ("Z[zone]")
      }
      ZoneOffset wrong = ZoneOffset.ofTotalSeconds((t.getOffset().getTotalSeconds() + 7 * 1800) % (18 * 3600));
      if (t.getZone().getRules().isValidOffset(t.toLocalDateTime(), wrong)) {
        return;
      }
      String dateTime = Rfc9557.format(t.toLocalDateTime().atOffset(wrong).toZonedDateTime());
      // "+00:00", not "Z": with a zone, Z means "the UTC time is known, the offset is the zone's" (RFC 9557).
      String text = (dateTime.endsWith("Z") ? dateTime.substring(0, dateTime.length() - 1) + "+00:00" : dateTime)
          + "[" + t.getZone().getId() + "]";
      DateTimeParseException e = assertThrows(DateTimeParseException.class, () -> Rfc9557.parse(text), text);
      assertEquals(true, e.getMessage().contains("'" + wrong.getId() + "'")
          && e.getMessage().contains("'" + t.getZone().getId() + "'"), e.getMessage());
    });
  }

  @Test
  void handWrittenFormatAndParseAgreeWithTheIsoFormatter() {
    java.time.format.DateTimeFormatter iso = java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME;
    qt().withFixedSeed(3339L).withExamples(3000).forAll(GEN.timestamps()).checkAssert(t -> {
      String text = Rfc9557.format(t);
      String dateTime = text.indexOf('[') < 0 ? text : text.substring(0, text.indexOf('['));
      // An offset with seconds (local mean time) is not RFC 3339: such a time is written in UTC.
      java.time.OffsetDateTime written = t.getOffset().getTotalSeconds() % 60 == 0
          ? t.toOffsetDateTime() : t.toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
      assertEquals(iso.format(written), dateTime);
      assertEquals(java.time.OffsetDateTime.parse(dateTime, iso), Rfc9557.parseCanonical(dateTime), dateTime);
      assertEquals(t, Rfc9557.parse(text), text);
    });
  }

  /**
   * Edge cases of the date-time part, each with its verdict: the canonical text {@code parse} then
   * {@code format} give, or {@code !} and a fragment of the refusal. The hand-written reader must also
   * agree with {@code ISO_OFFSET_DATE_TIME} wherever it accepts a text.
   */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
      "2021-04-06T02:24:00+03:00|2021-04-06T02:24:00+03:00",
      "2021-04-06T02:24:00Z|2021-04-06T02:24:00Z",
      "2021-04-06T02:24:00-00:00|2021-04-06T02:24:00Z",
      "2021-04-06T02:24:00.5+18:00|2021-04-06T02:24:00.5+18:00",
      "2021-04-06T02:24:00.123456789-18:00|2021-04-06T02:24:00.123456789-18:00",
      "0001-01-02T00:00:00Z|0001-01-02T00:00:00Z",
      "9999-12-30T23:59:59.999999999Z|9999-12-30T23:59:59.999999999Z",
      "0000-01-01T00:00:00Z|!outside 0001-01-02 to 9999-12-30",
      "0001-01-01T12:00:00Z|!outside 0001-01-02 to 9999-12-30",
      "9999-12-31T23:59:59.999999999Z|!outside 0001-01-02 to 9999-12-30",
      "2021-04-06t02:24:00+03:00|2021-04-06T02:24:00+03:00",
      "2021-04-06T02:24+03:00|2021-04-06T02:24:00+03:00",
      "2021-04-06T02:24:00+03:00:30|!has seconds, which RFC 3339 offsets cannot have",
      "1880-01-01T00:00:00+02:30:17[Europe/Moscow]|1879-12-31T21:29:43Z[Europe/Moscow]",
      "2021-04-06T02:24:00+0300|!Expected an RFC 3339 date-time",
      "2021-02-29T02:24:00Z|!no such date or time exists",
      "2021-04-06T24:00:00Z|!no such date or time exists",
      "2021-04-06T23:59:60Z|!The leap second",
      "2021-04-06T02:24:00.Z|!Expected an RFC 3339 date-time",
      "2021-04-06T02:24:00.5|!Expected an RFC 3339 date-time",
      "2021-04-06T02:24:00.1234567890Z|!no such date or time exists",
      "2021-04-06T02:24:00+18:01|!is RFC 3339 syntax, but not supported",
      "2021-04-06T02:24:00+23:59|!is RFC 3339 syntax, but not supported",
      "2021-04-06T02:24:00+03:60|!no such date or time exists",
      "2021-13-06T02:24:00Z|!no such date or time exists",
      "+2021-04-06T02:24:00Z|!Expected an RFC 3339 date-time",
      "2021-04-06T02:24:00z|2021-04-06T02:24:00Z",
      "2021-04-06T02:24:00 +03:00|!Expected an RFC 3339 date-time",
      "２０２１-04-06T02:24:00Z|!Expected an RFC 3339 date-time"})
  void edgeCasesOfTheDateTimeHaveTheirVerdict(String text, String verdict) {
    java.time.OffsetDateTime canonical = Rfc9557.parseCanonical(text);
    java.time.OffsetDateTime iso;
    try {
      iso = java.time.OffsetDateTime.parse(text, java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    } catch (DateTimeParseException e) {
      iso = null;
    }
    if (canonical != null) {
      assertEquals(iso, canonical, text);
    }
    if (verdict.startsWith("!")) {
      DateTimeParseException e = assertThrows(DateTimeParseException.class, () -> Rfc9557.parse(text), text);
      assertTrue(e.getMessage().contains(verdict.substring(1)), e.getMessage());
    } else {
      assertEquals(verdict, Rfc9557.format(Rfc9557.parse(text)), text);
    }
  }
}
