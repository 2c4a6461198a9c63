package dev.newsmodel.core;

import dev.newsmodel.core.internal.Checks;
import java.net.URI;
import org.immutables.value.Value;

/**
 * One size of a responsive image: its URL and pixel width, as in {@code srcset="photo-800.jpg 800w"}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ImageRendition {
  ImageRendition() {}

  /**
   * Returns the URL of this size.
   *
   * @return an absolute http or https URL, not null
   */
  @Value.Parameter
  public abstract URI url();

  /**
   * Returns the width in pixels.
   *
   * @return the width, positive
   */
  @Value.Parameter
  public abstract int width();

  /**
   * Returns a rendition.
   *
   * @param url the URL, an absolute http or https URL, not null
   * @param width the width in pixels, positive
   * @return the rendition, not null
   * @throws InvalidValueException if the URL is not an http(s) URL or the width not positive
   */
  public static ImageRendition of(URI url, int width) {
    return ImmutableImageRendition.create(url, width);
  }

  @Value.Check
  void check() {
    Checks.webUrl("imageRendition.url", url());
    Checks.positive("imageRendition.width", width());
  }
}
