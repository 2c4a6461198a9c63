/**
 * The JSON form of a newsmodel article: the Jackson 3 mapping, the published JSON Schema and
 * validation with located problems.
 */
module dev.newsmodel.json {
  requires transitive dev.newsmodel.core;
  requires transitive tools.jackson.core;
  requires transitive tools.jackson.databind;
  requires com.networknt.schema;
  requires static org.jspecify;

  exports dev.newsmodel.json;

  provides tools.jackson.databind.JacksonModule with dev.newsmodel.json.NewsmodelJsonModule;
}
