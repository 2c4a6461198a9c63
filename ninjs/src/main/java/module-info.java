/**
 * IPTC ninjs 3.1 (News in JSON) for newsmodel articles, in both directions: an article as a ninjs text
 * item, and a ninjs text item as an article, with every loss reported. Needs core, html-import (for HTML bodies),
 * jackson-core and the OWASP encoder.
 */
module dev.newsmodel.ninjs {
  requires transitive dev.newsmodel.core;
  requires dev.newsmodel.htmlimport;
  requires tools.jackson.core;
  requires owasp.encoder;
  requires static org.jspecify;

  exports dev.newsmodel.ninjs;
}
