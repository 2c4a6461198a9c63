package dev.newsmodel.core;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.Objects;

/**
 * Reads and writes timestamps as RFC 9557 text, such as {@code 2021-04-06T02:24:00+03:00[Europe/Moscow]}:
 * an RFC 3339 date-time with a mandatory offset, optionally followed by an IANA time zone in brackets.
 *
 * <p>{@link #format} and {@link #parse} are inverses: the instant, the offset and the zone come back
 * unchanged. Unlike {@link ZonedDateTime#parse}, which silently moves a time whose offset the zone did
 * not have, {@code parse} refuses such text and names both the offset and the zone; this covers
 * daylight-saving gaps. In an overlap, where a local time occurs twice, the offset picks the occurrence.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Rfc9557 {
  private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

  private Rfc9557() {}

  /**
   * Writes a timestamp: seconds always, a fraction only when not zero, the offset ({@code Z} for UTC),
   * and the zone in brackets unless the zone is the bare offset.
   *
   * @param time the timestamp, not null
   * @return the RFC 9557 text, such as {@code 2021-04-06T17:45:00+03:00[Europe/Moscow]}, not null
   * @throws DateTimeException if the year is outside 0000 to 9999, which RFC 3339 cannot write
   */
  public static String format(ZonedDateTime time) {
    Objects.requireNonNull(time, "time");
    int year = time.getYear();
    if (year < 0 || year > 9999) {
      throw new DateTimeException("Year " + year + " is outside 0000-9999, which RFC 3339 can write");
    }
    StringBuilder out = new StringBuilder(48);
    appendDigits(out, year, 4).append('-');
    appendDigits(out, time.getMonthValue(), 2).append('-');
    appendDigits(out, time.getDayOfMonth(), 2).append('T');
    appendDigits(out, time.getHour(), 2).append(':');
    appendDigits(out, time.getMinute(), 2).append(':');
    appendDigits(out, time.getSecond(), 2);
    int nano = time.getNano();
    if (nano != 0) {
      // As ISO_OFFSET_DATE_TIME: as few fraction digits as the value needs.
      int digits = 9;
      while (nano % 10 == 0) {
        nano /= 10;
        digits--;
      }
      appendDigits(out.append('.'), nano, digits);
    }
    out.append(time.getOffset().getId());
    if (!(time.getZone() instanceof ZoneOffset)) {
      out.append('[').append(time.getZone().getId()).append(']');
    }
    return out.toString();
  }

  private static StringBuilder appendDigits(StringBuilder out, int value, int width) {
    for (int divisor = pow10(width - 1); divisor > 0; divisor /= 10) {
      out.append((char) ('0' + value / divisor % 10));
    }
    return out;
  }

  private static int pow10(int exponent) {
    int result = 1;
    for (int i = 0; i < exponent; i++) {
      result *= 10;
    }
    return result;
  }

  /**
   * Reads a timestamp such as {@code 2021-04-06T02:24:00+03:00[Europe/Moscow]} or
   * {@code 2021-04-06T02:24:00+03:00}. Seconds may be left out, as {@link ZonedDateTime#toString()}
   * does; the critical flag {@code [!Europe/Moscow]} is accepted. Without a zone, the result's zone is
   * the offset.
   *
   * @param text the text, not null
   * @return the timestamp, with exactly the offset and zone of the text, not null
   * @throws DateTimeParseException if the text is not an RFC 9557 timestamp, has no offset, names an
   *     unknown zone, carries a suffix other than the zone, or has an offset that the zone did not have
   *     at that local time
   */
  public static ZonedDateTime parse(CharSequence text) {
    Objects.requireNonNull(text, "text");
    String s = text.toString();
    int bracket = s.indexOf('[');
    String dateTimePart = bracket < 0 ? s : s.substring(0, bracket);
    OffsetDateTime odt = parseCanonical(dateTimePart);
    if (odt == null) {
      odt = parseWithFormatter(s, dateTimePart);
    }

    int year = odt.getYear();
    if (year < 0 || year > 9999) {
      throw new DateTimeParseException("Year " + year + " is outside 0000-9999 in '" + s + "'", s, 0);
    }
    if (bracket < 0) {
      return odt.toZonedDateTime();
    }
    int close = s.indexOf(']', bracket);
    if (close < 0) {
      throw new DateTimeParseException("Expected ']' closing the time zone in '" + s + "'", s, s.length());
    }
    if (close != s.length() - 1) {
      throw new DateTimeParseException(
          "Expected nothing after the time zone, but found '" + s.substring(close + 1)
              + "' in '" + s + "' (RFC 9557 suffix tags other than the zone are not supported)", s, close + 1);
    }
    String zoneText = s.substring(bracket + 1, close);
    if (zoneText.startsWith("!")) {
      zoneText = zoneText.substring(1);
    }
    ZoneId zone;
    try {
      zone = ZoneId.of(zoneText);
    } catch (DateTimeException e) {
      throw new DateTimeParseException(
          "Unknown time zone '" + zoneText + "' in '" + s + "'; expected an IANA zone such as 'Europe/Moscow'",
          s, bracket + 1);
    }
    LocalDateTime local = odt.toLocalDateTime();
    ZoneOffset offset = odt.getOffset();
    ZoneRules rules = zone.getRules();
    if (!rules.isValidOffset(local, offset)) {
      throw new DateTimeParseException(invalidOffset(local, offset, zone), s, dateTimePart.length());
    }
    return ZonedDateTime.ofStrict(local, offset, zone);
  }

  /** The general path, and the one that explains what is wrong: {@link DateTimeFormatter}. */
  private static OffsetDateTime parseWithFormatter(String s, String dateTimePart) {
    try {
      return OffsetDateTime.parse(dateTimePart, DATE_TIME);
    } catch (DateTimeParseException e) {
      throw new DateTimeParseException(
          "Expected an RFC 3339 date-time with an offset, such as '2021-04-06T02:24:00+03:00', but was '"
              + s + "'", s, e.getErrorIndex());
    }
  }

  /**
   * Reads the canonical form {@link #format} writes ({@code 2021-04-06T02:24:00.5+03:00}) by hand, the
   * common case on every read; returns null for anything else (lower-case {@code t}, no seconds, an
   * offset with seconds, a value out of range), which {@link #parseWithFormatter} then reads or
   * explains. Both give the same value for any text this method accepts.
   */
  static OffsetDateTime parseCanonical(String s) {
    int n = s.length();
    if (n < 20 || s.charAt(4) != '-' || s.charAt(7) != '-' || s.charAt(10) != 'T' || s.charAt(13) != ':'
        || s.charAt(16) != ':') {
      return null;
    }
    int year = digits(s, 0, 4);
    int month = digits(s, 5, 2);
    int day = digits(s, 8, 2);
    int hour = digits(s, 11, 2);
    int minute = digits(s, 14, 2);
    int second = digits(s, 17, 2);
    if ((year | month | day | hour | minute | second) < 0) {
      return null;
    }
    int i = 19;
    int nano = 0;
    if (s.charAt(i) == '.') {
      int start = ++i;
      while (i < n && i - start < 9 && isDigit(s.charAt(i))) {
        nano = nano * 10 + (s.charAt(i) - '0');
        i++;
      }
      int count = i - start;
      if (count == 0 || (i < n && isDigit(s.charAt(i)))) {
        return null;
      }
      nano *= pow10(9 - count);
    }
    ZoneOffset offset;
    if (i == n - 1 && s.charAt(i) == 'Z') {
      offset = ZoneOffset.UTC;
    } else if (i == n - 6 && (s.charAt(i) == '+' || s.charAt(i) == '-') && s.charAt(i + 3) == ':') {
      int hours = digits(s, i + 1, 2);
      int minutes = digits(s, i + 4, 2);
      if ((hours | minutes) < 0 || hours > 18 || minutes > 59 || (hours == 18 && minutes > 0)) {
        return null;
      }
      int sign = s.charAt(i) == '-' ? -1 : 1;
      offset = ZoneOffset.ofTotalSeconds(sign * (hours * 3600 + minutes * 60));
    } else {
      return null;
    }
    try {
      return OffsetDateTime.of(year, month, day, hour, minute, second, nano, offset);
    } catch (DateTimeException e) {
      return null;
    }
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** Returns the value of {@code count} ASCII digits at {@code from}, or -1 if one is not a digit. */
  private static int digits(String s, int from, int count) {
    int value = 0;
    for (int i = from; i < from + count; i++) {
      char c = s.charAt(i);
      if (!isDigit(c)) {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  /**
   * Explains why an offset does not fit a zone at a local time, such as
   * {@code Offset '+01:00' is not valid for 2025-03-30T02:30 in zone 'Europe/Paris': that local time
   * falls in the daylight-saving gap from +01:00 to +02:00}.
   */
  static String invalidOffset(LocalDateTime local, ZoneOffset offset, ZoneId zone) {
    String head = "Offset '" + offset + "' is not valid for " + local + " in zone '" + zone.getId() + "'";
    ZoneRules rules = zone.getRules();
    ZoneOffsetTransition transition = rules.getTransition(local);
    if (transition != null && transition.isGap()) {
      return head + ": that local time falls in the daylight-saving gap from " + transition.getOffsetBefore()
          + " to " + transition.getOffsetAfter();
    }
    if (transition != null) {
      return head + ": that local time falls in the overlap where the zone's offsets are "
          + transition.getOffsetAfter() + " and " + transition.getOffsetBefore();
    }
    return head + ": the zone's offset then is " + rules.getValidOffsets(local).get(0);
  }
}
