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
      return "the number " + JsonText.of(node);
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

  private static final java.util.regex.Pattern SOURCE = java.util.regex.Pattern.compile(
      "\\s*\\(?(start marker )?at \\[Source: [^\\]]*\\][^)]*\\)?");
  private static final java.util.regex.Pattern FOUND = java.util.regex.Pattern.compile(
      "^Unexpected character \\('(.+?)' \\(code (\\d+)[^)]*\\)\\)");
  private static final java.util.regex.Pattern TOKEN = java.util.regex.Pattern.compile("^Unrecognized token '(.*?)'");
  private static final java.util.regex.Pattern BYTE = java.util.regex.Pattern.compile("(0x[0-9A-Fa-f]+)");
  private static final java.util.regex.Pattern CONTROL = java.util.regex.Pattern.compile("code (\\d+)");

  /**
   * Returns the message for a syntax error in the parser's words, such as {@code Unexpected
   * end-of-input in VALUE_STRING}, as a sentence that says what was expected, such as {@code Expected
   * a closing quote ending the string, but the document ends first.} Jackson's type and token names and
   * its source descriptions never reach the user; a message not recognised keeps its first sentence.
   *
   * @param original the parser's message, possibly null
   * @return the message, not null
   */
  public static String syntax(@org.jspecify.annotations.Nullable String original) {
    String s = original == null ? "" : SOURCE.matcher(original.strip()).replaceAll("");
    String lower = s.toLowerCase(java.util.Locale.ROOT);
    String ends = ", but the document ends first.";
    if (lower.startsWith("unexpected end-of-input")) {
      if (lower.contains("value_string") || lower.contains("string value")) {
        return "Expected a closing quote ending the string" + ends;
      }
      if (lower.contains("property name") || lower.contains("field name")) {
        return "Expected a closing quote ending the property name" + ends;
      }
      if (lower.contains("for object") || lower.contains("object entries")) {
        return "Expected '}' closing the object" + ends;
      }
      if (lower.contains("for array") || lower.contains("array entries")) {
        return "Expected ']' closing the array" + ends;
      }
      return "Expected more JSON" + ends;
    }
    java.util.regex.Matcher found = FOUND.matcher(s);
    if (found.find()) {
      int code = Integer.parseInt(found.group(2));
      String what = code < 0x20 || code == 0x7F ? String.format(java.util.Locale.ROOT, "the control character U+%04X", code)
          : "'" + new String(Character.toChars(code)) + "'";
      if (lower.contains("comment")) {
        return "Expected JSON, which has no comments, but found " + what + ".";
      }
      if (lower.contains("double-quote to start field name") || lower.contains("double-quote to start property name")) {
        return "Expected a property name in double quotes, but found " + what + ".";
      }
      if (lower.contains("separate object entries")) {
        return "Expected ',' or '}' after a property's value, but found " + what + ".";
      }
      if (lower.contains("separate array entries")) {
        return "Expected ',' or ']' after an array item, but found " + what + ".";
      }
      if (lower.contains("colon")) {
        return "Expected ':' after the property name, but found " + what + ".";
      }
      return "Expected a JSON value (a string in double quotes, a number, an object, an array, true, false or "
          + "null), but found " + what + ".";
    }
    java.util.regex.Matcher token = TOKEN.matcher(s);
    if (token.find()) {
      return "Expected a JSON value (a string in double quotes, a number, an object, an array, true, false or "
          + "null), but found " + quote(token.group(1)) + ".";
    }
    if (lower.startsWith("invalid utf-8")) {
      java.util.regex.Matcher b = BYTE.matcher(s);
      return "Expected UTF-8 text, but found a byte that cannot stand there" + (b.find() ? " (" + b.group(1) + ")" : "")
          + ".";
    }
    if (lower.startsWith("illegal unquoted character")) {
      java.util.regex.Matcher c = CONTROL.matcher(s);
      return "Expected control characters in a string to be escaped (such as \\n), but found "
          + (c.find() ? String.format(java.util.Locale.ROOT, "U+%04X", Integer.parseInt(c.group(1))) : "one")
          + " written as it is.";
    }
    if (lower.contains("surrogate")) {
      return "Expected a Unicode escape pair, a high surrogate then a low one (such as \\uD83D\\uDE00), but found a "
          + "broken pair.";
    }
    return "Expected well-formed JSON, but: " + sentence(s);
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
