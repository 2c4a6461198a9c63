package dev.newsmodel.core.body;

import java.util.List;
import org.immutables.value.Value;

/**
 * One item of a {@link ListBlock}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ListItem {
  ListItem() {}

  /**
   * Returns the item's content.
   *
   * @return the content, at least one item, not null
   */
  @Value.Parameter
  public abstract List<Inline> content();

  /**
   * Returns an item of the given content.
   *
   * @param content the content, with some visible text, not null
   * @return the item, not null
   * @throws dev.newsmodel.core.InvalidValueException if the content is empty or only spaces
   */
  public static ListItem of(Inline... content) {
    return ImmutableListItem.create(List.of(content));
  }

  /**
   * Returns an item of plain text.
   *
   * @param text the text, not blank, not null
   * @return the item, not null
   * @throws dev.newsmodel.core.InvalidValueException if the text is blank
   */
  public static ListItem of(String text) {
    return of(Text.of(text));
  }

  @Value.Check
  void check() {
    Inlines.visible("listItem.content", content());
  }
}
