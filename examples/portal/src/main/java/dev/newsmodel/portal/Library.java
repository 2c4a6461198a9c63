package dev.newsmodel.portal;

import dev.newsmodel.core.Article;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The articles a portal serves at one moment, such as the eight of {@code examples/articles}: newest
 * first, by id, and by month. Immutable and thread-safe.
 *
 * @param newestFirst the published articles, newest first (ties by id), not null
 * @param byId the same articles by id, not null
 */
record Library(List<Article> newestFirst, Map<String, Article> byId) {
  /** Newest first by instant; equal instants by id, so the order never depends on the file system. */
  static final Comparator<Article> NEWEST_FIRST = Comparator
      .comparing((Article a) -> a.published().orElseThrow().toInstant()).reversed()
      .thenComparing(a -> a.id().value());

  /** A library with no articles. */
  static final Library EMPTY = of(List.of());

  /**
   * Makes a library.
   *
   * @param newestFirst the published articles, newest first, not null
   * @param byId the same articles by id, not null
   */
  Library {
    newestFirst = List.copyOf(newestFirst);
    byId = Map.copyOf(byId);
  }

  /**
   * Returns the library of some articles with distinct ids, sorting them newest first.
   *
   * @param articles the articles, published, not null
   * @return the library, not null
   * @throws IllegalArgumentException if two articles have the same id
   */
  static Library of(List<Article> articles) {
    List<Article> sorted = new ArrayList<>(articles);
    sorted.sort(NEWEST_FIRST);
    Map<String, Article> byId = new HashMap<>();
    for (Article article : sorted) {
      if (byId.put(article.id().value(), article) != null) {
        throw new IllegalArgumentException("Library holds one article per id, but '" + article.id() + "' came twice");
      }
    }
    return new Library(sorted, byId);
  }

  /**
   * Returns the article with this id.
   *
   * @param id the id, not null
   * @return the article, or empty when none is served with that id
   */
  Optional<Article> article(String id) {
    Objects.requireNonNull(id, "id");
    return Optional.ofNullable(byId.get(id));
  }

  /**
   * Returns the articles by the month of their publication in their own zone, newest month first.
   *
   * @return months to articles (newest first), not null
   */
  Map<YearMonth, List<Article>> byMonth() {
    Map<YearMonth, List<Article>> months = new TreeMap<>(Comparator.reverseOrder());
    for (Article article : newestFirst) {
      months.computeIfAbsent(month(article), m -> new ArrayList<>()).add(article);
    }
    return new LinkedHashMap<>(months);
  }

  /**
   * Returns the month an article was published in, in its own zone: 2026-10 for
   * {@code 2026-10-25T02:30:00+01:00[Europe/Berlin]}.
   *
   * @param article a published article, not null
   * @return the month, not null
   */
  static YearMonth month(Article article) {
    return YearMonth.from(article.published().orElseThrow());
  }
}
