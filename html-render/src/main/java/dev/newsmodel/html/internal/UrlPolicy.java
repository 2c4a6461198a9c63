package dev.newsmodel.html.internal;

import java.net.URI;
import java.util.Locale;

/**
 * The renderer's URL allowlist: absolute {@code http} and {@code https} URLs with a host, and
 * {@code mailto} where a link makes sense. The model checks the same on construction; the renderer
 * checks again so that no other scheme can ever reach an attribute.
 */
public final class UrlPolicy {
  private UrlPolicy() {}

  /**
   * Returns the URL as it may be written into an attribute, or null when the allowlist refuses it.
   *
   * @param url the URL, not null
   * @param mailto whether {@code mailto:} is allowed here (links only)
   * @return the ASCII form of the URL, or null if it is not allowed
   */
  public static String allowed(URI url, boolean mailto) {
    if (!url.isAbsolute() || url.isOpaque() && !mailto) {
      return null;
    }
    String scheme = url.getScheme().toLowerCase(Locale.ROOT);
    if (scheme.equals("http") || scheme.equals("https")) {
      String host = url.getHost();
      if (host == null || host.isEmpty()) {
        return null;
      }
    } else if (!(mailto && scheme.equals("mailto"))) {
      return null;
    }
    String ascii = url.toASCIIString();
    for (int i = 0; i < ascii.length(); i++) {
      char c = ascii.charAt(i);
      if (c <= 0x20 || c >= 0x7F) {
        return null;
      }
    }
    return ascii;
  }
}
