package dev.newsmodel.html;

import dev.newsmodel.core.Article;
import dev.newsmodel.core.Rfc9557;
import dev.newsmodel.core.Teaser;
import dev.newsmodel.testing.ReferenceArticle;
import java.util.ArrayList;
import java.util.List;

/** Inputs shared by the golden and checker tests. */
final class Fixtures {
  private Fixtures() {}

  /** The reference page's latest-news column: the related item and the reference article itself. */
  static List<Teaser> newsList() {
    Article article = ReferenceArticle.article();
    List<Teaser> teasers = new ArrayList<>(article.related());
    teasers.add(Teaser.from(article));
    teasers.add(Teaser.builder()
        .headline("Teaser without a summary, published in another zone")
        .published(Rfc9557.parse("2024-11-14T15:18:00-05:00[America/New_York]"))
        .build());
    return teasers;
  }
}
