package dev.newsmodel.html.internal;

import dev.newsmodel.html.Component;
import dev.newsmodel.html.ImageLoading;
import dev.newsmodel.html.Phrases;
import dev.newsmodel.html.Slot;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;
import org.jspecify.annotations.Nullable;

/**
 * Everything an {@code HtmlRenderer} is set to, as one immutable value: {@code HtmlRenderer} holds one,
 * and each of its {@code withX} methods returns a renderer over a copy with that one setting changed
 * ({@code withHeadingLevel(2)}, generated). The defaults are the ones its class description lists.
 * Equal settings render equal output. Validation of each setting is {@code HtmlRenderer}'s.
 *
 * <p>Two values are derived from the class prefix, once per copy and not part of equality: the
 * composed class names and the stylesheet with that prefix.
 */
@Value.Immutable
@Value.Style(jdkOnly = true, typeWith = "With*", visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true)
public abstract class RenderSettings implements WithRenderSettings {
  /** The {@code sizes} attribute by default: the stylesheet's column width, or the viewport's. */
  public static final String DEFAULT_IMAGE_SIZES = "(min-width: 48rem) 48rem, 100vw";

  private static final String STYLESHEET = loadStylesheet();

  RenderSettings() {}

  /**
   * Returns the default settings.
   *
   * @return the defaults, not null
   */
  public static RenderSettings defaults() {
    return ImmutableRenderSettings.builder().build();
  }

  /**
   * Returns the reader's zone, if set: times are then shown in it.
   *
   * @return the zone, not null
   */
  public abstract Optional<ZoneId> readerZone();

  /**
   * Returns the language that overrides the content's for phrases and dates, if set.
   *
   * @return the locale, not null
   */
  public abstract Optional<Locale> locale();

  /**
   * Returns the prefix of every class written, {@code nm-} by default.
   *
   * @return the prefix, not null
   */
  @Value.Default
  public String classPrefix() {
    return "nm-";
  }

  /**
   * Returns the headline's heading level, 1 by default.
   *
   * @return the level, from 1 to 6
   */
  @Value.Default
  public int headingLevel() {
    return 1;
  }

  /**
   * Returns whether pages embed the stylesheet, true by default.
   *
   * @return whether pages embed it
   */
  @Value.Default
  public boolean stylesheet() {
    return true;
  }

  /**
   * Returns how body and list images load, lazily by default.
   *
   * @return the loading, not null
   */
  @Value.Default
  public ImageLoading imageLoading() {
    return ImageLoading.LAZY;
  }

  /**
   * Returns the {@code sizes} attribute written beside a {@code srcset}.
   *
   * @return the sizes, not null
   */
  @Value.Default
  public String imageSizes() {
    return DEFAULT_IMAGE_SIZES;
  }

  /**
   * Returns the phrase sets given in place of the built-in ones, by language tag, sorted.
   *
   * @return the sets, not null
   */
  public abstract Map<String, Phrases> phrases();

  /**
   * Returns the portal's components, by slot, in the order of the slots.
   *
   * @return the components, not null
   */
  public abstract Map<Slot<?>, Component<?>> components();

  /**
   * Returns the class values composed with the prefix.
   *
   * @return the class names, not null
   */
  @Value.Derived
  @Value.Auxiliary
  public ClassNames classNames() {
    return new ClassNames(classPrefix());
  }

  /**
   * Returns the default stylesheet with the class prefix.
   *
   * @return the CSS text, not null
   */
  @Value.Derived
  @Value.Auxiliary
  public String css() {
    return classPrefix().equals("nm-") ? STYLESHEET : STYLESHEET.replace(".nm-", "." + classPrefix());
  }

  /**
   * Returns the portal's component for a slot, or null for the default rendering.
   *
   * @param slot the slot, not null
   * @param <T> the value the slot renders
   * @return the component, or null
   */
  @SuppressWarnings("unchecked")
  public <T> @Nullable Component<T> component(Slot<T> slot) {
    // HtmlRenderer.withComponent takes a Component<? super T>: one that takes any supertype takes a T.
    return (Component<T>) components().get(slot);
  }

  private static String loadStylesheet() {
    try (InputStream in = RenderSettings.class.getResourceAsStream("/dev/newsmodel/html/newsmodel.css")) {
      if (in == null) {
        throw new IllegalStateException("newsmodel.css is missing from the html-render jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read newsmodel.css from the html-render jar", e);
    }
  }
}
