package dev.newsmodel.core;

import dev.newsmodel.core.internal.Checks;
import java.net.URI;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * A licence under which content may be used, such as {@code CC-BY-SA-4.0} with its name and URL.
 *
 * <p>A licence names itself by an SPDX identifier, a name, or both. This class is immutable and
 * thread-safe.
 *
 * <p>Building one:
 *
 * <pre>{@code
 * // Name a licence by its SPDX identifier (https://spdx.org/licenses/), spelt as SPDX spells it;
 * // the name and URL are optional beside it.
 * License ccBySa = License.builder()
 *     .spdxId("CC-BY-SA-4.0")
 *     .name("Creative Commons Attribution-Share Alike 4.0")
 *     .url(URI.create("https://creativecommons.org/licenses/by-sa/4.0/"))
 *     .build();
 * // Shorter: License.of("CC-BY-SA-4.0", URI.create("https://creativecommons.org/licenses/by-sa/4.0/"))
 * // A licence that has no SPDX identifier is named instead:
 * License agency = License.builder().name("Agency editorial licence").build();
 * }</pre>
 */
@Value.Immutable
public abstract class License implements WithLicense {
  /** The rule {@link Checks#isSpdxId} applies by hand, kept for HandRulesTest. */
  static final Pattern SPDX_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9.+-]*");

  License() {}

  /**
   * Returns the SPDX licence identifier, such as {@code CC-BY-SA-4.0}, where one exists.
   *
   * @return the SPDX id, not null
   */
  public abstract Optional<String> spdxId();

  /**
   * Returns the licence's name as a reader sees it, such as {@code Creative Commons Attribution-Share
   * Alike 4.0}.
   *
   * @return the name, not null
   */
  public abstract Optional<String> name();

  /**
   * Returns the URL of the licence text.
   *
   * @return an absolute http or https URL, not null
   */
  public abstract Optional<URI> url();

  /**
   * Returns a new builder.
   *
   * @return a builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a licence known by its SPDX identifier and URL.
   *
   * @param spdxId the SPDX identifier, such as {@code CC-BY-4.0}, not null
   * @param url the URL of the licence text, not null
   * @return the licence, not null
   * @throws InvalidValueException if the id is not an SPDX identifier or the URL not an http(s) URL
   */
  public static License of(String spdxId, URI url) {
    return builder().spdxId(spdxId).url(url).build();
  }

  @Value.Check
  void check() {
    spdxId().ifPresent(id -> {
      if (!Checks.isSpdxId(id)) {
        throw new InvalidValueException("license.spdxId",
            "must be an SPDX licence identifier such as 'CC-BY-SA-4.0' (letters, digits, '.', '-', '+')", id);
      }
    });
    Checks.line("license.name", name());
    Checks.webUrl("license.url", url());
    if (spdxId().isEmpty() && name().isEmpty()) {
      throw new InvalidValueException("license.spdxId", "or license.name is required", null);
    }
  }

  /** Builds a {@link License}; obtained from {@link License#builder()}. */
  public static final class Builder extends ImmutableLicense.Builder {
    Builder() {}
  }
}
