/**
 * Semantic, safe HTML for newsmodel articles: fragments, pages and news lists.
 */
module dev.newsmodel.html {
  requires transitive dev.newsmodel.core;
  requires dev.newsmodel.jsonld;
  requires owasp.encoder;
  requires static org.jspecify;
  requires static org.immutables.value.annotations;
  requires static java.compiler;

  exports dev.newsmodel.html;
  // One rule for text direction: the feeds write dir where the renderer would.
  exports dev.newsmodel.html.internal to dev.newsmodel.feeds;
}
