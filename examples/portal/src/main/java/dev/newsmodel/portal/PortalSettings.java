package dev.newsmodel.portal;

import java.net.InetAddress;
import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * Where a portal listens and what it serves, such as {@code PortalSettings.of(Path.of("examples/articles"))}
 * for {@code http://127.0.0.1:8080/}. Immutable and thread-safe.
 *
 * @param host the address to bind; the loopback address by default, so that nothing outside this machine
 *     reaches the portal unless asked for (not null)
 * @param port the port, 0 to 65535; 0 picks a free one; 8080 by default
 * @param articles the directory of article JSON, not null
 * @param baseUrl the public address that links and feeds use, ending in {@code /}, such as
 *     {@code https://news.example.org/}; empty to use the bound address (not null)
 * @param title the portal's name in page headers and feeds, one line, not blank; {@value #DEFAULT_TITLE}
 *     by default (not null)
 */
public record PortalSettings(InetAddress host, int port, Path articles, Optional<URI> baseUrl, String title) {
  /** The default port. */
  public static final int DEFAULT_PORT = 8080;
  /** The default title. */
  public static final String DEFAULT_TITLE = "Newsmodel Portal";

  /**
   * Checks the settings.
   *
   * @param host the address to bind, not null
   * @param port the port, 0 to 65535
   * @param articles the directory of article JSON, not null
   * @param baseUrl the public address, an absolute http or https URL ending in {@code /} with a host, or empty
   * @param title the portal's name, one line, not blank, not null
   * @throws IllegalArgumentException if the port, base URL or title breaks its rule, naming it
   */
  public PortalSettings {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(articles, "articles");
    Objects.requireNonNull(baseUrl, "baseUrl");
    Objects.requireNonNull(title, "title");
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("Portal port must be 0 to 65535, but was " + port);
    }
    if (baseUrl.isPresent()) {
      URI url = baseUrl.get();
      String scheme = url.getScheme();
      if (!("http".equals(scheme) || "https".equals(scheme)) || url.getHost() == null
          || url.getRawQuery() != null || url.getRawFragment() != null || !url.getRawPath().endsWith("/")) {
        throw new IllegalArgumentException("Portal base URL must be an absolute http or https URL with a host"
            + " whose path ends in '/', such as 'https://news.example.org/', but was '" + url + "'");
      }
    }
    if (title.isBlank() || title.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
      throw new IllegalArgumentException("Portal title must be one line of text, not blank, but was '"
          + title.replaceAll("\\p{Cntrl}", "?") + "'");
    }
  }

  /**
   * Returns the default settings for a directory: loopback, port 8080, the bound address as base URL.
   *
   * @param articles the directory of article JSON, not null
   * @return the settings, not null
   */
  public static PortalSettings of(Path articles) {
    return new PortalSettings(InetAddress.getLoopbackAddress(), DEFAULT_PORT, articles, Optional.empty(),
        DEFAULT_TITLE);
  }

  /**
   * Returns these settings with another port.
   *
   * @param port the port, 0 (a free one) to 65535
   * @return the settings, not null
   */
  public PortalSettings withPort(int port) {
    return new PortalSettings(host, port, articles, baseUrl, title);
  }

  /**
   * Returns these settings with another address to bind.
   *
   * @param host the address, not null
   * @return the settings, not null
   */
  public PortalSettings withHost(InetAddress host) {
    return new PortalSettings(host, port, articles, baseUrl, title);
  }

  /**
   * Returns these settings with a public address for links and feeds.
   *
   * @param baseUrl the address, such as {@code https://news.example.org/}, not null
   * @return the settings, not null
   */
  public PortalSettings withBaseUrl(URI baseUrl) {
    return new PortalSettings(host, port, articles, Optional.of(baseUrl), title);
  }

  /**
   * Returns these settings with another title.
   *
   * @param title the portal's name, not null
   * @return the settings, not null
   */
  public PortalSettings withTitle(String title) {
    return new PortalSettings(host, port, articles, baseUrl, title);
  }
}
