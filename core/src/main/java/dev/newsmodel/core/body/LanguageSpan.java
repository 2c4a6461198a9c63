package dev.newsmodel.core.body;

import dev.newsmodel.core.internal.Checks;
import java.util.List;
import java.util.Locale;
import org.immutables.value.Value;

/**
 * Inline content in another language than the text around it, such as a Russian phrase in an English
 * article; renderers mark it with {@code lang}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract non-sealed class LanguageSpan implements Inline {
  LanguageSpan() {}

  /**
   * Returns the content's language.
   *
   * @return the language, not null
   */
  @Value.Parameter
  public abstract Locale language();

  /**
   * Returns the content.
   *
   * @return the content, at least one item, not null
   */
  @Value.Parameter
  public abstract List<Inline> content();

  /**
   * Returns content in a language.
   *
   * @param language the language, a well-formed BCP 47 tag, not null
   * @param content the content, at least one item, not null
   * @return the span, not null
   * @throws dev.newsmodel.core.InvalidValueException if the language is ill-formed or the content empty
   */
  public static LanguageSpan of(Locale language, Inline... content) {
    return ImmutableLanguageSpan.create(language, List.of(content));
  }

  /**
   * Returns text in a language.
   *
   * @param language the language, a well-formed BCP 47 tag, not null
   * @param text the text, not empty, not null
   * @return the span, not null
   * @throws dev.newsmodel.core.InvalidValueException if the language is ill-formed or the text empty
   */
  public static LanguageSpan of(Locale language, String text) {
    return of(language, Text.of(text));
  }

  @Value.Check
  void check() {
    Checks.language("languageSpan.language", language());
    Checks.notEmpty("languageSpan.content", content());
  }
}
