package dev.newsmodel.core.body;

import dev.newsmodel.core.internal.Checks;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A quotation set apart from the text, with who said it, where it comes from and its language.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract non-sealed class Quote implements Block, WithQuote {
  Quote() {}

  /**
   * Returns the quoted content.
   *
   * @return the content, at least one item, not null
   */
  public abstract List<Inline> content();

  /**
   * Returns who said or wrote it, such as {@code Ilham Ismail}; one line.
   *
   * @return the attribution, not null
   */
  public abstract Optional<String> attribution();

  /**
   * Returns where the quotation comes from.
   *
   * @return an absolute http or https URL, not null
   */
  public abstract Optional<URI> citeUrl();

  /**
   * Returns the quotation's language, when it differs from the article's.
   *
   * @return the language, not null
   */
  public abstract Optional<Locale> language();

  /**
   * Returns a new builder.
   *
   * @return a builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a quotation of plain text with its attribution.
   *
   * @param text the quoted text, not blank, not null
   * @param attribution who said it, not blank, not null
   * @return the quotation, not null
   * @throws dev.newsmodel.core.InvalidValueException if a text is blank
   */
  public static Quote of(String text, String attribution) {
    return builder().addContent(Text.of(text)).attribution(attribution).build();
  }

  @Value.Check
  void check() {
    Inlines.visible("quote.content", content());
    Checks.line("quote.attribution", attribution());
    Checks.webUrl("quote.citeUrl", citeUrl());
    Checks.language("quote.language", language());
  }

  /** Builds a {@link Quote}; obtained from {@link Quote#builder()}. */
  public static final class Builder extends ImmutableQuote.Builder {
    Builder() {}
  }
}
