package dev.newsmodel.core.body;

import dev.newsmodel.core.InvalidValueException;
import java.util.List;
import org.immutables.value.Value;

/**
 * A heading inside the body, at level 2 to 6 (level 1 is the article's headline).
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract non-sealed class Heading implements Block {
  Heading() {}

  /**
   * Returns the heading's level.
   *
   * @return the level, from 2 to 6
   */
  @Value.Parameter
  public abstract int level();

  /**
   * Returns the heading's content.
   *
   * @return the content, at least one item, not null
   */
  @Value.Parameter
  public abstract List<Inline> content();

  /**
   * Returns a heading of plain text.
   *
   * @param level the level, from 2 to 6
   * @param text the text, not blank, not null
   * @return the heading, not null
   * @throws InvalidValueException if the level is not 2 to 6 or the text is blank
   */
  public static Heading of(int level, String text) {
    return of(level, List.of(Text.of(text)));
  }

  /**
   * Returns a heading of the given content.
   *
   * @param level the level, from 2 to 6
   * @param content the content, with some visible text, not null
   * @return the heading, not null
   * @throws InvalidValueException if the level is not 2 to 6 or the content is empty or only spaces
   */
  public static Heading of(int level, List<? extends Inline> content) {
    return ImmutableHeading.create(level, content);
  }

  @Value.Check
  void check() {
    if (level() < 2 || level() > 6) {
      throw new InvalidValueException("heading.level", "must be from 2 to 6 (1 is the headline)",
          Integer.toString(level()));
    }
    Inlines.visible("heading.content", content());
  }
}
