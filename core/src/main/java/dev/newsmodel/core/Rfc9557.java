package dev.newsmodel.core;

import dev.newsmodel.core.internal.Checks;
import java.time.DateTimeException;
import java.time.Instant;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads and writes timestamps as RFC 9557 text, such as {@code 2021-04-06T02:24:00+03:00[Europe/Moscow]}:
 * an RFC 3339 date-time with a mandatory offset, optionally followed by an IANA time zone in brackets.
 *
 * <p>{@link #format} and {@link #parse} are inverses: the instant, the offset and the zone come back
 * unchanged. Unlike {@link ZonedDateTime#parse}, which silently moves a time whose offset the zone did
 * not have, {@code parse} refuses such text and names both the offset and the zone; this covers
 * daylight-saving gaps and other clock changes. In an overlap, where a local time occurs twice, the
 * offset picks the occurrence.
 *
 * <p>{@link #formatRfc3339} writes the same instant for places that carry no zone: HTML's
 * {@code datetime}, Open Graph, schema.org JSON-LD and feeds. Every part of newsmodel that writes
 * an instant without its zone writes it with that method, so one instant is written one way.
 *
 * <p>What RFC 3339 cannot write, and how newsmodel deals with it:
 * <ul>
 *   <li>an offset with seconds, such as the local mean time {@code +02:30:17} of Europe/Moscow before
 *       1880: written in UTC with the zone, {@code 1879-12-31T21:29:43Z[Europe/Moscow]}, which RFC 9557
 *       reads as "this instant, in that zone". {@code parse} also accepts such an offset as written by
 *       other tools ({@code +02:30:17}), and {@code format} writes it back the RFC 3339 way;
 *   <li>a time without seconds ({@code 2021-04-06T02:24+03:00}): read, and written with seconds;
 *   <li>a leap second ({@code 23:59:60}) and an offset beyond {@code ±18:00} are RFC 3339 syntax that
 *       java.time cannot hold: refused as not supported;
 *   <li>years: newsmodel times lie from {@code 0001-01-02} to {@code 9999-12-30} (UTC), so that in every
 *       offset the year has four digits and is not 0, which HTML cannot write.
 * </ul>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Rfc9557 {
  private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

  /** RFC 3339's date-time grammar, lenient in the same places {@link #parse} is. */
  private static final Pattern RFC_3339_SYNTAX = Pattern.compile(
      "[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}(:([0-9]{2})(\\.[0-9]+)?)?([Zz]|[+-]([0-9]{2}):([0-9]{2})(:[0-9]{2})?)");

  private Rfc9557() {}

  /**
   * Writes a timestamp: seconds always, a fraction only when not zero (up to nanoseconds), the offset
   * ({@code Z} for UTC), and the zone in brackets unless the zone is the bare offset. A time whose
   * offset has seconds (historical local mean time) is written in UTC with its zone, such as
   * {@code 1879-12-31T21:29:43Z[Europe/Moscow]}, since RFC 3339 offsets have none.
   *
   * @param time the timestamp, not null
   * @return the RFC 9557 text, such as {@code 2021-04-06T17:45:00+03:00[Europe/Moscow]}, not null
   * @throws DateTimeException if the instant is outside {@code 0001-01-02} to {@code 9999-12-30} (UTC),
   *     or the zone is neither an IANA zone nor a bare offset in whole minutes
   */
  public static String format(ZonedDateTime time) {
    requireWritable(time);
    StringBuilder out = new StringBuilder(48);
    int offset = time.getOffset().getTotalSeconds();
    if (offset % 60 == 0) {
      appendDateTime(out, time.toLocalDateTime(), 9).append(time.getOffset().getId());
    } else {
      appendDateTime(out, LocalDateTime.ofEpochSecond(time.toEpochSecond(), time.getNano(), ZoneOffset.UTC), 9)
          .append('Z');
    }
    if (!(time.getZone() instanceof ZoneOffset)) {
      out.append('[').append(time.getZone().getId()).append(']');
    }
    return out.toString();
  }

  /**
   * Writes a timestamp's instant as an RFC 3339 date-time without its zone, such as
   * {@code 2021-04-06T17:45:00+03:00}: the form HTML's {@code datetime} attribute, Open Graph's
   * {@code article:published_time}, schema.org and feeds carry. Seconds always; a fraction only when
   * not zero, to the millisecond, the finest HTML's {@code datetime} carries (finer digits are cut,
   * never rounded up to another second); the offset as in {@link #format}: {@code Z} for UTC, and a
   * time whose offset has seconds (local mean time) in UTC.
   *
   * @param time the timestamp, not null
   * @return the RFC 3339 text, such as {@code 2021-04-06T17:45:00.25+03:00}, not null
   * @throws DateTimeException on the times {@link #format} refuses
   */
  public static String formatRfc3339(ZonedDateTime time) {
    requireWritable(time);
    StringBuilder out = new StringBuilder(29);
    int offset = time.getOffset().getTotalSeconds();
    if (offset % 60 == 0) {
      return appendDateTime(out, time.toLocalDateTime(), 3).append(time.getOffset().getId()).toString();
    }
    return appendDateTime(out, LocalDateTime.ofEpochSecond(time.toEpochSecond(), time.getNano(), ZoneOffset.UTC), 3)
        .append('Z').toString();
  }

  private static void requireWritable(ZonedDateTime time) {
    Objects.requireNonNull(time, "time");
    String reason = Checks.unwritable(time);
    if (reason != null) {
      throw new DateTimeException("The time " + time + " " + reason);
    }
  }

  /**
   * Appends {@code 2021-04-06T02:24:00}, then the fraction with as few digits as it needs, up to
   * {@code maxDigits} (9: nanoseconds; 3: milliseconds, finer digits cut).
   */
  private static StringBuilder appendDateTime(StringBuilder out, LocalDateTime t, int maxDigits) {
    appendDigits(out, t.getYear(), 4).append('-');
    appendDigits(out, t.getMonthValue(), 2).append('-');
    appendDigits(out, t.getDayOfMonth(), 2).append('T');
    appendDigits(out, t.getHour(), 2).append(':');
    appendDigits(out, t.getMinute(), 2).append(':');
    appendDigits(out, t.getSecond(), 2);
    int fraction = t.getNano() / pow10(9 - maxDigits);
    if (fraction != 0) {
      // As ISO_OFFSET_DATE_TIME: as few fraction digits as the value needs.
      int digits = maxDigits;
      while (fraction % 10 == 0) {
        fraction /= 10;
        digits--;
      }
      appendDigits(out.append('.'), fraction, digits);
    }
    return out;
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
   * the offset. With {@code Z} and a zone, such as {@code 2021-04-05T23:24:00Z[Europe/Moscow]}, the
   * text gives the instant in UTC and leaves the local offset to the zone (RFC 9557 section 2): the
   * result has the zone's offset at that instant.
   *
   * @param text the text, not null
   * @return the timestamp, with exactly the offset and zone of the text, not null
   * @throws DateTimeParseException if the text is not an RFC 9557 timestamp, has no offset, names an
   *     unknown zone, carries a suffix other than the zone, has an offset that the zone did not have
   *     at that local time, or lies outside {@code 0001-01-02} to {@code 9999-12-30} (UTC)
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

    ZonedDateTime result;
    if (bracket < 0) {
      result = odt.toZonedDateTime();
    } else {
      ZoneId zone = zone(s, bracket);
      LocalDateTime local = odt.toLocalDateTime();
      ZoneOffset offset = odt.getOffset();
      char last = dateTimePart.charAt(dateTimePart.length() - 1);
      if (last == 'Z' || last == 'z') {
        // RFC 9557: the UTC time is known, the local offset is the zone's.
        result = ZonedDateTime.ofInstant(odt.toInstant(), zone);
      } else {
        ZoneRules rules = zone.getRules();
        if (!rules.isValidOffset(local, offset)) {
          throw new DateTimeParseException(invalidOffset(local, offset, zone), s, dateTimePart.length());
        }
        result = ZonedDateTime.ofStrict(local, offset, zone);
      }
    }
    Instant instant = result.toInstant();
    if (instant.isBefore(Checks.FIRST_INSTANT) || instant.isAfter(Checks.LAST_INSTANT)) {
      throw new DateTimeParseException("The time '" + s + "' is outside 0001-01-02 to 9999-12-30 (UTC), the "
          + "range newsmodel writes with four-digit years in every offset", s, 0);
    }
    return result;
  }

  /** Reads the zone in brackets at {@code bracket}: an IANA zone name, or an offset {@code ±hh:mm}. */
  private static ZoneId zone(String s, int bracket) {
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
      zone = null;
    }
    boolean offsetText = !zoneText.isEmpty() && (zoneText.charAt(0) == '+' || zoneText.charAt(0) == '-');
    boolean known = zone != null && (offsetText
        ? zoneText.length() == 6 && zoneText.charAt(3) == ':' && Checks.unknownZone(zone) == null
        : !(zone instanceof ZoneOffset) && Checks.unknownZone(zone) == null);
    if (!known) {
      throw new DateTimeParseException(
          "Unknown time zone '" + zoneText + "' in '" + s + "'; expected an IANA zone such as 'Europe/Moscow'"
              + " or an offset such as '+03:00'", s, bracket + 1);
    }
    return zone;
  }

  /** The general path, and the one that explains what is wrong: {@link DateTimeFormatter}. */
  private static OffsetDateTime parseWithFormatter(String s, String dateTimePart) {
    Matcher syntax = RFC_3339_SYNTAX.matcher(dateTimePart);
    if (!syntax.matches()) {
      throw new DateTimeParseException(
          "Expected an RFC 3339 date-time with an offset, such as '2021-04-06T02:24:00+03:00', but was '"
              + s + "'", s, 0);
    }
    try {
      OffsetDateTime odt = OffsetDateTime.parse(dateTimePart, DATE_TIME);
      if (syntax.group(7) != null && dateTimePart.length() == s.length()) {
        throw new DateTimeParseException("The offset '" + odt.getOffset() + "' in '" + s + "' has seconds, which "
            + "RFC 3339 offsets cannot have; give the time in UTC, or with its IANA zone in brackets, such as "
            + "'1880-01-01T00:00:00+02:30:17[Europe/Moscow]'", s, dateTimePart.length() - 9);
      }
      return odt;
    } catch (DateTimeParseException e) {
      if (e.getMessage().startsWith("The offset")) {
        throw e;
      }
      if ("60".equals(syntax.group(2))) {
        throw new DateTimeParseException("The leap second in '" + s + "' is RFC 3339, but not supported: "
            + "java.time has no second 60; write the second before or after it", s, 17);
      }
      if (syntax.group(5) != null) {
        int hours = Integer.parseInt(syntax.group(5));
        int minutes = Integer.parseInt(syntax.group(6));
        if (minutes <= 59 && (hours > 18 || (hours == 18 && minutes > 0))) {
          throw new DateTimeParseException("The offset in '" + s + "' is RFC 3339 syntax, but not supported: "
              + "offsets range from -18:00 to +18:00", s, dateTimePart.length() - 6);
        }
      }
      throw new DateTimeParseException("The date-time '" + s + "' has RFC 3339's form, but no such date or "
          + "time exists: " + e.getMessage().replaceFirst("^Text '[^']*' could not be parsed: ", ""), s,
          e.getErrorIndex());
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
      Instant at = transition.getInstant();
      boolean daylightSaving = rules.getStandardOffset(at.minusSeconds(1)).equals(rules.getStandardOffset(at))
          && rules.isDaylightSavings(at);
      return head + ": that local time falls in the " + (daylightSaving ? "daylight-saving gap" : "gap")
          + " from " + transition.getOffsetBefore() + " to " + transition.getOffsetAfter()
          + (daylightSaving ? "" : ", when the zone changed its standard time");
    }
    if (transition != null) {
      return head + ": that local time falls in the overlap where the zone's offsets are "
          + transition.getOffsetAfter() + " and " + transition.getOffsetBefore();
    }
    return head + ": the zone's offset then is " + rules.getValidOffsets(local).get(0);
  }
}
