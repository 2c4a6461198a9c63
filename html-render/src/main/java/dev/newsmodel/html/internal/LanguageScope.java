package dev.newsmodel.html.internal;

import dev.newsmodel.html.Phrase;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;

/**
 * The language in force while a document is written, and the phrases composed in it. Text in
 * another language is entered as a scope that ends with its block:
 * <pre>{@code
 * try (LanguageScope.Entered quote = scope.enter(quoteLanguage)) {
 *   BodyRenderer.inlines(r, content);   // spans inside compare their language with the quote's
 * }
 * }</pre>
 * so the outer language comes back however the block ends. {@link #enterComposed()} enters the
 * phrases' language for an element whose words the renderer composes ({@code By ...}, {@code Updated
 * ...}), where it differs from the content's.
 *
 * <p>Not thread-safe: one instance serves one document. Entering allocates nothing.
 */
public final class LanguageScope {
  /** Writes one placeholder's value. */
  @FunctionalInterface
  public interface Fill {
    /**
     * Writes the value.
     *
     * @throws IOException if the output fails
     */
    void write() throws IOException;
  }

  /** An entered language; closing it restores the one in force before. */
  public interface Entered extends AutoCloseable {
    /** Restores the language in force before this one was entered. */
    @Override
    void close();
  }

  private final Markup out;
  private final PhraseBook phrases;
  private final Locale phrasesLanguage;
  private final Locale content;
  private Locale current;
  /** The languages entered scopes replaced, innermost last. */
  private Locale[] outer = new Locale[4];
  private int depth;
  /** The one {@link Entered} of this scope: scopes close innermost first, so one pop serves all. */
  private final Entered leave = this::leave;

  LanguageScope(Markup out, PhraseBook phrases, Locale content) {
    this.out = out;
    this.phrases = phrases;
    this.phrasesLanguage = phrases.language();
    this.content = content;
    this.current = content;
  }

  /** The language of the element being written. */
  Locale current() {
    return current;
  }

  /** The language of the content: the article's, or the news list's. */
  Locale content() {
    return content;
  }

  PhraseBook phrases() {
    return phrases;
  }

  /** Makes a language the one in force until the returned scope closes. */
  Entered enter(Locale language) {
    if (depth == outer.length) {
      outer = Arrays.copyOf(outer, depth * 2);
    }
    outer[depth++] = current;
    current = language;
    return leave;
  }

  /** Makes the phrases' language the one in force (when it differs) until the returned scope closes. */
  Entered enterComposed() {
    return enter(composedDiffers() ? phrasesLanguage : current);
  }

  private void leave() {
    current = outer[--depth];
    outer[depth] = null;
  }

  /** Whether the phrases' language differs from the one in force; the primary language decides. */
  boolean composedDiffers() {
    return !phrasesLanguage.getLanguage().equals(current.getLanguage());
  }

  /** Writes {@code lang} on the element just opened when the phrases' language differs from the one in force. */
  void markComposed() throws IOException {
    if (composedDiffers()) {
      out.language(phrasesLanguage, current);
    }
  }

  /** A phrase's literal text, as a heading or a label uses it. */
  String plain(Phrase phrase) {
    return phrases.compiled(phrase).plain;
  }

  /** Writes a phrase whose own words are in the phrases' language, in a marked span when that differs. */
  @SuppressWarnings("try")
  void composed(Phrase phrase, Fill... fills) throws IOException {
    if (!composedDiffers()) {
      phrase(phrase, fills);
      return;
    }
    out.open("span");
    markComposed();
    try (Entered composed = enter(phrasesLanguage)) {
      phrase(phrase, fills);
    }
    out.close();
  }

  /**
   * Writes a phrase; {@code fills} are its placeholders' values in the order of
   * {@link Phrase#placeholders()}, null for a placeholder without a value.
   */
  void phrase(Phrase phrase, Fill... fills) throws IOException {
    CompiledPhrase compiled = phrases.compiled(phrase);
    if (fills.length != compiled.fills) {
      throw new IllegalStateException(phrase + " takes " + compiled.fills + " values, not " + fills.length);
    }
    steps(compiled.steps, fills);
  }

  private void steps(CompiledPhrase.Step[] steps, Fill[] fills) throws IOException {
    for (CompiledPhrase.Step step : steps) {
      if (step.markup != null) {
        out.raw(step.markup);
      } else if (step.group == null) {
        Fill fill = fills[step.fill];
        if (fill != null) {
          fill.write();
        }
      } else if (allPresent(step.needs, fills)) {
        steps(step.group, fills);
      }
    }
  }

  private static boolean allPresent(int[] needs, Fill[] fills) {
    for (int need : needs) {
      if (fills[need] == null) {
        return false;
      }
    }
    return true;
  }
}
