package dev.newsmodel.benchmarks.baseline;

import dev.newsmodel.core.Article;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

/**
 * The render benchmark's baseline: the precompiled jte templates in {@code src/main/jte}
 * ({@code article.jte} and the templates it calls), run by jte's precompiled engine with the HTML
 * content type, which escapes every value by its context, into a {@code StringOutput}.
 *
 * <p>jte is the fastest widely used Java template engine; its Maven plugin turns the templates into
 * Java classes at build time, so nothing is parsed or compiled at run time. The templates write the
 * markup of newsmodel's renderer with its defaults, up to line breaks between tags
 * ({@code BaselineRenderersTest}). Thread-safe.
 */
public final class JteRenderer {
  private static final String TEMPLATE = "article.jte";

  private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

  /** Creates a renderer over the precompiled templates on the class path. */
  public JteRenderer() {
    engine.prepareForRendering(TEMPLATE);
  }

  /**
   * Returns the article as an HTML fragment.
   *
   * @param article the article, not null
   * @return the fragment, not null
   */
  public String render(Article article) {
    StringOutput out = new StringOutput(8192);
    engine.render(TEMPLATE, article, out);
    return out.toString();
  }
}
