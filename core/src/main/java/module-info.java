/**
 * The newsmodel article model: immutable values for articles and everything on a news page, their
 * construction rules, RFC 9557 timestamps and editorial lint. Needs nothing but the JDK at run time.
 */
module dev.newsmodel.core {
  requires static org.immutables.value.annotations;
  requires static org.jspecify;
  requires static java.compiler;

  exports dev.newsmodel.core;
  exports dev.newsmodel.core.body;
  exports dev.newsmodel.core.convert;
  exports dev.newsmodel.core.lint;
  // The model's character and form rules, for the schema reader that applies the same rules while it
  // reads (one home for each rule); not part of the API.
  exports dev.newsmodel.core.internal to dev.newsmodel.json;
}
