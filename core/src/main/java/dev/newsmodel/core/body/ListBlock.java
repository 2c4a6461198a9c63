package dev.newsmodel.core.body;

import dev.newsmodel.core.internal.Checks;
import java.util.List;
import org.immutables.value.Value;

/**
 * A list of items, ordered (numbered) or not.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract non-sealed class ListBlock implements Block {
  ListBlock() {}

  /**
   * Returns whether the items are numbered.
   *
   * @return true if ordered
   */
  @Value.Parameter
  public abstract boolean ordered();

  /**
   * Returns the items, in order.
   *
   * @return the items, at least one, not null
   */
  @Value.Parameter
  public abstract List<ListItem> items();

  /**
   * Returns an ordered (numbered) list.
   *
   * @param items the items, at least one, not null
   * @return the list, not null
   * @throws dev.newsmodel.core.InvalidValueException if there is no item
   */
  public static ListBlock ordered(ListItem... items) {
    return ImmutableListBlock.create(true, List.of(items));
  }

  /**
   * Returns an unordered (bulleted) list.
   *
   * @param items the items, at least one, not null
   * @return the list, not null
   * @throws dev.newsmodel.core.InvalidValueException if there is no item
   */
  public static ListBlock unordered(ListItem... items) {
    return ImmutableListBlock.create(false, List.of(items));
  }

  /**
   * Returns a list.
   *
   * @param ordered whether the items are numbered
   * @param items the items, at least one, not null
   * @return the list, not null
   * @throws dev.newsmodel.core.InvalidValueException if there is no item
   */
  public static ListBlock of(boolean ordered, List<ListItem> items) {
    return ImmutableListBlock.create(ordered, items);
  }

  @Value.Check
  void check() {
    Checks.notEmpty("listBlock.items", items());
  }
}
