package dev.newsmodel.core;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A country or territory as an ISO 3166-1 alpha-2 code, such as {@code RU} or {@code AZ}.
 *
 * <p>The code is two upper-case letters assigned by ISO 3166-1 (as the JDK knows them), or the
 * user-assigned {@code XK} (Kosovo). {@link #toString()} returns the code and {@link #of(String)} reads
 * it back. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class CountryCode {
  private static final Set<String> ASSIGNED = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);

  CountryCode() {}

  /**
   * Returns the two-letter code.
   *
   * @return the code, such as {@code RU}, not null
   */
  @Value.Parameter
  public abstract String value();

  /**
   * Returns the country with the given ISO 3166-1 alpha-2 code.
   *
   * @param code the code, two upper-case letters such as {@code RU}, not null
   * @return the country code, not null
   * @throws InvalidValueException if the code is not an assigned ISO 3166-1 alpha-2 code
   */
  public static CountryCode of(String code) {
    Objects.requireNonNull(code, "code");
    return ImmutableCountryCode.create(code);
  }

  @Value.Check
  void check() {
    String v = value();
    if (v.length() != 2 || !isUpperAscii(v.charAt(0)) || !isUpperAscii(v.charAt(1))) {
      throw new InvalidValueException("countryCode",
          "must be an ISO 3166-1 alpha-2 code of two upper-case letters, such as 'RU'", v);
    }
    if (!ASSIGNED.contains(v) && !v.equals("XK")) {
      throw new InvalidValueException("countryCode", "must be an assigned ISO 3166-1 alpha-2 code", v);
    }
  }

  /** [A-Z], by hand: {@code String.matches} would compile a pattern for every code read. */
  private static boolean isUpperAscii(char c) {
    return c >= 'A' && c <= 'Z';
  }

  /** Returns the code itself, as {@link #value()} does. */
  @Override
  public String toString() {
    return value();
  }
}
