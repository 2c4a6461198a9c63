package dev.newsmodel.core;

import dev.newsmodel.core.internal.Checks;
import java.time.ZonedDateTime;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where and when a story was filed, such as {@code SHUSHA, 6 April 2021} in zone {@code Asia/Baku}.
 *
 * <p>The time is in a region time zone (an IANA zone such as {@code Asia/Baku}), never a bare offset,
 * so that renderers can name the zone. This class is immutable and thread-safe.
 *
 * <p>Building one:
 *
 * <pre>{@code
 * Dateline dateline = Dateline.builder()
 *     .place("SHUSHA")
 *     .country(CountryCode.of("AZ"))
 *     .coordinates(GeoPoint.of(39.7579, 46.7489))
 *     .time(Rfc9557.parse("2021-04-06T18:45:00+04:00[Asia/Baku]"))   // a region zone, not "+04:00"
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Dateline implements WithDateline {
  Dateline() {}

  /**
   * Returns the place exactly as printed, such as {@code SHUSHA}; one line.
   *
   * @return the place, not null
   */
  public abstract String place();

  /**
   * Returns the country of the place.
   *
   * @return the country, not null
   */
  public abstract Optional<CountryCode> country();

  /**
   * Returns the coordinates of the place.
   *
   * @return the coordinates, not null
   */
  public abstract Optional<GeoPoint> coordinates();

  /**
   * Returns when the story was filed, in the place's region time zone.
   *
   * @return the time, not null
   */
  public abstract ZonedDateTime time();

  /**
   * Returns a new builder.
   *
   * @return a builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a dateline with a place and a time.
   *
   * @param place the place as printed, not blank, not null
   * @param time the time, in a region zone, not null
   * @return the dateline, not null
   * @throws InvalidValueException if the place is blank or the time's zone is a bare offset
   */
  public static Dateline of(String place, ZonedDateTime time) {
    return builder().place(place).time(time).build();
  }

  @Value.Check
  void check() {
    Checks.line("dateline.place", place());
    Checks.regionTime("dateline.time", time());
  }

  /** Builds a {@link Dateline}; obtained from {@link Dateline#builder()}. */
  public static final class Builder extends ImmutableDateline.Builder {
    Builder() {}
  }
}
