package dev.newsmodel.feeds;

/**
 * A feed format, such as {@link #RSS}, with the media type a server sends it as.
 */
public enum FeedFormat {
  /** RSS 2.0 (RSS Advisory Board), {@code application/rss+xml}. */
  RSS("application/rss+xml"),
  /** Atom 1.0 (RFC 4287), {@code application/atom+xml}. */
  ATOM("application/atom+xml"),
  /** JSON Feed 1.1, {@code application/feed+json}. */
  JSON_FEED("application/feed+json");

  private final String mediaType;

  FeedFormat(String mediaType) {
    this.mediaType = mediaType;
  }

  /**
   * Returns the media type, such as {@code application/rss+xml}; the documents are UTF-8, so a server
   * sends {@code Content-Type: application/rss+xml; charset=utf-8}.
   *
   * @return the media type, not null
   */
  public String mediaType() {
    return mediaType;
  }
}
