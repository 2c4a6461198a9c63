package dev.newsmodel.json.internal;

import dev.newsmodel.core.InvalidValueException;
import tools.jackson.databind.JsonNode;

/** Pieces of problem messages: how a found value is described, and sentences from other libraries' text. */
public final class Messages {
  private static final int MAX_QUOTED = 80;

  private Messages() {}

  /**
   * Describes a JSON value for a message, such as {@code the string "1200"}, {@code the number 12},
   * {@code an object} or {@code null}.
   *
   * @param node the value, not null
   * @return the description, not null
   */
  public static String describe(JsonNode node) {
    if (node.isString()) {
      return "the string " + quote(node.stringValue());
    }
    if (node.isNumber()) {
      return "the number " + node.toString();
    }
    if (node.isBoolean()) {
      return node.booleanValue() ? "true" : "false";
    }
    if (node.isNull()) {
      return "null";
    }
    if (node.isArray()) {
      return node.isEmpty() ? "an empty array" : "an array of " + node.size() + (node.size() == 1 ? " item" : " items");
    }
    if (node.isObject()) {
      return node.isEmpty() ? "an empty object" : "an object";
    }
    return node.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
  }

  /**
   * Quotes text for a message, shortened to 80 characters and with control characters escaped, such as
   * {@code "javascript:alert(1)"}.
   *
   * @param text the text, not null
   * @return the quoted text, not null
   */
  public static String quote(String text) {
    StringBuilder out = new StringBuilder(Math.min(text.length(), MAX_QUOTED) + 8).append('"');
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      if (n == MAX_QUOTED) {
        out.append('…');
        break;
      }
      char c = text.charAt(i);
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c == '\n') {
        out.append("\\n");
      } else if (c == '\r') {
        out.append("\\r");
      } else if (c == '\t') {
        out.append("\\t");
      } else if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029') {
        out.append(String.format(java.util.Locale.ROOT, "\\u%04X", (int) c));
      } else {
        out.append(c);
      }
      n++;
    }
    return out.append('"').toString();
  }

  /**
   * Turns another library's message into the rest of a sentence: first letter lower case, one line,
   * ending with a full stop.
   *
   * @param message the message, possibly null
   * @return the sentence, not null
   */
  public static String sentence(String message) {
    String s = message == null ? "" : message.strip();
    int newline = s.indexOf('\n');
    if (newline >= 0) {
      s = s.substring(0, newline).strip();
    }
    if (s.isEmpty()) {
      return "it is not valid.";
    }
    if (s.length() > 1 && Character.isUpperCase(s.charAt(0)) && !Character.isUpperCase(s.charAt(1))) {
      s = Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }
    return s.endsWith(".") ? s : s + ".";
  }

  /**
   * Returns the message for a model rule, such as {@code Expected "modified" not to be before
   * article.published (…), but found "2021-04-05T10:00:00Z".}, built from the exception's rule and value.
   *
   * @param e the exception, not null
   * @param pointer the pointer of the value, not null
   * @return the message, not null
   */
  public static String construction(InvalidValueException e, String pointer) {
    String name = Pointers.lastToken(pointer);
    String subject = name.isEmpty() ? "The article" : name.chars().allMatch(Character::isDigit)
        ? "Item " + name + " of \"" + Pointers.lastToken(Pointers.parent(pointer)) + "\""
        : "\"" + name + "\"";
    StringBuilder out = new StringBuilder(subject).append(' ').append(e.rule());
    if (e.value().isPresent()) {
      out.append(", but was ").append(quote(e.value().get()));
    }
    String s = out.toString();
    return s.endsWith(".") ? s : s + ".";
  }
}
