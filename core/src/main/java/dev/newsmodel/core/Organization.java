package dev.newsmodel.core;

import dev.newsmodel.core.internal.Checks;
import java.net.URI;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An organisation such as a publisher: {@code Caucasian Knot} with its site and logo.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Organization implements WithOrganization {
  Organization() {}

  /**
   * Returns the organisation's name, one line.
   *
   * @return the name, not null
   */
  public abstract String name();

  /**
   * Returns the organisation's site.
   *
   * @return an absolute http or https URL, not null
   */
  public abstract Optional<URI> url();

  /**
   * Returns the organisation's logo.
   *
   * @return the logo, not null
   */
  public abstract Optional<Image> logo();

  /**
   * Returns a new builder.
   *
   * @return a builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns an organisation with a name and a site.
   *
   * @param name the name, not blank, not null
   * @param url the site, an absolute http or https URL, not null
   * @return the organisation, not null
   * @throws InvalidValueException if the name is blank or the URL not an http(s) URL
   */
  public static Organization of(String name, URI url) {
    return builder().name(name).url(url).build();
  }

  @Value.Check
  void check() {
    Checks.line("organization.name", name());
    Checks.webUrl("organization.url", url());
  }

  /** Builds an {@link Organization}; obtained from {@link Organization#builder()}. */
  public static final class Builder extends ImmutableOrganization.Builder {
    Builder() {}
  }
}
