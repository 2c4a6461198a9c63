package dev.newsmodel.core.body;

import dev.newsmodel.core.internal.Checks;
import java.util.List;
import org.immutables.value.Value;

/**
 * Inline content marked as stressed text, as in {@code <em>exclusively</em>}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract non-sealed class Emphasis implements Inline {
  Emphasis() {}

  /**
   * Returns the marked content.
   *
   * @return the content, at least one item, not null
   */
  @Value.Parameter
  public abstract List<Inline> content();

  /**
   * Returns the given content marked.
   *
   * @param content the content, at least one item, not null
   * @return the marked content, not null
   * @throws dev.newsmodel.core.InvalidValueException if the content is empty
   */
  public static Emphasis of(Inline... content) {
    return ImmutableEmphasis.create(List.of(content));
  }

  /**
   * Returns the given text marked.
   *
   * @param text the text, not empty, not null
   * @return the marked text, not null
   * @throws dev.newsmodel.core.InvalidValueException if the text is empty
   */
  public static Emphasis of(String text) {
    return of(Text.of(text));
  }

  @Value.Check
  void check() {
    Checks.notEmpty("emphasis.content", content());
  }
}
