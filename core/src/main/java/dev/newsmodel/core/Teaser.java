package dev.newsmodel.core;

import dev.newsmodel.core.internal.Checks;
import java.net.URI;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An item in a list of news, such as the reference page's latest-news column:
 * {@code November 15, 2024 23:07 — Case of Zhuravel, who burned down Koran, evidences voluntary law
 * interpreting}, with its summary.
 *
 * <p>A teaser can be derived from an article with {@link #from(Article)}. Its URL is optional, because
 * a list may name items whose address is not known (as the captured reference page does); renderers
 * show such an item without a link. This class is immutable and thread-safe.
 *
 * <p>Building one:
 *
 * <pre>{@code
 * Teaser teaser = Teaser.builder()
 *     .headline("Case of Zhuravel, who burned down Koran, evidences voluntary law interpreting")
 *     .published(Rfc9557.parse("2024-11-15T23:07:00+03:00[Europe/Moscow]"))
 *     .url(URI.create("https://www.eng.kavkaz-uzel.eu/articles/zhuravel-case/"))
 *     .language(Locale.ENGLISH)
 *     .build();
 * // From an article of your own: Teaser.from(article)
 * }</pre>
 */
@Value.Immutable
public abstract class Teaser implements WithTeaser {
  Teaser() {}

  /**
   * Returns the item's headline; one line.
   *
   * @return the headline, not null
   */
  public abstract String headline();

  /**
   * Returns where the item can be read.
   *
   * @return an absolute http or https URL, not null
   */
  public abstract Optional<URI> url();

  /**
   * Returns when the item was published.
   *
   * @return the time, not null
   */
  public abstract ZonedDateTime published();

  /**
   * Returns the item's summary.
   *
   * @return the summary, not null
   */
  public abstract Optional<String> summary();

  /**
   * Returns the item's image.
   *
   * @return the image, not null
   */
  public abstract Optional<Image> image();

  /**
   * Returns the item's language, when it differs from the list's.
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
   * Returns the teaser of an article: its headline, canonical URL, publication time, summary, lead
   * image and language.
   *
   * @param article the article, published, not null
   * @return the teaser, not null
   * @throws InvalidValueException if the article has no publication time
   */
  public static Teaser from(Article article) {
    ZonedDateTime published = article.published().orElseThrow(() -> new InvalidValueException(
        "article.published", "is required to derive a teaser", null));
    return builder()
        .headline(article.headline())
        .url(article.canonicalUrl())
        .published(published)
        .summary(article.summary())
        .image(article.leadImage())
        .language(article.language())
        .build();
  }

  @Value.Check
  void check() {
    Checks.line("teaser.headline", headline());
    Checks.webUrl("teaser.url", url());
    Checks.time("teaser.published", published());
    Checks.text("teaser.summary", summary());
    Checks.language("teaser.language", language());
  }

  /** Builds a {@link Teaser}; obtained from {@link Teaser#builder()}. */
  public static final class Builder extends ImmutableTeaser.Builder {
    Builder() {}
  }
}
