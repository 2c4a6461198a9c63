package dev.newsmodel.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsmodel.core.Article;
import dev.newsmodel.core.body.ImageBlock;
import dev.newsmodel.core.body.Paragraph;
import dev.newsmodel.core.lint.Linter;
import org.junit.jupiter.api.Test;

class LargeArticleTest {
  @Test
  void holdsFortyParagraphsTenImagesAndTwentyTeasers() {
    Article article = LargeArticle.article();
    assertEquals(LargeArticle.PARAGRAPHS, article.body().stream().filter(b -> b instanceof Paragraph).count());
    assertEquals(LargeArticle.IMAGES, article.body().stream().filter(b -> b instanceof ImageBlock).count());
    assertEquals(LargeArticle.TEASERS, article.related().size());
  }

  @Test
  void isTheSameOnEveryCall() {
    assertEquals(LargeArticle.article(), LargeArticle.article());
  }

  @Test
  void passesEditorialLint() {
    assertTrue(Linter.defaults().lint(LargeArticle.article()).isEmpty(),
        () -> Linter.defaults().lint(LargeArticle.article()).toString());
  }

  @Test
  void namesBothArticles() {
    assertEquals(LargeArticle.article(), Articles.byName("large"));
    assertEquals("caucasian-knot-iskander-2021-04-06", Articles.byName("reference").id().value());
  }
}
