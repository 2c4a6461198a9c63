package dev.newsmodel.core;

import dev.newsmodel.core.internal.Checks;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.immutables.value.Value;

/**
 * An image with its alternative text, caption and attribution, such as the reference article's
 * photograph of an Iskander missile in Yerevan, credited {@code Photo: Jonj7490}.
 *
 * <p>An image needs alternative text unless it is marked decorative, and a decorative image has none.
 * This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Image implements WithImage {
  Image() {}

  /**
   * Returns the image's URL.
   *
   * @return an absolute http or https URL, not null
   */
  public abstract URI url();

  /**
   * Returns the alternative text, which says what the image shows to a reader who cannot see it.
   *
   * @return the alternative text, present unless the image is decorative, not null
   */
  public abstract Optional<String> alt();

  /**
   * Returns whether the image is decorative, carrying nothing a reader would miss; false by default.
   *
   * @return true if decorative
   */
  @Value.Default
  public boolean decorative() {
    return false;
  }

  /**
   * Returns the caption, such as {@code The "Iskander" missile in Yerevan.}
   *
   * @return the caption, not null
   */
  public abstract Optional<String> caption();

  /**
   * Returns the width in pixels.
   *
   * @return the width, positive if present, not null
   */
  public abstract OptionalInt width();

  /**
   * Returns the height in pixels.
   *
   * @return the height, positive if present, not null
   */
  public abstract OptionalInt height();

  /**
   * Returns other sizes of the image for responsive rendering, in the order given.
   *
   * @return the renditions, possibly empty, not null
   */
  public abstract List<ImageRendition> renditions();

  /**
   * Returns who made the image and on what terms it is used.
   *
   * @return the attribution, not null
   */
  public abstract Optional<Attribution> attribution();

  /**
   * Returns a new builder.
   *
   * @return a builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns an image with a URL and alternative text.
   *
   * @param url the URL, an absolute http or https URL, not null
   * @param alt the alternative text, not blank, not null
   * @return the image, not null
   * @throws InvalidValueException if the URL is not an http(s) URL or the text is blank
   */
  public static Image of(URI url, String alt) {
    return builder().url(url).alt(alt).build();
  }

  @Value.Check
  void check() {
    Checks.webUrl("image.url", url());
    Checks.text("image.alt", alt());
    Checks.text("image.caption", caption());
    width().ifPresent(w -> Checks.positive("image.width", w));
    height().ifPresent(h -> Checks.positive("image.height", h));
    if (decorative() && alt().isPresent()) {
      throw new InvalidValueException("image.alt", "must be absent when the image is decorative", alt().get());
    }
    if (!decorative() && alt().isEmpty()) {
      throw new InvalidValueException("image.alt", "is required unless the image is decorative", null);
    }
  }

  /** Builds an {@link Image}; obtained from {@link Image#builder()}. */
  public static final class Builder extends ImmutableImage.Builder {
    Builder() {}
  }
}
