package dev.newsmodel.portal;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Request paths: {@code /articles/caucasian-knot-iskander-2021-04-06} split into decoded segments,
 * refusing what could climb out of a route or hide one ({@code ..} and {@code .} segments, encoded or
 * not, backslashes, control characters, malformed percent-encoding or UTF-8). The portal never maps a
 * path to a file: segments are looked up among the articles it has read.
 */
final class Paths {
  /** A {@code .} or {@code ..} segment, also inside a decoded segment that holds an encoded slash. */
  private static final Pattern DOT_SEGMENT = Pattern.compile("(^|/)\\.\\.?(/|$)");

  private Paths() {}

  /**
   * Splits a raw request path into decoded segments: {@code /a/b%20c} gives {@code [a, b c]} and
   * {@code /} gives {@code []}.
   *
   * @param rawPath the path as the request sent it, percent-encoding included, not null
   * @return the segments, or empty when the path is refused
   */
  static Optional<List<String>> segments(String rawPath) {
    if (!rawPath.startsWith("/")) {
      return Optional.empty();
    }
    List<String> segments = new ArrayList<>();
    String rest = rawPath.substring(1);
    if (rest.isEmpty()) {
      return Optional.of(segments);
    }
    for (String raw : rest.split("/", -1)) {
      Optional<String> decoded = decode(raw);
      if (decoded.isEmpty()) {
        return Optional.empty();
      }
      String segment = decoded.get();
      if (segment.isEmpty() || DOT_SEGMENT.matcher(segment).find() || segment.indexOf('\\') >= 0
          || segment.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
        return Optional.empty();
      }
      segments.add(segment);
    }
    return Optional.of(segments);
  }

  /**
   * Percent-encodes one path segment, keeping RFC 3986's unreserved characters: {@code a b/c} gives
   * {@code a%20b%2Fc}. A segment of dots is encoded whole, so it is never read as {@code .} or {@code ..}.
   *
   * @param segment the text, not null
   * @return the encoded segment, not null
   */
  static String segment(String segment) {
    boolean dots = segment.chars().allMatch(c -> c == '.');
    StringBuilder out = new StringBuilder(segment.length() + 8);
    for (byte b : segment.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      boolean unreserved = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || c == '-' || c == '_' || c == '~' || (c == '.' && !dots);
      if (unreserved) {
        out.append((char) c);
      } else {
        out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
    return out.toString();
  }

  /** Decodes percent-encoding as UTF-8; empty when malformed. {@code +} is kept: it is a plus in a path. */
  private static Optional<String> decode(String raw) {
    if (raw.chars().anyMatch(c -> c >= 0x80)) {
      return Optional.empty(); // a raw non-ASCII character: not a valid URI path
    }
    if (raw.indexOf('%') < 0) {
      return Optional.of(raw);
    }
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(raw.length());
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c == '%') {
        if (i + 2 >= raw.length()) {
          return Optional.empty();
        }
        int high = Character.digit(raw.charAt(i + 1), 16);
        int low = Character.digit(raw.charAt(i + 2), 16);
        if (high < 0 || low < 0) {
          return Optional.empty();
        }
        bytes.write(high << 4 | low);
        i += 2;
      } else {
        bytes.write(c);
      }
    }
    try {
      return Optional.of(StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes.toByteArray())).toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }
}
