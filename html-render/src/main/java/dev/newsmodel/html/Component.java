package dev.newsmodel.html;

import java.io.IOException;

/**
 * Renders one part of the output in place of the default, such as an image figure in a portal's own
 * markup:
 * <pre>{@code
 * HtmlRenderer renderer = HtmlRenderer.defaults().withComponent(Slot.IMAGE, (image, context) -> {
 *   HtmlWriter out = context.html();
 *   out.open("div").classes("picture");
 *   context.renderDefault(image);   // the standard <figure>, wrapped
 *   out.close();
 * });
 * }</pre>
 *
 * <p>A component writes through {@link ComponentContext#html()}, which encodes every string and
 * refuses unsafe elements, attributes and URLs, so a component cannot open a hole the default
 * rendering does not have. It must close every element it opens. Components are called from any
 * thread that renders: they must be stateless or thread-safe.
 *
 * @param <T> the model value rendered
 */
@FunctionalInterface
public interface Component<T> {
  /**
   * Renders a value.
   *
   * @param value the value, not null
   * @param context the writer, phrases and settings, and the default rendering, not null
   * @throws IOException if the output fails
   */
  void render(T value, ComponentContext<T> context) throws IOException;
}
