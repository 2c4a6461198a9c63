package dev.newsmodel.html.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsmodel.core.Article;
import dev.newsmodel.core.ArticleId;
import dev.newsmodel.core.Image;
import dev.newsmodel.core.Rfc9557;
import dev.newsmodel.core.body.Block;
import dev.newsmodel.core.body.Emphasis;
import dev.newsmodel.core.body.Heading;
import dev.newsmodel.core.body.ImageBlock;
import dev.newsmodel.core.body.LanguageSpan;
import dev.newsmodel.core.body.LineBreak;
import dev.newsmodel.core.body.Link;
import dev.newsmodel.core.body.ListBlock;
import dev.newsmodel.core.body.ListItem;
import dev.newsmodel.core.body.Paragraph;
import dev.newsmodel.core.body.Quote;
import dev.newsmodel.core.body.Strong;
import dev.newsmodel.core.body.Text;
import dev.newsmodel.html.HtmlRenderer;
import dev.newsmodel.testing.ReferenceArticle;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * {@link SizeHint} is close above the fragment's length where it can be, and the fragment is the same
 * whatever it says.
 */
class SizeHintTest {
  private static final HtmlRenderer RENDERER = HtmlRenderer.defaults();

  @Test
  void theReferenceArticlesFragmentFitsWithinATenthMore() {
    Article article = ReferenceArticle.article();
    int length = RENDERER.renderFragment(article).length();
    int hint = SizeHint.fragment(article);
    assertTrue(hint >= length && hint <= length * 1.1, "hint " + hint + " for " + length);
  }

  @Test
  void anArticleWithEveryBodyKindFits() {
    Article article = article(
        Paragraph.of(Text.of("text "), Emphasis.of("emphasis"), Strong.of("strong"),
            Link.of(URI.create("https://example.com/"), "a link"), LineBreak.instance(),
            LanguageSpan.of(Locale.forLanguageTag("ru"), "текст")),
        Heading.of(2, "A heading"),
        Quote.of("A quotation.", "Someone"),
        ListBlock.unordered(ListItem.of("An item"), ListItem.of("Another")),
        ImageBlock.of(Image.builder().url(URI.create("https://example.com/a.jpg")).alt("A picture").build()));
    int length = RENDERER.renderFragment(article).length();
    int hint = SizeHint.fragment(article);
    assertTrue(hint >= length && hint <= length * 2, "hint " + hint + " for " + length);
  }

  @Test
  void theFragmentDoesNotDependOnTheHint() throws IOException {
    // Encoded text is longer than the hint counts it: the buffer grows, the output is the same.
    String encoded = "<&>\"'".repeat(2000);
    for (Article article : List.of(ReferenceArticle.article(), article(Paragraph.of(encoded)))) {
      StringBuilder small = new StringBuilder(1);
      RENDERER.renderFragment(article, small);
      assertEquals(small.toString(), RENDERER.renderFragment(article));
    }
  }

  private static Article article(Block... blocks) {
    return Article.builder()
        .id(ArticleId.of("size-hint"))
        .status(Article.Status.PUBLISHED)
        .language(Locale.ENGLISH)
        .headline("Headline")
        .published(Rfc9557.parse("2021-04-06T17:45:00+03:00[Europe/Moscow]"))
        .addBody(blocks)
        .build();
  }
}
