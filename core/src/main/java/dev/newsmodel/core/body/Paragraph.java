package dev.newsmodel.core.body;

import java.util.List;
import org.immutables.value.Value;

/**
 * A paragraph of body text, such as {@code In late March, at demining Shusha, fragments of two
 * exploded missiles were found.}
 *
 * <p>A paragraph holds some visible text. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract non-sealed class Paragraph implements Block {
  Paragraph() {}

  /**
   * Returns the paragraph's content.
   *
   * @return the content, at least one item, not null
   */
  @Value.Parameter
  public abstract List<Inline> content();

  /**
   * Returns a paragraph of the given content.
   *
   * @param content the content, with some visible text, not null
   * @return the paragraph, not null
   * @throws dev.newsmodel.core.InvalidValueException if the content is empty or only spaces
   */
  public static Paragraph of(Inline... content) {
    return ImmutableParagraph.create(List.of(content));
  }

  /**
   * Returns a paragraph of the given content.
   *
   * @param content the content, with some visible text, not null
   * @return the paragraph, not null
   * @throws dev.newsmodel.core.InvalidValueException if the content is empty or only spaces
   */
  public static Paragraph of(List<? extends Inline> content) {
    return ImmutableParagraph.create(content);
  }

  /**
   * Returns a paragraph of plain text.
   *
   * @param text the text, not blank, not null
   * @return the paragraph, not null
   * @throws dev.newsmodel.core.InvalidValueException if the text is blank
   */
  public static Paragraph of(String text) {
    return of(Text.of(text));
  }

  /**
   * Returns the paragraph's text without marks, line breaks as {@code \n}.
   *
   * @return the plain text, not null
   */
  public String plainText() {
    return Inlines.plainText(content());
  }

  @Value.Check
  void check() {
    Inlines.visible("paragraph.content", content());
  }
}
