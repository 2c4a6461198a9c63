package dev.newsmodel.core.body;

import org.immutables.value.Value;

/**
 * A line break inside a block, as in an address or a poem ({@code <br>}).
 *
 * <p>There is one instance. This class is immutable and thread-safe.
 */
@Value.Immutable(singleton = true, builder = false)
public abstract non-sealed class LineBreak implements Inline {
  LineBreak() {}

  /**
   * Returns the line break.
   *
   * @return the line break, not null
   */
  public static LineBreak instance() {
    return ImmutableLineBreak.instance();
  }
}
