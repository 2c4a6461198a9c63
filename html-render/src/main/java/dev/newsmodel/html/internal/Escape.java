package dev.newsmodel.html.internal;

import java.io.IOException;
import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import org.owasp.encoder.Encoder;
import org.owasp.encoder.Encoders;

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
 *
 * <p>The rest goes through the encoders {@code Encode} itself uses ({@link Encoders#HTML_CONTENT},
 * {@link Encoders#HTML_ATTRIBUTE}) with two buffers kept for the whole document, where {@code Encode}
 * allocates 6 KB of buffers on every call. Not thread-safe: one instance serves one writer.
 */
public final class Escape {
  private static final boolean[] CONTENT_ASCII = ascii("&<>");
  private static final boolean[] ATTRIBUTE_ASCII = ascii("\"&'<");
  private static final Encoder CONTENT = Encoders.forName(Encoders.HTML_CONTENT);
  private static final Encoder ATTRIBUTE = Encoders.forName(Encoders.HTML_ATTRIBUTE);
  /** Small, so that tests cross their boundaries easily; a document reuses them. */
  static final int INPUT_SIZE = 64;
  static final int OUTPUT_SIZE = 256;

  private CharBuffer input;
  private CharBuffer output;

  /** Creates the encoding state of one writer; the buffers are allocated when first needed. */
  public Escape() {}

  /**
   * Appends text encoded for element content, as {@code Encode.forHtmlContent(text)}.
   *
   * @param out where to write, not null
   * @param text the text, not null
   * @throws IOException if the output fails
   */
  public void content(Appendable out, String text) throws IOException {
    int first = firstUnsafe(text, CONTENT_ASCII);
    if (first < 0) {
      out.append(text);
    } else {
      encode(CONTENT, out, text, first);
    }
  }

  /**
   * Appends a string the model holds, encoded for element content: what {@link #content} appends,
   * found faster. Core's character rule has refused, in every string the model holds, each character
   * the encoder would replace (controls other than tab and line breaks, C1 controls, unpaired
   * surrogates, noncharacters), so in such a string only {@code & < >} can change; in a text of some
   * length they are looked for with {@code String.indexOf}, which the JIT compiles to a vector scan,
   * instead of one character at a time. Any other string (a phrase, a component's text) goes through
   * {@link #content}.
   *
   * @param out where to write, not null
   * @param text a string taken from a model value, not null
   * @throws IOException if the output fails
   */
  public void modelContent(Appendable out, String text) throws IOException {
    int first = text.length() < INDEX_SCAN ? firstUnsafe(text, CONTENT_ASCII) : firstMarkup(text);
    if (first < 0) {
      out.append(text);
    } else {
      encode(CONTENT, out, text, first);
    }
  }

  /**
   * From this length on, three {@code indexOf} scans of a model string cost less than one scan of its
   * characters; below it, the calls cost more than they save.
   */
  static final int INDEX_SCAN = 32;

  /** The index of the first {@code &}, {@code <} or {@code >}, or -1 when there is none. */
  static int firstMarkup(String text) {
    int first = text.indexOf('<');
    int ampersand = text.indexOf('&');
    if (ampersand >= 0 && (first < 0 || ampersand < first)) {
      first = ampersand;
    }
    int greater = text.indexOf('>');
    if (greater >= 0 && (first < 0 || greater < first)) {
      first = greater;
    }
    return first;
  }

  /**
   * Appends a value encoded for a double-quoted attribute, as {@code Encode.forHtmlAttribute(value)}.
   *
   * @param out where to write, not null
   * @param value the value, not null
   * @throws IOException if the output fails
   */
  public void attribute(Appendable out, String value) throws IOException {
    int first = firstUnsafe(value, ATTRIBUTE_ASCII);
    if (first < 0) {
      out.append(value);
    } else {
      encode(ATTRIBUTE, out, value, first);
    }
  }

  /**
   * Appends {@code text} up to {@code first} as is and the rest through the encoder, in chunks: as
   * {@code Encode} does, a high surrogate at the end of a chunk waits for the next one.
   */
  private void encode(Encoder encoder, Appendable out, String text, int first) throws IOException {
    if (input == null) {
      input = CharBuffer.allocate(INPUT_SIZE);
      output = CharBuffer.allocate(OUTPUT_SIZE);
    }
    out.append(text, 0, first);
    CharBuffer in = input;
    CharBuffer encoded = output;
    in.clear();
    int next = first;
    int length = text.length();
    while (true) {
      int count = Math.min(in.remaining(), length - next);
      text.getChars(next, next + count, in.array(), in.arrayOffset() + in.position());
      in.position(in.position() + count);
      next += count;
      in.flip();
      boolean end = next == length;
      CoderResult result;
      do {
        encoded.clear();
        result = encoder.encode(in, encoded, end);
        write(out, encoded);
      } while (result.isOverflow());
      if (end) {
        return;
      }
      in.compact();
    }
  }

  private static void write(Appendable out, CharBuffer encoded) throws IOException {
    if (out instanceof StringBuilder) {
      ((StringBuilder) out).append(encoded.array(), encoded.arrayOffset(), encoded.position());
    } else {
      encoded.flip();
      out.append(encoded);
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
