package dev.newsmodel.examples;

import dev.newsmodel.core.Article;
import dev.newsmodel.html.HtmlRenderer;
import dev.newsmodel.html.HtmlWriter;
import dev.newsmodel.html.Phrase;
import dev.newsmodel.html.Phrases;
import dev.newsmodel.html.Slot;
import dev.newsmodel.json.ArticleJson;
import java.io.IOException;
import java.nio.file.Path;

/** Recipe: fit the renderer into a portal's design: class prefix, heading level, phrases, a component. */
public final class ThemeRenderer {
  private ThemeRenderer() {}

  /**
   * Prints the reference article as a fragment in a portal's own markup.
   *
   * @param args ignored
   * @throws IOException if reading fails
   */
  public static void main(String[] args) throws IOException {
    Article article = ArticleJson.defaults().read(Path.of("examples/articles/reference-article.json"));
    HtmlRenderer portal = HtmlRenderer.defaults()
        .withClassPrefix("kn-")
        .withHeadingLevel(2)
        .withPhrases(Phrases.english().with(Phrase.BYLINE, "Reporting by {names}"))
        .withComponent(Slot.IMAGE, (image, context) -> {
          HtmlWriter out = context.html();
          out.open("div").classes("zoomable");
          context.renderDefault(image);
          out.close();
        });
    System.out.println(portal.renderFragment(article));
    System.out.println("<style>" + portal.stylesheet() + "</style>");
  }
}
