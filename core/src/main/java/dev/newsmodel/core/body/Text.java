package dev.newsmodel.core.body;

import dev.newsmodel.core.internal.Checks;
import org.immutables.value.Value;

/**
 * A run of plain text, such as {@code the "caliber.az" reported}.
 *
 * <p>The text is not empty; it may be only spaces, as between two emphasised words. It is never markup:
 * renderers encode it. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract non-sealed class Text implements Inline {
  Text() {}

  /**
   * Returns the text.
   *
   * @return the text, not empty, not null
   */
  @Value.Parameter
  public abstract String value();

  /**
   * Returns a run of text.
   *
   * @param value the text, not empty, not null
   * @return the run, not null
   * @throws dev.newsmodel.core.InvalidValueException if the text is empty or holds a control character
   */
  public static Text of(String value) {
    return ImmutableText.create(value);
  }

  @Value.Check
  void check() {
    Checks.run("text.value", value());
  }
}
