package dev.newsmodel.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** RFC 9557 timestamps keep instant, offset and zone, and refuse offsets the zone never had. */
class Rfc9557Test {

  @Test
  void keepsInstantOffsetAndZone() {
    ZonedDateTime t = Rfc9557.parse("2021-04-06T02:24:00+03:00[Europe/Moscow]");
    assertEquals(ZoneId.of("Europe/Moscow"), t.getZone());
    assertEquals(ZoneOffset.ofHours(3), t.getOffset());
    assertEquals("2021-04-05T23:24:00Z", t.toInstant().toString());
    assertEquals("2021-04-06T02:24:00+03:00[Europe/Moscow]", Rfc9557.format(t));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "2021-04-06T02:24:00+03:00|2021-04-06T02:24:00+03:00",
      "2021-04-06T02:24:00Z|2021-04-06T02:24:00Z",
      "2021-04-06T02:24+03:00[Europe/Moscow]|2021-04-06T02:24:00+03:00[Europe/Moscow]",
      "2021-04-06T02:24:00.5+03:00[!Europe/Moscow]|2021-04-06T02:24:00.5+03:00[Europe/Moscow]",
      "2021-04-06T02:24:00.123456789-04:00[America/New_York]|2021-04-06T02:24:00.123456789-04:00[America/New_York]",
      "1960-01-01T00:00:00-00:44:30[Africa/Monrovia]|1960-01-01T00:44:30Z[Africa/Monrovia]",
      "1960-01-01T00:44:30Z[Africa/Monrovia]|1960-01-01T00:44:30Z[Africa/Monrovia]",
      "2021-04-05T23:24:00Z[Europe/Moscow]|2021-04-06T02:24:00+03:00[Europe/Moscow]",
      "2021-04-06T02:24:00+03:00[+03:00]|2021-04-06T02:24:00+03:00",
      "2021-04-06T02:24:00Z[Etc/GMT-3]|2021-04-06T05:24:00+03:00[Etc/GMT-3]",
  })
  void readsWhatItWritesAndWhatZonedDateTimeWrites(String text, String canonical) {
    ZonedDateTime t = Rfc9557.parse(text);
    assertEquals(canonical, Rfc9557.format(t));
    assertEquals(t, Rfc9557.parse(Rfc9557.format(t)));
  }

  @Test
  void refusesOffsetTheZoneDidNotHave() {
    DateTimeParseException e = assertThrows(DateTimeParseException.class,
        () -> Rfc9557.parse("2021-04-06T02:24:00+05:00[Europe/Moscow]"));
    assertEquals("Offset '+05:00' is not valid for 2021-04-06T02:24 in zone 'Europe/Moscow':"
        + " the zone's offset then is +03:00", e.getMessage());
  }

  @Test
  void refusesLocalTimeInDaylightSavingGap() {
    DateTimeParseException e = assertThrows(DateTimeParseException.class,
        () -> Rfc9557.parse("2025-03-30T02:30:00+01:00[Europe/Paris]"));
    assertEquals("Offset '+01:00' is not valid for 2025-03-30T02:30 in zone 'Europe/Paris':"
        + " that local time falls in the daylight-saving gap from +01:00 to +02:00", e.getMessage());
    assertThrows(DateTimeParseException.class, () -> Rfc9557.parse("2025-03-30T02:30:00+02:00[Europe/Paris]"));
  }

  @Test
  void acceptsBothOffsetsOfAnOverlapAndKeepsEach() {
    ZonedDateTime first = Rfc9557.parse("2025-10-26T02:30:00+02:00[Europe/Paris]");
    ZonedDateTime second = Rfc9557.parse("2025-10-26T02:30:00+01:00[Europe/Paris]");
    assertEquals(ZoneOffset.ofHours(2), first.getOffset());
    assertEquals(ZoneOffset.ofHours(1), second.getOffset());
    assertEquals(3600, second.toEpochSecond() - first.toEpochSecond());
    assertEquals("2025-10-26T02:30:00+01:00[Europe/Paris]", Rfc9557.format(second));
  }

  @Test
  void refusesOffsetOutsideAnOverlapNamingBothOffsets() {
    DateTimeParseException e = assertThrows(DateTimeParseException.class,
        () -> Rfc9557.parse("2025-10-26T02:30:00+03:00[Europe/Paris]"));
    assertTrue(e.getMessage().contains("overlap where the zone's offsets are +01:00 and +02:00"), e.getMessage());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "2021-04-06T02:24:00|Expected an RFC 3339 date-time with an offset",
      "2021-04-06T02:24:00[Europe/Moscow]|Expected an RFC 3339 date-time with an offset",
      "2021-04-06|Expected an RFC 3339 date-time with an offset",
      "yesterday|Expected an RFC 3339 date-time with an offset",
      "2021-04-06T02:24:00+03:00[Mars/Olympus]|Unknown time zone 'Mars/Olympus'",
      "2021-04-06T02:24:00+03:00[Europe/Moscow|Expected ']' closing the time zone",
      "2021-04-06T02:24:00+03:00[Europe/Moscow][u-ca=hebrew]|Expected nothing after the time zone",
      "2021-04-06T02:24:00+03:00[Europe/Moscow]x|Expected nothing after the time zone",
      "+10000-01-01T00:00:00Z|Expected an RFC 3339 date-time",
      "0000-06-01T00:00:00Z|The time '0000-06-01T00:00:00Z' is outside 0001-01-02 to 9999-12-30",
      "2021-04-06T02:24:00+03:00[UTC+3]|Unknown time zone 'UTC+3'",
      "2021-04-06T02:24:00+03:00[GMT+03:00]|Unknown time zone 'GMT+03:00'",
      "2021-04-06T02:24:00+03:00[+3]|Unknown time zone '+3'",
      "2021-04-06T02:24:00+03:00[+03:00:00]|Unknown time zone '+03:00:00'",
      "2021-04-06T23:59:60Z|The leap second in '2021-04-06T23:59:60Z' is RFC 3339, but not supported",
      "2021-04-06T02:24:00+23:59|The offset in '2021-04-06T02:24:00+23:59' is RFC 3339 syntax, but not supported",
      "2021-02-29T02:24:00Z|The date-time '2021-02-29T02:24:00Z' has RFC 3339's form, but no such date",
  })
  void refusesMalformedText(String text, String messageStart) {
    DateTimeParseException e = assertThrows(DateTimeParseException.class, () -> Rfc9557.parse(text));
    assertTrue(e.getMessage().startsWith(messageStart), e.getMessage());
    assertEquals(text, e.getParsedString());
  }

  @Test
  void refusesYearsRfc3339CannotWrite() {
    assertThrows(DateTimeException.class,
        () -> Rfc9557.format(ZonedDateTime.of(-1, 1, 1, 0, 0, 0, 0, ZoneOffset.UTC)));
    assertThrows(DateTimeException.class,
        () -> Rfc9557.formatRfc3339(ZonedDateTime.of(9999, 12, 31, 12, 0, 0, 0, ZoneOffset.UTC)));
  }

  @Test
  void refusesZonesThatNoRfc9557ReaderKnows() {
    for (String id : new String[] {"UTC+3", "GMT+3", "UT-01:30"}) {
      ZonedDateTime t = ZonedDateTime.of(2021, 4, 6, 2, 24, 0, 0, ZoneId.of(id));
      DateTimeException e = assertThrows(DateTimeException.class, () -> Rfc9557.format(t), id);
      assertTrue(e.getMessage().contains("IANA database"), e.getMessage());
    }
  }

  @Test
  void callsAGapThatIsNotDaylightSavingByItsName() {
    // Samoa skipped 30 December 2011; North Korea moved from +08:30 to +09:00 in May 2018.
    DateTimeParseException apia = assertThrows(DateTimeParseException.class,
        () -> Rfc9557.parse("2011-12-30T12:00:00-10:00[Pacific/Apia]"));
    assertEquals("Offset '-10:00' is not valid for 2011-12-30T12:00 in zone 'Pacific/Apia': that local time"
        + " falls in the gap from -10:00 to +14:00, when the zone changed its standard time", apia.getMessage());
    DateTimeParseException pyongyang = assertThrows(DateTimeParseException.class,
        () -> Rfc9557.parse("2018-05-04T23:45:00+08:30[Asia/Pyongyang]"));
    assertTrue(pyongyang.getMessage().endsWith("gap from +08:30 to +09:00, when the zone changed its standard time"),
        pyongyang.getMessage());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "2021-04-06T17:45:00+03:00[Europe/Moscow]|2021-04-06T17:45:00+03:00",
      "2021-04-06T17:45:00.250+03:00[Europe/Moscow]|2021-04-06T17:45:00.25+03:00",
      "2021-04-06T17:45:00.123456789+03:00[Europe/Moscow]|2021-04-06T17:45:00.123+03:00",
      "2021-04-06T17:45:00.000999+03:00|2021-04-06T17:45:00+03:00",
      "2021-04-06T14:45:00Z|2021-04-06T14:45:00Z",
      "1880-01-01T00:00:00+02:30:17[Europe/Moscow]|1879-12-31T21:29:43Z",
      "1960-01-01T00:00:00.5-00:44:30[Africa/Monrovia]|1960-01-01T00:44:30.5Z",
      "9999-12-31T05:00:00+18:00|9999-12-31T05:00:00+18:00",
  })
  void writesTheInstantAloneToTheMillisecond(String text, String rfc3339) {
    ZonedDateTime t = Rfc9557.parse(text);
    assertEquals(rfc3339, Rfc9557.formatRfc3339(t));
    java.time.Instant back = java.time.OffsetDateTime.parse(rfc3339).toInstant();
    assertEquals(t.toInstant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS), back);
  }
}
