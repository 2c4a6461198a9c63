package dev.newsmodel.htmlimport;

import dev.newsmodel.core.Article;
import dev.newsmodel.core.convert.Conversion;
import java.util.Map;
import java.util.Objects;

/**
 * A news page read by {@link PageImport}: the article, or the problems saying why there is none, and
 * where on the page each fact came from, such as {@code headline → script[type=application/ld+json][2]
 * /headline} or {@code published → meta[property=article:published_time]}.
 *
 * @param article the article with the problems met, or the errors; not null
 * @param sources for each fact found, by the name of its {@link Article} accessor ({@code headline},
 *     {@code language}, {@code published}, {@code bylines}, {@code body} …), where it was read, in the
 *     order read; a fact found on a page that gives no article is still listed; not null
 */
public record ImportedPage(Conversion<Article> article, Map<String, String> sources) {
  /**
   * Creates the result.
   *
   * @param article the article with the problems met, or the errors; not null
   * @param sources where each fact was read, by fact; not null
   */
  public ImportedPage {
    Objects.requireNonNull(article, "article");
    sources = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(sources));
  }
}
