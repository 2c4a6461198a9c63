package dev.newsmodel.html;

/**
 * How the browser loads body and list images: the {@code loading} attribute, such as
 * {@code loading="lazy"}. The lead image is never lazy: it is usually the largest thing on screen.
 */
public enum ImageLoading {
  /** {@code loading="lazy"}: load when near the viewport. The default. */
  LAZY,
  /** {@code loading="eager"}: load at once. */
  EAGER,
  /** No {@code loading} attribute: the browser decides. */
  BROWSER_DEFAULT
}
