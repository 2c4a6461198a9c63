package dev.newsmodel.core.body;

import dev.newsmodel.core.InvalidValueException;
import java.util.List;

/** Checks shared by the blocks that hold inline content. */
final class Inlines {
  private Inlines() {}

  /** Requires content with at least one visible character. */
  static void visible(String path, List<Inline> content) {
    if (content.isEmpty()) {
      throw new InvalidValueException(path, "must hold at least one item", "[]");
    }
    if (!hasVisibleText(content)) {
      throw new InvalidValueException(path, "must hold visible text, not only spaces and line breaks",
          plainText(content));
    }
  }

  private static boolean hasVisibleText(List<Inline> content) {
    for (Inline inline : content) {
      if (inline instanceof Text) {
        if (!((Text) inline).value().isBlank()) {
          return true;
        }
      } else if (inline instanceof Emphasis) {
        if (hasVisibleText(((Emphasis) inline).content())) {
          return true;
        }
      } else if (inline instanceof Strong) {
        if (hasVisibleText(((Strong) inline).content())) {
          return true;
        }
      } else if (inline instanceof Link) {
        if (hasVisibleText(((Link) inline).content())) {
          return true;
        }
      } else if (inline instanceof LanguageSpan) {
        if (hasVisibleText(((LanguageSpan) inline).content())) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Returns the text of inline content without its marks: what a reader would read aloud.
   *
   * @param content the content, not null
   * @return the plain text, not null
   */
  static String plainText(List<Inline> content) {
    StringBuilder out = new StringBuilder();
    appendPlainText(out, content);
    return out.toString();
  }

  private static void appendPlainText(StringBuilder out, List<Inline> content) {
    for (Inline inline : content) {
      if (inline instanceof Text) {
        out.append(((Text) inline).value());
      } else if (inline instanceof Emphasis) {
        appendPlainText(out, ((Emphasis) inline).content());
      } else if (inline instanceof Strong) {
        appendPlainText(out, ((Strong) inline).content());
      } else if (inline instanceof Link) {
        appendPlainText(out, ((Link) inline).content());
      } else if (inline instanceof LanguageSpan) {
        appendPlainText(out, ((LanguageSpan) inline).content());
      } else if (inline instanceof LineBreak) {
        out.append('\n');
      }
    }
  }
}
