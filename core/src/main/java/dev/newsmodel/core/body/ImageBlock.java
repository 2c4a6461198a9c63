package dev.newsmodel.core.body;

import dev.newsmodel.core.Image;
import org.immutables.value.Value;

/**
 * An image standing between the paragraphs of the body, with its caption and attribution.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract non-sealed class ImageBlock implements Block {
  ImageBlock() {}

  /**
   * Returns the image.
   *
   * @return the image, not null
   */
  @Value.Parameter
  public abstract Image image();

  /**
   * Returns a block showing the image.
   *
   * @param image the image, not null
   * @return the block, not null
   */
  public static ImageBlock of(Image image) {
    return ImmutableImageBlock.create(image);
  }
}
