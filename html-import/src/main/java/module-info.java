/**
 * HTML into newsmodel: an HTML fragment into body blocks by an allowlist, and a published news page
 * into an article, with every loss reported. Needs core, json-ld and jsoup.
 */
module dev.newsmodel.htmlimport {
  requires transitive dev.newsmodel.core;
  requires dev.newsmodel.jsonld;
  requires org.jsoup;
  requires static org.jspecify;

  exports dev.newsmodel.htmlimport;
}
