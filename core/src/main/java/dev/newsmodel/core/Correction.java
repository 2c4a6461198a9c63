package dev.newsmodel.core;

import dev.newsmodel.core.internal.Checks;
import java.time.ZonedDateTime;
import org.immutables.value.Value;

/**
 * A dated change to a published article, such as {@code Correction, 7 April 2021: an earlier version
 * misspelt the analyst's name}.
 *
 * <p>This class is immutable and thread-safe.
 *
 * <p>Building one:
 *
 * <pre>{@code
 * Correction correction = Correction.builder()
 *     .date(Rfc9557.parse("2021-04-07T10:00:00+03:00[Europe/Moscow]"))
 *     .kind(Correction.Kind.CORRECTION)         // required: there is no default
 *     .text("An earlier version misspelt the analyst's name.")
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Correction implements WithCorrection {
  Correction() {}

  /** What kind of change a correction is. */
  public enum Kind {
    /** A factual error was fixed. */
    CORRECTION,
    /** Something ambiguous was made clear. */
    CLARIFICATION,
    /** New information was added. */
    UPDATE
  }

  /**
   * Returns when the change was made.
   *
   * @return the time, not null
   */
  public abstract ZonedDateTime date();

  /**
   * Returns what kind of change it was. It is required when building: there is no default, so a
   * builder without {@code kind(...)} throws {@link MissingValueException} ({@code correction.kind: is
   * required}).
   *
   * @return the kind, not null
   */
  public abstract Kind kind();

  /**
   * Returns the text that tells readers what changed.
   *
   * @return the text, not null
   */
  public abstract String text();

  /**
   * Returns a correction.
   *
   * @param date when the change was made, not null
   * @param kind the kind of change, not null
   * @param text what changed, not blank, not null
   * @return the correction, not null
   * @throws InvalidValueException if the text is blank
   */
  public static Correction of(ZonedDateTime date, Kind kind, String text) {
    return builder().date(date).kind(kind).text(text).build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Checks.time("correction.date", date());
    Checks.text("correction.text", text());
  }

  /** Builds a {@link Correction}; obtained from {@link Correction#builder()}. */
  public static final class Builder extends ImmutableCorrection.Builder {
    Builder() {}
  }
}
