/**
 * The JSON form of a newsmodel article: the Jackson 3 mapping, the published JSON Schema, validation
 * with located problems, and schema.org JSON-LD for web pages.
 */
module dev.newsmodel.json {
  requires transitive dev.newsmodel.core;
  requires transitive tools.jackson.core;
  requires transitive tools.jackson.databind;
  requires com.networknt.schema;
  requires static org.jspecify;

  exports dev.newsmodel.json;
  exports dev.newsmodel.json.ld;

  provides tools.jackson.databind.JacksonModule with dev.newsmodel.json.NewsmodelJsonModule;
}
