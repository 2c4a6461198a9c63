package dev.newsmodel.feeds;

import dev.newsmodel.core.Article;
import dev.newsmodel.core.InvalidValueException;
import dev.newsmodel.core.Teaser;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One item of a feed: a published article, such as the reference article at its canonical URL, or a
 * teaser that links to one.
 *
 * <pre>{@code
 * List<FeedEntry> entries = FeedEntry.ofArticles(articles);        // as given: order them yourself
 * FeedEntry one = FeedEntry.of(Teaser.from(article));               // headline, link, time, summary, image
 * }</pre>
 *
 * <p>An article entry carries everything a feed can hold: its id, authors, categories, modified time,
 * rights and, when the writer is given a renderer, its content. A teaser entry carries what a teaser
 * has. Either must have a URL to link to, since a feed reader opens the entry there: an article
 * without a canonical URL, or a teaser without a URL, is refused. Only a published article is a feed
 * entry; a draft or a withdrawn one is refused.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class FeedEntry {
  private final @Nullable Article article;
  private final Teaser teaser;

  private FeedEntry(@Nullable Article article, Teaser teaser) {
    this.article = article;
    this.teaser = teaser;
  }

  /**
   * Returns the entry of a published article.
   *
   * @param article the article, published, with a canonical URL, not null
   * @return the entry, not null
   * @throws InvalidValueException naming {@code article.status} if the article is not published, or
   *     {@code article.canonicalUrl} if it has none; the message names the article's id
   */
  public static FeedEntry of(Article article) {
    Objects.requireNonNull(article, "article");
    if (article.status() != Article.Status.PUBLISHED) {
      throw new InvalidValueException("article.status", "must be PUBLISHED for the article '" + article.id()
          + "' to be a feed entry", article.status().name());
    }
    if (article.canonicalUrl().isEmpty()) {
      throw new InvalidValueException("article.canonicalUrl", "is required for the article '" + article.id()
          + "' to be a feed entry, which links to it", null);
    }
    return new FeedEntry(article, Teaser.from(article));
  }

  /**
   * Returns the entry of a teaser.
   *
   * @param teaser the teaser, with a URL, not null
   * @return the entry, not null
   * @throws InvalidValueException naming {@code teaser.url} if the teaser has none
   */
  public static FeedEntry of(Teaser teaser) {
    Objects.requireNonNull(teaser, "teaser");
    if (teaser.url().isEmpty()) {
      throw new InvalidValueException("teaser.url", "is required for the teaser '" + teaser.headline()
          + "' to be a feed entry, which links to it", null);
    }
    return new FeedEntry(null, teaser);
  }

  /**
   * Returns the entries of articles, in the order given.
   *
   * @param articles published articles with canonical URLs, not null
   * @return the entries, not null, unmodifiable
   * @throws InvalidValueException as {@link #of(Article)}, with the index in the path, such as
   *     {@code articles[2].canonicalUrl}
   */
  public static List<FeedEntry> ofArticles(List<Article> articles) {
    List<FeedEntry> entries = new ArrayList<>(articles.size());
    for (int i = 0; i < articles.size(); i++) {
      try {
        entries.add(of(articles.get(i)));
      } catch (InvalidValueException e) {
        throw e.under("articles[" + i + "]");
      }
    }
    return List.copyOf(entries);
  }

  /**
   * Returns the entries of teasers, in the order given.
   *
   * @param teasers teasers with URLs, not null
   * @return the entries, not null, unmodifiable
   * @throws InvalidValueException as {@link #of(Teaser)}, with the index in the path, such as
   *     {@code teasers[2].url}
   */
  public static List<FeedEntry> ofTeasers(List<Teaser> teasers) {
    List<FeedEntry> entries = new ArrayList<>(teasers.size());
    for (int i = 0; i < teasers.size(); i++) {
      try {
        entries.add(of(teasers.get(i)));
      } catch (InvalidValueException e) {
        throw e.under("teasers[" + i + "]");
      }
    }
    return List.copyOf(entries);
  }

  /**
   * Returns the article, for an entry made from one.
   *
   * @return the article, or empty for a teaser's entry
   */
  public Optional<Article> article() {
    return Optional.ofNullable(article);
  }

  /**
   * Returns the teaser: the one given, or the article's ({@link Teaser#from(Article)}).
   *
   * @return the teaser, with a URL, not null
   */
  public Teaser teaser() {
    return teaser;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof FeedEntry e && Objects.equals(article, e.article) && teaser.equals(e.teaser);
  }

  @Override
  public int hashCode() {
    return Objects.hash(article, teaser);
  }

  /** Returns the article's id, or the teaser's URL: {@code FeedEntry{article=…}} or {@code FeedEntry{teaser=…}}. */
  @Override
  public String toString() {
    return article != null ? "FeedEntry{article=" + article.id() + "}"
        : "FeedEntry{teaser=" + teaser.url().orElseThrow() + "}";
  }
}
