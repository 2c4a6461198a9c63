package dev.newsmodel.feeds.internal;

import java.time.DayOfWeek;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;

/**
 * Writes a time as RSS 2.0 dates are written, RFC 822 with a four-digit year (RFC 1123 §5.2.14), such
 * as {@code Tue, 06 Apr 2021 17:45:00 +0300}: in the time's own offset, English day and month names
 * whatever the machine's locale, the day of the month with two digits, the offset as {@code +hhmm}
 * ({@code +0000} for UTC). RFC 822 has no fraction of a second (it is cut) and no offset with seconds:
 * a time in local mean time, such as Europe/Moscow's {@code +02:30:17} before 1880, is written in UTC,
 * as {@code Rfc9557.formatRfc3339} does.
 */
public final class Rfc822 {
  private static final String[] DAYS = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
  private static final String[] MONTHS = {
    "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"
  };

  private Rfc822() {}

  /**
   * Writes the time.
   *
   * @param time a time the model accepts (years 0001 to 9999 in its offset)
   * @return the RFC 822 text, such as {@code Tue, 06 Apr 2021 17:45:00 +0300}
   */
  public static String format(ZonedDateTime time) {
    int offset = time.getOffset().getTotalSeconds();
    LocalDateTime local = offset % 60 == 0 ? time.toLocalDateTime()
        : LocalDateTime.ofEpochSecond(time.toEpochSecond(), 0, ZoneOffset.UTC);
    if (offset % 60 != 0) {
      offset = 0;
    }
    DayOfWeek day = local.getDayOfWeek();
    StringBuilder out = new StringBuilder(31);
    out.append(DAYS[day.getValue() - 1]).append(", ");
    digits(out, local.getDayOfMonth(), 2).append(' ').append(MONTHS[local.getMonthValue() - 1]).append(' ');
    digits(out, local.getYear(), 4).append(' ');
    digits(out, local.getHour(), 2).append(':');
    digits(out, local.getMinute(), 2).append(':');
    digits(out, local.getSecond(), 2).append(' ');
    out.append(offset < 0 ? '-' : '+');
    int minutes = Math.abs(offset) / 60;
    digits(out, minutes / 60, 2);
    digits(out, minutes % 60, 2);
    return out.toString();
  }

  private static StringBuilder digits(StringBuilder out, int value, int width) {
    String s = Integer.toString(value);
    for (int i = s.length(); i < width; i++) {
      out.append('0');
    }
    return out.append(s);
  }
}
