package dev.newsmodel.html.internal;

import dev.newsmodel.html.HtmlWriter;
import dev.newsmodel.html.Phrases;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The state of one document being rendered, handed to every step: the settings, the writer, the
 * composed class names and the language scope. The steps themselves are the other classes of this
 * package, one per concern: {@link ArticleLayout} (the document and the article around its parts),
 * {@link PageHead}, {@link BodyRenderer}, {@link DefaultComponents}, {@link LanguageScope} and
 * {@link TimeText}. Not thread-safe: one instance renders one document.
 */
public final class Rendering {
  final RenderSettings settings;
  final Markup out;
  final ClassNames names;
  final LanguageScope scope;
  /** The phrases in force, as components see them. */
  final Phrases phrases;
  /** The checked writer over {@link #out} for components; null when the settings have none. */
  final @Nullable HtmlWriter writer;
  /** The heading level of teasers in the list being written. */
  int teaserLevel = 2;

  /**
   * Starts a document.
   *
   * @param settings the renderer's settings, not null
   * @param out the document's writer, not null
   * @param phrases the phrases in force, not null
   * @param book the same phrases made ready for rendering, not null
   * @param contentLanguage the language of the content: the article's, or the news list's
   * @param writer the checked writer over {@code out} for components, or null when there are none
   */
  public Rendering(RenderSettings settings, Markup out, Phrases phrases, PhraseBook book, Locale contentLanguage,
      @Nullable HtmlWriter writer) {
    this.settings = settings;
    this.out = out;
    this.names = settings.classNames();
    this.phrases = phrases;
    this.scope = new LanguageScope(out, book, contentLanguage);
    this.writer = writer;
  }

  private static final String[] HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"};

  /** The heading element of a level, kept within 1 to 6. */
  static String heading(int level) {
    return HEADINGS[Math.max(1, Math.min(6, level)) - 1];
  }
}
