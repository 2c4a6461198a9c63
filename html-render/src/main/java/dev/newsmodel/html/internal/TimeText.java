package dev.newsmodel.html.internal;

import dev.newsmodel.html.Phrase;
import java.io.IOException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Times as the renderer writes them: a {@code <time>} element whose {@code datetime} attribute is the
 * exact instant and whose text is the date and time in the phrases' patterns, in the reader's zone
 * when the settings give one. {@link #datetime(ZonedDateTime)} is the one writer of the machine-readable
 * instant, for {@code <time datetime>} and for the page head's {@code article:published_time}.
 */
public final class TimeText {
  private TimeText() {}

  /** A {@code <time>} shown in the reader's zone when the settings give one. */
  static void time(Rendering r, ZonedDateTime time, boolean withTimeOfDay, @Nullable String className)
      throws IOException {
    write(r, time, inReaderZone(r, time), withTimeOfDay, className);
  }

  /** A {@code <time>} always shown in the time's own zone, as a dateline is. */
  static void localTime(Rendering r, ZonedDateTime time, boolean withTimeOfDay, @Nullable String className)
      throws IOException {
    write(r, time, time, withTimeOfDay, className);
  }

  /** A {@code <time>} with the time of day and zone alone, such as {@code 02:24 MSK}. */
  static void timeOfDay(Rendering r, ZonedDateTime time) throws IOException {
    ZonedDateTime shown = inReaderZone(r, time);
    Markup out = r.out;
    out.open("time");
    Optional<String> datetime = datetime(time);
    if (datetime.isPresent()) {
      out.attribute("datetime", datetime.get());
    }
    out.text(r.scope.phrases().formatTime(shown)).close();
  }

  private static ZonedDateTime inReaderZone(Rendering r, ZonedDateTime time) {
    Optional<ZoneId> reader = r.settings.readerZone();
    return reader.isPresent() ? time.withZoneSameInstant(reader.get()) : time;
  }

  private static void write(Rendering r, ZonedDateTime exact, ZonedDateTime shown, boolean withTimeOfDay,
      @Nullable String className) throws IOException {
    Markup out = r.out;
    PhraseBook phrases = r.scope.phrases();
    out.open("time");
    if (className != null) {
      out.precomposedClass(r.names.of(className));
    }
    Optional<String> datetime = datetime(exact);
    if (datetime.isPresent()) {
      out.attribute("datetime", datetime.get());
    }
    if (withTimeOfDay) {
      LanguageScope.Fill[] fills = new LanguageScope.Fill[2];
      fills[0] = () -> out.text(phrases.formatDate(shown));
      fills[1] = () -> out.text(phrases.formatTime(shown));
      r.scope.phrase(Phrase.DATE_TIME, fills);
    } else {
      out.text(phrases.formatDate(shown));
    }
    out.close();
  }

  /**
   * Returns the {@code datetime} attribute: the RFC 3339 instant with its offset, such as
   * {@code 2021-04-06T02:24:00+03:00}. HTML carries at most milliseconds, so finer digits are cut; an
   * offset with seconds (local mean time before 1900-ish) is written in UTC; a year before 1 has none.
   * The text is {@code DateTimeFormatter.ISO_OFFSET_DATE_TIME}'s, written by hand: seconds always,
   * the milliseconds without trailing zeros when not zero, {@code Z} for a zero offset.
   *
   * @param time the time, not null
   * @return the attribute value, or empty for a year outside 1 to 9999
   */
  public static Optional<String> datetime(ZonedDateTime time) {
    if (time.getYear() < 1 || time.getYear() > 9999) {
      return Optional.empty();
    }
    int offset = time.getOffset().getTotalSeconds();
    if (offset % 60 == 0) {
      return Optional.of(datetime(time.toLocalDateTime(), offset));
    }
    OffsetDateTime utc = time.toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC);
    if (utc.getYear() < 1 || utc.getYear() > 9999) {
      return Optional.empty();
    }
    return Optional.of(datetime(utc.toLocalDateTime(), 0));
  }

  /** A year from 1 to 9999 and an offset in whole minutes. */
  private static String datetime(LocalDateTime t, int offsetSeconds) {
    StringBuilder text = new StringBuilder(29);
    digits(text, t.getYear(), 4).append('-');
    digits(text, t.getMonthValue(), 2).append('-');
    digits(text, t.getDayOfMonth(), 2).append('T');
    digits(text, t.getHour(), 2).append(':');
    digits(text, t.getMinute(), 2).append(':');
    digits(text, t.getSecond(), 2);
    int millis = t.getNano() / 1_000_000;
    if (millis != 0) {
      text.append('.');
      if (millis % 100 == 0) {
        text.append((char) ('0' + millis / 100));
      } else if (millis % 10 == 0) {
        digits(text, millis / 10, 2);
      } else {
        digits(text, millis, 3);
      }
    }
    if (offsetSeconds == 0) {
      return text.append('Z').toString();
    }
    int minutes = Math.abs(offsetSeconds) / 60;
    text.append(offsetSeconds < 0 ? '-' : '+');
    digits(text, minutes / 60, 2).append(':');
    return digits(text, minutes % 60, 2).toString();
  }

  /** Appends a non-negative number zero-padded to a width it does not exceed. */
  private static StringBuilder digits(StringBuilder text, int value, int width) {
    for (int unit = width == 4 ? 1000 : width == 3 ? 100 : 10; unit > 0; unit /= 10) {
      text.append((char) ('0' + value / unit % 10));
    }
    return text;
  }
}
