/**
 * Schema.org metadata for newsmodel articles: {@code NewsArticle} JSON-LD, safe to embed in a web
 * page's {@code <script type="application/ld+json">} element, and articles read back from JSON-LD.
 * Needs only core and jackson-core.
 */
module dev.newsmodel.jsonld {
  requires transitive dev.newsmodel.core;
  requires tools.jackson.core;
  requires static org.jspecify;

  exports dev.newsmodel.jsonld;
}
