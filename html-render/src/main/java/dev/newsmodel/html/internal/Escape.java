package dev.newsmodel.html.internal;

import java.io.IOException;
import org.owasp.encoder.Encode;

/**
 * Writes text encoded for HTML element content or a double-quoted attribute value, exactly as the
 * OWASP encoder's {@code Encode.forHtmlContent} and {@code Encode.forHtmlAttribute} would, without
 * their new string per call when there is nothing to encode: {@code content(out, "Moscow")} appends
 * {@code Moscow} as is, {@code content(out, "A & B")} appends {@code A &amp; B}.
 *
 * <p>A text is scanned once; up to its first character that the encoder changes it is appended
 * unchanged, and from there on the encoder writes the rest. The characters appended unchanged are
 * the ones the encoder itself leaves alone (tests compare every UTF-16 code unit with it): outside
 * {@code & < >} (content) or {@code " & ' <} (attribute), the printable ASCII characters, tab and
 * line breaks, NEL, and the Basic Multilingual Plane from U+00A0 on except surrogates and
 * noncharacters. Surrogates always go through the encoder, which checks pairs and replaces lone
 * halves and noncharacters.
 */
public final class Escape {
  private static final boolean[] CONTENT_ASCII = ascii("&<>");
  private static final boolean[] ATTRIBUTE_ASCII = ascii("\"&'<");

  private Escape() {}

  /**
   * Appends text encoded for element content, as {@code Encode.forHtmlContent(text)}.
   *
   * @param out where to write, not null
   * @param text the text, not null
   * @throws IOException if the output fails
   */
  public static void content(Appendable out, String text) throws IOException {
    int first = firstUnsafe(text, CONTENT_ASCII);
    if (first < 0) {
      out.append(text);
    } else {
      out.append(text, 0, first).append(Encode.forHtmlContent(text.substring(first)));
    }
  }

  /**
   * Appends a value encoded for a double-quoted attribute, as {@code Encode.forHtmlAttribute(value)}.
   *
   * @param out where to write, not null
   * @param value the value, not null
   * @throws IOException if the output fails
   */
  public static void attribute(Appendable out, String value) throws IOException {
    int first = firstUnsafe(value, ATTRIBUTE_ASCII);
    if (first < 0) {
      out.append(value);
    } else {
      out.append(value, 0, first).append(Encode.forHtmlAttribute(value.substring(first)));
    }
  }

  /** The index of the first character the encoder may change, or -1 when there is none. */
  static int firstUnsafe(String text, boolean[] asciiSafe) {
    for (int i = 0, n = text.length(); i < n; i++) {
      char c = text.charAt(i);
      if (c < 0x80 ? !asciiSafe[c] : !safeAboveAscii(c)) {
        return i;
      }
    }
    return -1;
  }

  static boolean contentSafe(char c) {
    return c < 0x80 ? CONTENT_ASCII[c] : safeAboveAscii(c);
  }

  static boolean attributeSafe(char c) {
    return c < 0x80 ? ATTRIBUTE_ASCII[c] : safeAboveAscii(c);
  }

  /** NEL, and U+00A0 to U+FFFD without surrogates and the noncharacters U+FDD0 to U+FDEF. */
  private static boolean safeAboveAscii(char c) {
    if (c >= 0xA0) {
      return c < Character.MIN_SURROGATE || (c > Character.MAX_SURROGATE && (c < 0xFDD0 || (c > 0xFDEF && c < 0xFFFE)));
    }
    return c == 0x85;
  }

  private static boolean[] ascii(String encoded) {
    boolean[] safe = new boolean[0x80];
    for (char c = 0x20; c < 0x7F; c++) {
      safe[c] = encoded.indexOf(c) < 0;
    }
    safe['\t'] = true;
    safe['\n'] = true;
    safe['\r'] = true;
    return safe;
  }
}
