package dev.newsmodel.html.internal;

import dev.newsmodel.core.Rfc9557;
import dev.newsmodel.html.Phrase;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Times as the renderer writes them: a {@code <time>} element whose {@code datetime} attribute is the
 * exact instant and whose text is the date and time in the phrases' patterns, in the reader's zone
 * when the settings give one. {@link #datetime(ZonedDateTime)} is the renderer's one way to the
 * machine-readable instant, for {@code <time datetime>} and the page head's Open Graph times.
 */
public final class TimeText {
  private TimeText() {}

  /** A {@code <time>} shown in the reader's zone when the settings give one. */
  static void time(Rendering r, ZonedDateTime time, boolean withTimeOfDay, @Nullable Start classed)
      throws IOException {
    write(r, time, inReaderZone(r, time), withTimeOfDay, classed);
  }

  /** A {@code <time>} always shown in the time's own zone, as a dateline is. */
  static void localTime(Rendering r, ZonedDateTime time, boolean withTimeOfDay, @Nullable Start classed)
      throws IOException {
    write(r, time, time, withTimeOfDay, classed);
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
      @Nullable Start classed) throws IOException {
    Markup out = r.out;
    PhraseBook phrases = r.scope.phrases();
    if (classed != null) {
      out.open(r.names.start(classed));
    } else {
      out.open("time");
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
   * Returns the {@code datetime} attribute and Open Graph's times: {@link Rfc9557#formatRfc3339}, the
   * one writer of an instant without its zone, which JSON-LD uses too. Model times are always
   * writable; a custom component's own time that is not (year 0, say) gets no attribute.
   *
   * @param time the time, not null
   * @return the attribute value, or empty when RFC 3339 cannot write the time
   */
  public static Optional<String> datetime(ZonedDateTime time) {
    try {
      return Optional.of(Rfc9557.formatRfc3339(time));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
