package dev.newsmodel.benchmarks.baseline;

import dev.newsmodel.core.Article;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

/**
 * The render benchmark's baseline: the precompiled jte template {@code article.jte} (with
 * {@code figure.jte} and {@code inlines.jte}), run by jte's precompiled engine in HTML mode, which
 * escapes every value by its context.
 *
 * <p>jte was chosen as the fastest widely used Java template engine; the templates are turned into
 * Java classes at build time by jte's Maven plugin, so nothing is parsed or compiled at run time.
 * Thread-safe.
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
