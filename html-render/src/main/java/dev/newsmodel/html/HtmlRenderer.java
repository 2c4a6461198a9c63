package dev.newsmodel.html;

import dev.newsmodel.core.Article;
import dev.newsmodel.core.Teaser;
import dev.newsmodel.html.internal.ArticleLayout;
import dev.newsmodel.html.internal.Markup;
import dev.newsmodel.html.internal.RenderSettings;
import dev.newsmodel.html.internal.Rendering;
import dev.newsmodel.html.internal.SettingChecks;
import dev.newsmodel.html.internal.SizeHint;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Renders articles to semantic, safe HTML: an article fragment ({@code <article>…</article>}) for a
 * portal's own layout, a complete HTML5 page, or a news list of teasers.
 * <pre>{@code
 * HtmlRenderer renderer = HtmlRenderer.defaults().withReaderZone(ZoneId.of("Asia/Baku"));
 * String fragment = renderer.renderFragment(article);
 * }</pre>
 *
 * <p>Settings and their defaults ({@link #defaults()}):
 * <ul>
 *   <li>reader zone: none, so every time is shown in its own zone with its abbreviation
 *       ({@code 17:45 MSK}); {@link #withReaderZone(ZoneId)} shows times in the reader's zone instead.
 *       The {@code datetime} attribute is always the exact instant with its offset.</li>
 *   <li>locale: none, so phrases and dates follow the article's language (news lists: English);
 *       {@link #withLocale(Locale)} overrides.</li>
 *   <li>class prefix: {@code nm-} on every class the renderer writes ({@code nm-article}).</li>
 *   <li>heading level: 1, so the headline is the one {@code <h1>}; body headings and section
 *       headings follow below it.</li>
 *   <li>stylesheet: on, so pages embed the default stylesheet ({@link #stylesheet()}); fragments
 *       never do.</li>
 *   <li>image loading: {@link ImageLoading#LAZY} for body and list images; the lead image is never
 *       lazy.</li>
 *   <li>image sizes: {@code (min-width: 48rem) 48rem, 100vw}, the {@code sizes} written beside a
 *       {@code srcset}.</li>
 *   <li>phrases: {@link Phrases#builtIn(Locale)}; {@link #withPhrases(Phrases)} replaces a language's set.</li>
 *   <li>components: none; {@link #withComponent(Slot, Component)} replaces how one part renders.</li>
 * </ul>
 *
 * <p>Every string from the content leaves through an encoder for its context and every URL through
 * the allowlist (see {@link HtmlWriter}); the JSON-LD in a page's head cannot close its script.
 * Rendering never fails because of content. Output is the same, byte for byte, on every run, default
 * locale and default time zone.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class HtmlRenderer {
  /** The {@code sizes} attribute by default: the stylesheet's column width, or the viewport's. */
  public static final String DEFAULT_IMAGE_SIZES = RenderSettings.DEFAULT_IMAGE_SIZES;

  private static final Pattern CLASS_PREFIX = Pattern.compile("([a-zA-Z][a-zA-Z0-9_-]*)?");
  private static final HtmlRenderer DEFAULTS = new HtmlRenderer(RenderSettings.defaults());

  /** Every setting, as one value; the rendering itself is in the internal package. */
  private final RenderSettings settings;

  private HtmlRenderer(RenderSettings settings) {
    this.settings = settings;
  }

  /**
   * Returns the renderer with the default settings listed in the class description.
   *
   * @return the default renderer, not null
   */
  public static HtmlRenderer defaults() {
    return DEFAULTS;
  }

  // ---------------------------------------------------------------------------------------------
  // Settings

  /**
   * Returns a renderer that shows times in a reader's zone, such as {@code 10:45 EDT} for an article
   * published at 17:45 MSK; datelines keep their own zone.
   *
   * @param zone the reader's zone, not null
   * @return a renderer with that setting, not null
   */
  public HtmlRenderer withReaderZone(ZoneId zone) {
    return new HtmlRenderer(settings.withReaderZone(Objects.requireNonNull(zone, "zone")));
  }

  /**
   * Returns a renderer that shows every time in its own zone (the default).
   *
   * @return a renderer with that setting, not null
   */
  public HtmlRenderer withoutReaderZone() {
    return new HtmlRenderer(settings.withReaderZone(Optional.empty()));
  }

  /**
   * Returns a renderer whose phrases and dates are in a given language whatever the article's, such
   * as Russian phrases around an English article; composed text is then marked with its {@code lang}.
   *
   * @param locale the language, not null, with a language subtag
   * @return a renderer with that setting, not null
   * @throws IllegalArgumentException if the locale has no language
   */
  public HtmlRenderer withLocale(Locale locale) {
    Objects.requireNonNull(locale, "locale");
    if (locale.getLanguage().isEmpty()) {
      throw new IllegalArgumentException("HtmlRenderer locale must have a language, such as 'en', but was '"
          + locale.toLanguageTag() + "'");
    }
    return new HtmlRenderer(settings.withLocale(locale));
  }

  /**
   * Returns a renderer that prefixes every class it writes, such as {@code portal-} for
   * {@code portal-article}; the stylesheet follows the prefix. An empty prefix writes bare names.
   *
   * @param prefix a letter, then letters, digits, {@code -} or {@code _}; or empty; not null
   * @return a renderer with that setting, not null
   * @throws IllegalArgumentException if the prefix is malformed
   */
  public HtmlRenderer withClassPrefix(String prefix) {
    Objects.requireNonNull(prefix, "prefix");
    if (!CLASS_PREFIX.matcher(prefix).matches()) {
      throw new IllegalArgumentException("HtmlRenderer class prefix must be a letter followed by letters, digits,"
          + " '-' or '_', such as 'nm-', but was '" + prefix + "'");
    }
    return new HtmlRenderer(settings.withClassPrefix(prefix));
  }

  /**
   * Returns a renderer whose headline is a heading of the given level, such as 2 for a portal that
   * keeps {@code <h1>} for itself; the levels below follow, never deeper than 6.
   *
   * @param level from 1 to 6
   * @return a renderer with that setting, not null
   * @throws IllegalArgumentException if the level is outside 1 to 6
   */
  public HtmlRenderer withHeadingLevel(int level) {
    if (level < 1 || level > 6) {
      throw new IllegalArgumentException("HtmlRenderer heading level must be from 1 to 6, but was " + level);
    }
    return new HtmlRenderer(settings.withHeadingLevel(level));
  }

  /**
   * Returns a renderer whose pages embed the default stylesheet (true, the default) or not.
   * Fragments and news lists never embed it.
   *
   * @param include whether pages include the stylesheet
   * @return a renderer with that setting, not null
   */
  public HtmlRenderer withStylesheet(boolean include) {
    return new HtmlRenderer(settings.withStylesheet(include));
  }

  /**
   * Returns a renderer that loads body and list images as given, such as {@link ImageLoading#EAGER}.
   *
   * @param loading the loading, not null
   * @return a renderer with that setting, not null
   */
  public HtmlRenderer withImageLoading(ImageLoading loading) {
    return new HtmlRenderer(settings.withImageLoading(Objects.requireNonNull(loading, "loading")));
  }

  /**
   * Returns a renderer that writes the given {@code sizes} attribute beside an image's
   * {@code srcset}, such as {@code "(min-width: 60rem) 40rem, 100vw"}.
   *
   * @param sizes a media-condition list for the portal's layout, not null nor blank
   * @return a renderer with that setting, not null
   * @throws IllegalArgumentException if the value is blank, or holds a line break, a control character
   *     (tab included), an unpaired surrogate or a noncharacter
   */
  public HtmlRenderer withImageSizes(String sizes) {
    Objects.requireNonNull(sizes, "sizes");
    SettingChecks.oneLine("HtmlRenderer image sizes", sizes);
    return new HtmlRenderer(settings.withImageSizes(sizes));
  }

  /**
   * Returns a renderer that uses the given phrases for their language ({@link Phrases#language()}),
   * in place of the built-in ones or an earlier set for the same language.
   *
   * @param phrases the phrases, not null
   * @return a renderer with that setting, not null
   */
  public HtmlRenderer withPhrases(Phrases phrases) {
    Objects.requireNonNull(phrases, "phrases");
    Map<String, Phrases> copy = new TreeMap<>(settings.phrases());
    copy.put(phrases.language().toLanguageTag(), phrases);
    return new HtmlRenderer(settings.withPhrases(copy));
  }

  /**
   * Returns a renderer that renders one part with a component of the portal's own, in place of the
   * default (see {@link Component}).
   *
   * @param slot the part, not null
   * @param component the component, not null; stateless or thread-safe
   * @param <T> the model value the part renders
   * @return a renderer with that setting, not null
   */
  public <T> HtmlRenderer withComponent(Slot<T> slot, Component<? super T> component) {
    Objects.requireNonNull(slot, "slot");
    Objects.requireNonNull(component, "component");
    Map<Slot<?>, Component<?>> copy = new LinkedHashMap<>();
    for (Slot<?> s : Slot.ALL) {
      Component<?> c = s == slot ? component : settings.components().get(s);
      if (c != null) {
        copy.put(s, c);
      }
    }
    return new HtmlRenderer(settings.withComponents(copy));
  }

  /**
   * Returns the reader's zone, if set.
   *
   * @return the zone, not null
   */
  public Optional<ZoneId> readerZone() {
    return settings.readerZone();
  }

  /**
   * Returns the language that overrides the article's for phrases and dates, if set.
   *
   * @return the locale, not null
   */
  public Optional<Locale> locale() {
    return settings.locale();
  }

  /**
   * Returns the class prefix, {@code nm-} by default.
   *
   * @return the prefix, not null
   */
  public String classPrefix() {
    return settings.classPrefix();
  }

  /**
   * Returns the headline's heading level, 1 by default.
   *
   * @return the level, from 1 to 6
   */
  public int headingLevel() {
    return settings.headingLevel();
  }

  /**
   * Returns whether pages embed the stylesheet, true by default.
   *
   * @return whether pages embed the stylesheet
   */
  public boolean stylesheetIncluded() {
    return settings.stylesheet();
  }

  /**
   * Returns how body and list images load, {@link ImageLoading#LAZY} by default.
   *
   * @return the loading, not null
   */
  public ImageLoading imageLoading() {
    return settings.imageLoading();
  }

  /**
   * Returns the {@code sizes} attribute written beside a {@code srcset}.
   *
   * @return the sizes, not null
   */
  public String imageSizes() {
    return settings.imageSizes();
  }

  /**
   * Returns the phrases used for content in a language: the {@link #withLocale(Locale) locale}
   * setting when set, else the given language; a set given with {@link #withPhrases(Phrases)} for that
   * exact tag or its language, else the built-in set.
   *
   * @param language the content's language, not null
   * @return the phrases, not null
   */
  public Phrases phrasesFor(Locale language) {
    Locale wanted = settings.locale().orElse(Objects.requireNonNull(language, "language"));
    Map<String, Phrases> phrases = settings.phrases();
    Phrases exact = phrases.get(wanted.toLanguageTag());
    if (exact != null) {
      return exact;
    }
    Phrases byLanguage = phrases.get(wanted.getLanguage());
    return byLanguage != null ? byLanguage : Phrases.builtIn(wanted);
  }

  /**
   * Returns the default stylesheet with this renderer's class prefix: readable type, a responsive
   * column, dark mode through {@code prefers-color-scheme}. Portals that render fragments can serve
   * it themselves.
   *
   * @return the CSS text, not null
   */
  public String stylesheet() {
    return settings.css();
  }

  // ---------------------------------------------------------------------------------------------
  // Rendering

  /**
   * Renders an article as a fragment, {@code <article class="nm-article" lang="en">…</article>}, to
   * place in a portal's page.
   *
   * @param article the article, not null
   * @return the HTML, not null
   */
  public String renderFragment(Article article) {
    StringBuilder out = new StringBuilder(SizeHint.fragment(Objects.requireNonNull(article, "article")));
    try {
      renderFragment(article, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /**
   * Renders an article as a fragment to an output.
   *
   * @param article the article, not null
   * @param out the output, not null
   * @throws IOException if the output fails
   */
  public void renderFragment(Article article, Appendable out) throws IOException {
    Objects.requireNonNull(article, "article");
    ArticleLayout.fragment(start(out, phrasesFor(article.language()), article.language()), article);
  }

  /**
   * Renders an article as a complete HTML5 page: head with title, description, canonical and
   * alternate links, Open Graph and schema.org JSON-LD, the stylesheet unless turned off, and the
   * article in {@code <main>}.
   *
   * @param article the article, not null
   * @return the HTML, not null
   */
  public String renderPage(Article article) {
    StringBuilder out = new StringBuilder(16384);
    try {
      renderPage(article, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /**
   * Renders an article as a complete HTML5 page to an output.
   *
   * @param article the article, not null
   * @param out the output, not null
   * @throws IOException if the output fails
   */
  public void renderPage(Article article, Appendable out) throws IOException {
    Objects.requireNonNull(article, "article");
    ArticleLayout.page(start(out, phrasesFor(article.language()), article.language()), article);
  }

  /**
   * Renders teasers as a news list, {@code <section class="nm-news-list">} with a heading
   * ({@code All news}) and one item per teaser, in the order given.
   *
   * @param teasers the teasers, not null, possibly empty
   * @return the HTML, not null
   */
  public String renderNewsList(List<Teaser> teasers) {
    StringBuilder out = new StringBuilder(4096);
    try {
      renderNewsList(teasers, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /**
   * Renders teasers as a news list to an output.
   *
   * @param teasers the teasers, not null, possibly empty
   * @param out the output, not null
   * @throws IOException if the output fails
   */
  public void renderNewsList(List<Teaser> teasers, Appendable out) throws IOException {
    Objects.requireNonNull(teasers, "teasers");
    List<Teaser> list = List.copyOf(teasers);
    Phrases phrases = phrasesFor(settings.locale().orElse(Locale.ENGLISH));
    ArticleLayout.newsList(start(out, phrases, phrases.language()), list);
  }

  /**
   * Returns the settings, such as {@code HtmlRenderer[readerZone=none, locale=article, classPrefix=nm-,
   * headingLevel=1, stylesheet=true, imageLoading=LAZY, ...]}.
   *
   * @return a description, not null
   */
  @Override
  public String toString() {
    return "HtmlRenderer[readerZone=" + settings.readerZone().map(ZoneId::getId).orElse("none")
        + ", locale=" + settings.locale().map(Locale::toLanguageTag).orElse("article")
        + ", classPrefix=" + settings.classPrefix()
        + ", headingLevel=" + settings.headingLevel()
        + ", stylesheet=" + settings.stylesheet()
        + ", imageLoading=" + settings.imageLoading()
        + ", imageSizes=" + settings.imageSizes()
        + ", phrases=" + settings.phrases().keySet()
        + ", components=" + settings.components().keySet() + "]";
  }

  /** The settings, for tests. */
  RenderSettings settings() {
    return settings;
  }

  /**
   * Starts one document: its writer, the phrases in force made ready, and the checked writer that
   * components are given (made only when the settings have a component).
   */
  private Rendering start(Appendable out, Phrases phrases, Locale contentLanguage) {
    Markup markup = new Markup(Objects.requireNonNull(out, "out"));
    @Nullable HtmlWriter writer = settings.components().isEmpty() ? null : new HtmlWriter(markup, settings.classPrefix());
    return new Rendering(settings, markup, phrases, phrases.book(), contentLanguage, writer);
  }
}
