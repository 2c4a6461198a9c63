package dev.newsmodel.core.body;

import dev.newsmodel.core.internal.Checks;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A link in text: the linked content and where it goes, such as {@code click here} to the Russian
 * original.
 *
 * <p>The URL is absolute with scheme http, https or mailto. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract non-sealed class Link implements Inline, WithLink {
  Link() {}

  /**
   * Returns where the link goes.
   *
   * @return an absolute http, https or mailto URL, not null
   */
  public abstract URI url();

  /**
   * Returns the linked content.
   *
   * @return the content, at least one item, not null
   */
  public abstract List<Inline> content();

  /**
   * Returns the link's advisory title, shown as a tooltip; one line.
   *
   * @return the title, not null
   */
  public abstract Optional<String> title();

  /**
   * Returns a link with the given text.
   *
   * @param url where the link goes, an absolute http, https or mailto URL, not null
   * @param text the linked text, not empty, not null
   * @return the link, not null
   * @throws dev.newsmodel.core.InvalidValueException if the URL's scheme is not allowed or the text empty
   */
  public static Link of(URI url, String text) {
    return builder().url(url).addContent(Text.of(text)).build();
  }

  /**
   * Returns a new builder.
   *
   * @return a builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Checks.linkUrl("link.url", url());
    Checks.notEmpty("link.content", content());
    Checks.line("link.title", title());
  }

  /** Builds a {@link Link}; obtained from {@link Link#builder()}. */
  public static final class Builder extends ImmutableLink.Builder {
    Builder() {}
  }
}
