package dev.newsmodel.cli.internal;

import java.util.Locale;

/**
 * Makes text from the input safe to show on a terminal or in a CI log: every character that could move
 * the cursor, change colours, end a line, or reorder the text around it is written as a visible
 * <code>&#92;uXXXX</code> escape instead. Used by every report meant to be read by people (text, github, the
 * messages of sarif) and by the command's own error lines, for file names, property names, quoted values
 * and messages alike.
 *
 * <p>Escaped: the C0 controls U+0000–U+001F (tab and line breaks included), DEL U+007F, the C1 controls
 * U+0080–U+009F, the line and paragraph separators U+2028 and U+2029, the bidirectional controls
 * U+061C, U+200E, U+200F, U+202A–U+202E and U+2066–U+2069, and surrogates that are not part of a pair.
 * Everything else, including a backslash, is kept as it is.
 */
final class Visible {
  private Visible() {}

  /**
   * Returns whether a UTF-16 unit is escaped by {@link #escape(String)} wherever it appears (lone
   * surrogates are decided by their neighbours and are not covered here).
   *
   * @param c the unit
   * @return true if it is a control, separator or bidirectional control
   */
  static boolean isUnsafe(char c) {
    return c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == '\u2028' || c == '\u2029' || isBidiControl(c);
  }

  /**
   * Returns whether a UTF-16 unit is one of Unicode's bidirectional formatting characters
   * (Bidi_Control): ALM, LRM, RLM, LRE, RLE, PDF, LRO, RLO, LRI, RLI, FSI, PDI.
   *
   * @param c the unit
   * @return true for a bidirectional control
   */
  static boolean isBidiControl(char c) {
    return c == '\u061C' || c == '\u200E' || c == '\u200F' || (c >= '\u202A' && c <= '\u202E')
        || (c >= '\u2066' && c <= '\u2069');
  }

  /**
   * Returns the text with every unsafe character written as <code>&#92;uXXXX</code> (upper-case hex), such as
   * <code>a&#92;u001B[31mb</code> for {@code a}, ESC, {@code [31mb}.
   *
   * @param text the text, not null
   * @return the text, unchanged when it has nothing to escape, not null
   */
  static String escape(String text) {
    int first = firstUnsafe(text);
    if (first < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, first);
    for (int i = first; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        out.append(c).append(text.charAt(++i));
      } else if (isUnsafe(c) || Character.isSurrogate(c)) {
        out.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static int firstUnsafe(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (isUnsafe(c) || Character.isSurrogate(c)) {
        return i;
      }
    }
    return -1;
  }
}
