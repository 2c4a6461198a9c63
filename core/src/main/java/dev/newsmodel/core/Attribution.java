package dev.newsmodel.core;

import dev.newsmodel.core.internal.Checks;
import java.net.URI;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Who made an image and on what terms it is used: creator {@code Jonj7490}, credit line
 * {@code Photo: Jonj7490}, the Wikimedia Commons page it came from, copyright and licence.
 *
 * <p>An attribution holds at least one of creator, credit line, source URL, copyright holder or
 * notice, or licence. When there is no credit line, renderers compose one from the other parts.
 * This class is immutable and thread-safe.
 *
 * <p>Building one:
 *
 * <pre>{@code
 * Attribution attribution = Attribution.builder()
 *     .creator("Jonj7490")
 *     .creditLine("Photo: Jonj7490")
 *     .sourceUrl(URI.create("https://commons.wikimedia.org/w/index.php?curid=58111154"))
 *     .license(License.of("CC-BY-SA-4.0", URI.create("https://creativecommons.org/licenses/by-sa/4.0/")))
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Attribution implements WithAttribution {
  Attribution() {}

  /**
   * Returns who made the image, such as {@code Jonj7490}; one line.
   *
   * @return the creator, not null
   */
  public abstract Optional<String> creator();

  /**
   * Returns the credit line exactly as printed, such as {@code Photo: Jonj7490}; one line.
   *
   * @return the credit line, not null
   */
  public abstract Optional<String> creditLine();

  /**
   * Returns where the image came from, such as its Wikimedia Commons page.
   *
   * @return an absolute http or https URL, not null
   */
  public abstract Optional<URI> sourceUrl();

  /**
   * Returns who holds the copyright, one line.
   *
   * @return the copyright holder, not null
   */
  public abstract Optional<String> copyrightHolder();

  /**
   * Returns the copyright notice as printed, such as {@code © 2021 AP}; one line.
   *
   * @return the copyright notice, not null
   */
  public abstract Optional<String> copyrightNotice();

  /**
   * Returns the licence under which the image is used.
   *
   * @return the licence, not null
   */
  public abstract Optional<License> license();

  /**
   * Returns a page where a licence for the image can be acquired.
   *
   * @return an absolute http or https URL, not null
   */
  public abstract Optional<URI> acquireLicenseUrl();

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
    Checks.line("attribution.creator", creator());
    Checks.line("attribution.creditLine", creditLine());
    Checks.webUrl("attribution.sourceUrl", sourceUrl());
    Checks.line("attribution.copyrightHolder", copyrightHolder());
    Checks.line("attribution.copyrightNotice", copyrightNotice());
    Checks.webUrl("attribution.acquireLicenseUrl", acquireLicenseUrl());
    if (creator().isEmpty() && creditLine().isEmpty() && sourceUrl().isEmpty() && copyrightHolder().isEmpty()
        && copyrightNotice().isEmpty() && license().isEmpty()) {
      throw new InvalidValueException("attribution",
          "must name at least a creator, credit line, source URL, copyright holder or notice, or licence", "{}");
    }
  }

  /** Builds an {@link Attribution}; obtained from {@link Attribution#builder()}. */
  public static final class Builder extends ImmutableAttribution.Builder {
    Builder() {}
  }
}
