package dev.newsmodel.core;

import dev.newsmodel.core.internal.Checks;
import java.util.Objects;
import org.immutables.value.Value;

/**
 * The stable identifier of an article across its revisions, such as
 * {@code caucasian-knot-iskander-2021-04-06} or a URN.
 *
 * <p>An id is one line of visible characters, without spaces, at most 256 characters long.
 * {@link #toString()} returns the id itself and {@link #of(String)} reads it back.
 * This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class ArticleId {
  static final int MAX_LENGTH = 256;

  ArticleId() {}

  /**
   * Returns the id as text.
   *
   * @return the id, not null
   */
  @Value.Parameter
  public abstract String value();

  /**
   * Returns the id for the given text.
   *
   * @param value the id, such as {@code caucasian-knot-iskander-2021-04-06}, not null
   * @return the id, not null
   * @throws InvalidValueException if the text is empty, longer than 256 characters, or holds a space
   *     or control character, or an unpaired surrogate or a noncharacter
   */
  public static ArticleId of(String value) {
    Objects.requireNonNull(value, "value");
    return ImmutableArticleId.create(value);
  }

  @Value.Check
  void check() {
    Checks.id("articleId", value(), MAX_LENGTH);
  }

  /** Returns the id itself, as {@link #value()} does. */
  @Override
  public String toString() {
    return value();
  }
}
