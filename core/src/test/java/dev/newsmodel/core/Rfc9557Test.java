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
      "1960-01-01T00:00:00-00:44:30[Africa/Monrovia]|1960-01-01T00:00:00-00:44:30[Africa/Monrovia]",
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
      "+10000-01-01T00:00:00Z|Year 10000 is outside 0000-9999",
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
  }
}
