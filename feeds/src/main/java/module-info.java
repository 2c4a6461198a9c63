/**
 * Feeds for newsmodel articles and teasers: RSS 2.0, Atom 1.0 (RFC 4287) and JSON Feed 1.1, each
 * time in its article's own offset. XML is written with the JDK's streaming writer ({@code java.xml}),
 * JSON Feed with jackson-core's streaming generator; an entry's optional content is html-render's
 * article fragment.
 */
module dev.newsmodel.feeds {
  requires transitive dev.newsmodel.core;
  requires transitive dev.newsmodel.html;
  requires java.xml;
  requires tools.jackson.core;
  requires owasp.encoder;
  requires static org.jspecify;

  exports dev.newsmodel.feeds;
}
