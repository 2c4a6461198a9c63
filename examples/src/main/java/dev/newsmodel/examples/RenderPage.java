package dev.newsmodel.examples;

import dev.newsmodel.core.Article;
import dev.newsmodel.html.HtmlRenderer;
import dev.newsmodel.json.ArticleJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;

/** Recipe: render an article as a full HTML page, with times in a reader's zone. */
public final class RenderPage {
  private RenderPage() {}

  /**
   * Renders the reference article to {@code target/reference-article-new-york.html}.
   *
   * @param args ignored
   * @throws IOException if reading or writing fails
   */
  public static void main(String[] args) throws IOException {
    Article article = ArticleJson.defaults().read(Path.of("examples/articles/reference-article.json"));
    HtmlRenderer renderer = HtmlRenderer.defaults().withReaderZone(ZoneId.of("America/New_York"));
    Path out = Path.of("target/reference-article-new-york.html");
    Files.createDirectories(out.getParent());
    try (var writer = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
      renderer.renderPage(article, writer);
    }
    System.out.println("wrote " + out + " with " + renderer);
  }
}
