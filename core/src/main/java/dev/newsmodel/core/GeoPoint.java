package dev.newsmodel.core;

import java.util.Locale;
import org.immutables.value.Value;

/**
 * A point on the Earth in WGS 84 degrees, such as {@code 39.7583, 46.7499} for Shusha.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class GeoPoint {
  GeoPoint() {}

  /**
   * Returns the latitude in degrees.
   *
   * @return the latitude, from -90 to 90
   */
  @Value.Parameter
  public abstract double latitude();

  /**
   * Returns the longitude in degrees.
   *
   * @return the longitude, from -180 to 180
   */
  @Value.Parameter
  public abstract double longitude();

  /**
   * Returns the point at the given coordinates.
   *
   * @param latitude the latitude in degrees, from -90 to 90
   * @param longitude the longitude in degrees, from -180 to 180
   * @return the point, not null
   * @throws InvalidValueException if a coordinate is out of range or not a number
   */
  public static GeoPoint of(double latitude, double longitude) {
    return ImmutableGeoPoint.create(latitude, longitude);
  }

  @Value.Check
  void check() {
    if (!(latitude() >= -90 && latitude() <= 90)) {
      throw new InvalidValueException("geoPoint.latitude", "must be from -90 to 90 degrees",
          String.format(Locale.ROOT, "%s", latitude()));
    }
    if (!(longitude() >= -180 && longitude() <= 180)) {
      throw new InvalidValueException("geoPoint.longitude", "must be from -180 to 180 degrees",
          String.format(Locale.ROOT, "%s", longitude()));
    }
  }
}
