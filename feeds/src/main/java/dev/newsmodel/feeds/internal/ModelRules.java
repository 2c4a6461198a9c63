package dev.newsmodel.feeds.internal;

import dev.newsmodel.core.Image;
import dev.newsmodel.core.InvalidValueException;
import dev.newsmodel.core.Organization;
import dev.newsmodel.core.Teaser;
import java.net.URI;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The model's construction rules applied to a feed description's attributes. Core keeps its rules
 * internal, so each one is asked of the model type that holds an attribute of that kind (a line is
 * asked of an organisation's name, a URL of its address) and the answer is given again under the feed's
 * own path: one rule, in core, never written twice.
 */
public final class ModelRules {
  private static final URI SOME_URL = URI.create("https://example.org/");
  private static final ZonedDateTime SOME_TIME = ZonedDateTime.of(2021, 4, 6, 0, 0, 0, 0, ZoneOffset.UTC);

  private ModelRules() {}

  /**
   * Requires one line of text under the model's rules.
   *
   * @param path the attribute path, such as {@code feed.title}
   * @param value the text
   * @throws InvalidValueException under {@code path} if the model refuses the line
   */
  public static void line(String path, String value) {
    ask(path, () -> Organization.builder().name(value).build());
  }

  /**
   * Requires text, possibly of several lines, under the model's rules.
   *
   * @param path the attribute path
   * @param value the text
   * @throws InvalidValueException under {@code path} if the model refuses the text
   */
  public static void text(String path, String value) {
    ask(path, () -> Image.builder().url(SOME_URL).alt("-").caption(value).build());
  }

  /**
   * Requires an absolute http or https URL with a host.
   *
   * @param path the attribute path
   * @param url the URL
   * @throws InvalidValueException under {@code path} if the model refuses the URL
   */
  public static void webUrl(String path, URI url) {
    ask(path, () -> Organization.builder().name("-").url(url).build());
  }

  /**
   * Requires a BCP 47 language with a language subtag.
   *
   * @param path the attribute path
   * @param language the language
   * @throws InvalidValueException under {@code path} if the model refuses the language
   */
  public static void language(String path, Locale language) {
    ask(path, () -> Teaser.builder().headline("-").published(SOME_TIME).language(language).build());
  }

  /**
   * Requires a time the model can write.
   *
   * @param path the attribute path
   * @param time the time
   * @throws InvalidValueException under {@code path} if the model refuses the time
   */
  public static void time(String path, ZonedDateTime time) {
    ask(path, () -> Teaser.builder().headline("-").published(time).build());
  }

  private static void ask(String path, Supplier<Object> build) {
    try {
      build.get();
    } catch (InvalidValueException e) {
      InvalidValueException moved = new InvalidValueException(path, e.rule(), e.value().orElse(null));
      throw moved;
    }
  }
}
