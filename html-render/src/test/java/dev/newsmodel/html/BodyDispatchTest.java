package dev.newsmodel.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsmodel.core.Article;
import dev.newsmodel.core.ArticleId;
import dev.newsmodel.core.Image;
import dev.newsmodel.core.Rfc9557;
import dev.newsmodel.core.body.Block;
import dev.newsmodel.core.body.Emphasis;
import dev.newsmodel.core.body.Heading;
import dev.newsmodel.core.body.ImageBlock;
import dev.newsmodel.core.body.Inline;
import dev.newsmodel.core.body.LanguageSpan;
import dev.newsmodel.core.body.LineBreak;
import dev.newsmodel.core.body.Link;
import dev.newsmodel.core.body.ListBlock;
import dev.newsmodel.core.body.ListItem;
import dev.newsmodel.core.body.Paragraph;
import dev.newsmodel.core.body.Quote;
import dev.newsmodel.core.body.Strong;
import dev.newsmodel.core.body.Text;
import java.net.URI;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every kind of block and inline the model permits renders as something: the samples below must
 * cover each permitted subclass of the sealed {@link Block} and {@link Inline}, so a kind added to the
 * model fails here until it has a sample, and then fails to render (the dispatch ends in an error)
 * until the renderer handles it.
 */
class BodyDispatchTest {
  private static final HtmlRenderer RENDERER = HtmlRenderer.defaults();

  private static final List<Block> BLOCKS = List.of(
      Paragraph.of("A paragraph."),
      Heading.of(2, "A heading"),
      Quote.of("A quotation.", "Someone"),
      ListBlock.unordered(ListItem.of("An item")),
      ImageBlock.of(Image.builder().url(URI.create("https://example.com/a.jpg")).alt("A picture").build()));

  private static final List<Inline> INLINES = List.of(
      Text.of("text"),
      Emphasis.of("emphasis"),
      Strong.of("strong"),
      Link.of(URI.create("https://example.com/"), "a link"),
      LineBreak.instance(),
      LanguageSpan.of(Locale.forLanguageTag("ru"), "текст"));

  @Test
  void samplesCoverEveryPermittedKind() {
    assertEquals(permitted(Block.class), kinds(BLOCKS, Block.class));
    assertEquals(permitted(Inline.class), kinds(INLINES, Inline.class));
  }

  @Test
  void everyBlockKindRendersAnElement() {
    for (Block block : BLOCKS) {
      String body = body(RENDERER.renderFragment(article(block)));
      assertTrue(body.startsWith("<") && body.endsWith(">\n") && body.length() > 3, block + " rendered " + body);
    }
  }

  @Test
  void everyInlineKindRendersSomething() {
    for (Inline inline : INLINES) {
      String body = body(RENDERER.renderFragment(article(Paragraph.of(Text.of("["), inline, Text.of("]")))));
      assertTrue(body.startsWith("<p>[") && body.endsWith("]</p>\n"), inline + " rendered " + body);
      assertFalse(body.equals("<p>[]</p>\n"), inline + " rendered nothing");
    }
  }

  private static Article article(Block block) {
    return Article.builder()
        .id(ArticleId.of("dispatch"))
        .status(Article.Status.PUBLISHED)
        .language(Locale.ENGLISH)
        .headline("Headline")
        .published(Rfc9557.parse("2021-04-06T17:45:00+03:00[Europe/Moscow]"))
        .addBody(block)
        .build();
  }

  /** What the body of a fragment without footer holds. */
  private static String body(String fragment) {
    String open = "<div class=\"nm-body\">\n";
    int start = fragment.indexOf(open) + open.length();
    return fragment.substring(start, fragment.lastIndexOf("</div>\n</article>"));
  }

  private static Set<Class<?>> permitted(Class<?> sealed) {
    return Set.copyOf(Arrays.asList(sealed.getPermittedSubclasses()));
  }

  /** The permitted subclass each sample is an instance of. */
  private static Set<Class<?>> kinds(List<?> samples, Class<?> sealed) {
    return samples.stream()
        .map(sample -> Arrays.stream(sealed.getPermittedSubclasses()).filter(kind -> kind.isInstance(sample))
            .findFirst().orElseThrow())
        .collect(Collectors.toSet());
  }
}
