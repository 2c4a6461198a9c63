package dev.newsmodel.core;

import dev.newsmodel.core.internal.Checks;
import java.net.URI;
import java.util.Locale;
import org.immutables.value.Value;

/**
 * The same article in another language, as an {@code hreflang} alternate: {@code ru} at the
 * Russian page's URL.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Alternate {
  Alternate() {}

  /**
   * Returns the alternate's language.
   *
   * @return the language, not null
   */
  @Value.Parameter
  public abstract Locale language();

  /**
   * Returns the alternate's URL.
   *
   * @return an absolute http or https URL, not null
   */
  @Value.Parameter
  public abstract URI url();

  /**
   * Returns an alternate.
   *
   * @param language the language, a well-formed BCP 47 tag, not null
   * @param url the URL, an absolute http or https URL, not null
   * @return the alternate, not null
   * @throws InvalidValueException if the language is ill-formed or the URL not an http(s) URL
   */
  public static Alternate of(Locale language, URI url) {
    return ImmutableAlternate.create(language, url);
  }

  @Value.Check
  void check() {
    Checks.language("alternate.language", language());
    Checks.webUrl("alternate.url", url());
  }
}
