package dev.newsmodel.htmlimport.internal;

import dev.newsmodel.core.Image;
import dev.newsmodel.core.InvalidValueException;
import dev.newsmodel.core.body.Link;
import dev.newsmodel.core.convert.ConversionCode;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * URLs from HTML attributes, read the way a browser reads them and then held to the model's own rule:
 * leading and trailing controls and spaces are stripped and tabs and line breaks removed anywhere (so
 * {@code java&#9;script:} is {@code javascript:}), characters a URI cannot hold are percent-encoded,
 * relative URLs are resolved against the base URI, and the result must be a URL that core's
 * {@link Link} (for links) or {@link Image} (for everything else) accepts. Nothing here decides what
 * is allowed: the model does.
 */
public final class Urls {
  private Urls() {}

  private static final Pattern SCHEME = Pattern.compile("^([A-Za-z][A-Za-z0-9+.\\-]*):");
  private static final URI PROBE_IMAGE = URI.create("https://example.org/");

  /** A URL as read, or why it is not one. */
  public static final class Result {
    private final @Nullable URI url;
    private final @Nullable ConversionCode code;
    private final String message;

    private Result(@Nullable URI url, @Nullable ConversionCode code, String message) {
      this.url = url;
      this.code = code;
      this.message = message;
    }

    /** The URL, or null if refused. */
    public @Nullable URI url() {
      return url;
    }

    /** The refusal's code, or null if accepted. */
    public @Nullable ConversionCode code() {
      return code;
    }

    /** The refusal's message, or empty. */
    public String message() {
      return message;
    }
  }

  /**
   * Reads a URL from an attribute.
   *
   * @param raw the attribute's value, entities already decoded by the parser
   * @param base the base URI, or null if there is none
   * @param link true for a link in text (http, https, mailto), false for a resource (http, https)
   * @return the URL or why not
   */
  public static Result read(String raw, @Nullable URI base, boolean link) {
    String s = clean(raw);
    String shown = "'" + shorten(raw) + "'";
    if (s.isEmpty()) {
      return refused(ConversionCode.URL_INVALID, "The URL " + shown + " is empty; it was left out");
    }
    Matcher m = SCHEME.matcher(s);
    if (m.find()) {
      String scheme = m.group(1).toLowerCase(Locale.ROOT);
      boolean allowed = scheme.equals("http") || scheme.equals("https") || (link && scheme.equals("mailto"));
      if (!allowed) {
        return refused(ConversionCode.URL_SCHEME, "The URL " + shown + " has the scheme '" + scheme + ":', which "
            + "the model does not allow " + (link ? "in a link (http, https, mailto)" : "here (http, https)")
            + "; it was left out");
      }
    }
    URI uri;
    try {
      uri = new URI(encode(s));
    } catch (URISyntaxException e) {
      return refused(ConversionCode.URL_INVALID, "The URL " + shown + " is not well-formed (" + e.getReason()
          + "); it was left out");
    }
    if (!uri.isAbsolute()) {
      if (base == null) {
        return refused(ConversionCode.URL_RELATIVE, "The relative URL " + shown + " cannot be resolved without a "
            + "base URI; it was left out");
      }
      uri = base.resolve(uri);
    }
    try {
      if (link) {
        Link.of(uri, "x");
      } else {
        Image.of(uri, "x");
      }
    } catch (InvalidValueException e) {
      ConversionCode code = e.rule().contains("scheme") ? ConversionCode.URL_SCHEME : ConversionCode.URL_INVALID;
      return refused(code, "The URL " + shown + " is refused by the model: it " + e.rule() + "; it was left out");
    }
    return new Result(uri, null, "");
  }

  /**
   * Checks a base URI: absolute, http or https, with a host.
   *
   * @param base the base URI, not null
   * @throws IllegalArgumentException if it is not one
   */
  public static void checkBase(URI base) {
    try {
      Image.of(base, "x");
    } catch (InvalidValueException e) {
      throw new IllegalArgumentException("The base URI '" + base + "' " + e.rule(), e);
    }
  }

  private static Result refused(ConversionCode code, String message) {
    return new Result(null, code, message);
  }

  /** As the URL standard: strip leading and trailing C0 controls and spaces, remove tabs and newlines. */
  static String clean(String raw) {
    int start = 0;
    int end = raw.length();
    while (start < end && raw.charAt(start) <= 0x20) {
      start++;
    }
    while (end > start && raw.charAt(end - 1) <= 0x20) {
      end--;
    }
    StringBuilder out = new StringBuilder(end - start);
    for (int i = start; i < end; i++) {
      char c = raw.charAt(i);
      if (c != '\t' && c != '\n' && c != '\r') {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * Percent-encodes what an RFC 3986 URI cannot hold: non-ASCII as UTF-8, spaces, controls, and
   * {@code " < > \ ^ ` { | }}; {@code [ ]} outside the host; a {@code %} not followed by two hex digits.
   */
  static String encode(String s) {
    int authorityStart = -1;
    int authorityEnd = -1;
    int slashes = s.indexOf("//");
    int firstColon = s.indexOf(':');
    if (slashes == 0 || (slashes > 0 && firstColon == slashes - 1 && SCHEME.matcher(s).find())) {
      authorityStart = slashes + 2;
      authorityEnd = authorityStart;
      while (authorityEnd < s.length() && "/?#".indexOf(s.charAt(authorityEnd)) < 0) {
        authorityEnd++;
      }
    }
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      boolean inAuthority = i >= authorityStart && i < authorityEnd;
      if (c == '%') {
        if (i + 2 < s.length() + 0 && isHex(s.charAt(i + 1)) && isHex(s.charAt(i + 2))) {
          out.append(c);
        } else {
          out.append("%25");
        }
      } else if (c <= 0x20 || c == 0x7F || "\"<>\\^`{|}".indexOf(c) >= 0 || ((c == '[' || c == ']') && !inAuthority)) {
        appendEncoded(out, String.valueOf(c));
      } else if (c >= 0x80) {
        int cp = s.codePointAt(i);
        appendEncoded(out, new String(Character.toChars(cp)));
        i += Character.charCount(cp) - 1;
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private static void appendEncoded(StringBuilder out, String chars) {
    for (byte b : chars.getBytes(StandardCharsets.UTF_8)) {
      out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xF, 16)))
          .append(Character.toUpperCase(Character.forDigit(b & 0xF, 16)));
    }
  }

  private static boolean isHex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }

  static String shorten(String s) {
    String one = s.replace("\n", "\\n").replace("\t", "\\t").replace("\r", "\\r");
    return one.length() > 120 ? one.substring(0, 117) + "..." : one;
  }
}
