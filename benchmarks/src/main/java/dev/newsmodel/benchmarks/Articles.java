package dev.newsmodel.benchmarks;

import dev.newsmodel.core.Article;
import dev.newsmodel.testing.ReferenceArticle;

/**
 * The articles the benchmarks run over, by the name JMH's {@code article} parameter gives:
 * {@code reference} (the seed page, {@link ReferenceArticle}) and {@code large}
 * ({@link LargeArticle}).
 */
public final class Articles {
  private Articles() {}

  /** The names {@link #byName} knows, in the order the benchmarks run them. */
  public static final String[] NAMES = {"reference", "large"};

  /**
   * Returns an article by name.
   *
   * @param name {@code reference} or {@code large}, not null
   * @return the article, not null
   * @throws IllegalArgumentException if the name is neither
   */
  public static Article byName(String name) {
    switch (name) {
      case "reference":
        return ReferenceArticle.article();
      case "large":
        return LargeArticle.article();
      default:
        throw new IllegalArgumentException("Unknown article '" + name + "'; expected 'reference' or 'large'");
    }
  }
}
