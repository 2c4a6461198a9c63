package dev.newsmodel.feeds;

import dev.newsmodel.core.InvalidValueException;
import dev.newsmodel.core.MissingValueException;
import dev.newsmodel.core.Organization;
import dev.newsmodel.feeds.internal.ModelRules;
import java.net.URI;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a feed says about itself, such as {@code Caucasian Knot — All news} at
 * {@code https://www.eng.kavkaz-uzel.eu/}, in English: the part of a feed that is not its entries.
 *
 * <pre>{@code
 * Feed feed = Feed.builder()
 *     .title("Caucasian Knot — All news")
 *     .homePage(URI.create("https://www.eng.kavkaz-uzel.eu/"))
 *     .feedUrl(URI.create("https://www.eng.kavkaz-uzel.eu/feed.xml"))
 *     .language(Locale.ENGLISH)
 *     .author(Organization.of("Caucasian Knot", URI.create("https://www.eng.kavkaz-uzel.eu/")))
 *     .build();
 * }</pre>
 *
 * <p>Rules, each failing with an {@link InvalidValueException} that names the attribute
 * ({@code feed.title}, {@code feed.homePage}…) as the model's own types do: title, home page, feed URL
 * and language are required; the title is one line and the description text, under the model's
 * character rules (no control character XML cannot carry, no unpaired surrogate, no noncharacter);
 * URLs are absolute http or https with a host; the language is a BCP 47 tag with a language; the
 * updated time is one the model can write. A feed URL is the address of one format's document, so a
 * portal that serves RSS, Atom and JSON Feed makes one {@code Feed} per format with
 * {@link #withFeedUrl(URI)}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Feed {
  private final String title;
  private final URI homePage;
  private final URI feedUrl;
  private final Locale language;
  private final @Nullable String description;
  private final @Nullable URI icon;
  private final @Nullable Organization author;
  private final @Nullable ZonedDateTime updated;

  private Feed(Builder b) {
    List<String> missing = new ArrayList<>();
    if (b.title == null) {
      missing.add("title");
    }
    if (b.homePage == null) {
      missing.add("homePage");
    }
    if (b.feedUrl == null) {
      missing.add("feedUrl");
    }
    if (b.language == null) {
      missing.add("language");
    }
    if (!missing.isEmpty()) {
      // The builders' own message form, which MissingValueException reads: "feed.title: is required (also …)".
      throw new MissingValueException("Cannot build Feed, some of required attributes are not set " + missing);
    }
    this.title = b.title;
    this.homePage = b.homePage;
    this.feedUrl = b.feedUrl;
    this.language = b.language;
    this.description = b.description;
    this.icon = b.icon;
    this.author = b.author;
    this.updated = b.updated;
    ModelRules.line("feed.title", title);
    ModelRules.webUrl("feed.homePage", homePage);
    ModelRules.webUrl("feed.feedUrl", feedUrl);
    ModelRules.language("feed.language", language);
    if (description != null) {
      ModelRules.text("feed.description", description);
    }
    if (icon != null) {
      ModelRules.webUrl("feed.icon", icon);
    }
    if (updated != null) {
      ModelRules.time("feed.updated", updated);
    }
  }

  /**
   * Returns the feed's title, such as {@code Caucasian Knot — All news}; one line.
   *
   * @return the title, not null
   */
  public String title() {
    return title;
  }

  /**
   * Returns the web page the feed belongs to: RSS {@code link}, Atom {@code link rel="alternate"},
   * JSON Feed {@code home_page_url}.
   *
   * @return an absolute http or https URL, not null
   */
  public URI homePage() {
    return homePage;
  }

  /**
   * Returns the address of the feed document itself: RSS and Atom {@code link rel="self"} (and Atom's
   * {@code id}), JSON Feed {@code feed_url}.
   *
   * @return an absolute http or https URL, not null
   */
  public URI feedUrl() {
    return feedUrl;
  }

  /**
   * Returns the feed's language; an entry in another language is marked with its own.
   *
   * @return the language, not null
   */
  public Locale language() {
    return language;
  }

  /**
   * Returns what the feed holds, in a sentence: RSS {@code description} (the title when absent, as
   * RSS requires one), Atom {@code subtitle}, JSON Feed {@code description}.
   *
   * @return the description, not null
   */
  public Optional<String> description() {
    return Optional.ofNullable(description);
  }

  /**
   * Returns the feed's icon: RSS {@code image}, Atom {@code icon}, JSON Feed {@code icon}.
   *
   * @return an absolute http or https URL, not null
   */
  public Optional<URI> icon() {
    return Optional.ofNullable(icon);
  }

  /**
   * Returns who publishes the feed: Atom's feed-level {@code author} (which Atom requires when an entry
   * names no author of its own, as teasers never do), JSON Feed's feed-level {@code authors}; RSS has no
   * place for it.
   *
   * @return the author, not null
   */
  public Optional<Organization> author() {
    return Optional.ofNullable(author);
  }

  /**
   * Returns when the feed last changed, for Atom's required feed-level {@code updated}; when absent,
   * the latest of the entries' updated times is written, and an Atom feed with no entries and no
   * updated time cannot be written. Nothing reads the clock.
   *
   * @return the time, not null
   */
  public Optional<ZonedDateTime> updated() {
    return Optional.ofNullable(updated);
  }

  /**
   * Returns a copy with another feed URL, such as the Atom document's beside the RSS one.
   *
   * @param feedUrl an absolute http or https URL, not null
   * @return the copy, not null
   * @throws InvalidValueException if the URL is not an absolute http or https URL
   */
  public Feed withFeedUrl(URI feedUrl) {
    return toBuilder().feedUrl(feedUrl).build();
  }

  private Builder toBuilder() {
    Builder b = builder().title(title).homePage(homePage).feedUrl(feedUrl).language(language);
    b.description = description;
    b.icon = icon;
    b.author = author;
    b.updated = updated;
    return b;
  }

  /**
   * Returns a new builder.
   *
   * @return a builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Feed f && title.equals(f.title) && homePage.equals(f.homePage) && feedUrl.equals(f.feedUrl)
        && language.equals(f.language) && Objects.equals(description, f.description) && Objects.equals(icon, f.icon)
        && Objects.equals(author, f.author) && Objects.equals(updated, f.updated);
  }

  @Override
  public int hashCode() {
    return Objects.hash(title, homePage, feedUrl, language, description, icon, author, updated);
  }

  /** Returns the feed's attributes, such as {@code Feed{title=…, homePage=…, …}}. */
  @Override
  public String toString() {
    return "Feed{title=" + title + ", homePage=" + homePage + ", feedUrl=" + feedUrl + ", language="
        + language.toLanguageTag() + (description == null ? "" : ", description=" + description)
        + (icon == null ? "" : ", icon=" + icon) + (author == null ? "" : ", author=" + author)
        + (updated == null ? "" : ", updated=" + updated) + "}";
  }

  /** Builds a {@link Feed}; obtained from {@link Feed#builder()}. Not thread-safe. */
  public static final class Builder {
    private @Nullable String title;
    private @Nullable URI homePage;
    private @Nullable URI feedUrl;
    private @Nullable Locale language;
    private @Nullable String description;
    private @Nullable URI icon;
    private @Nullable Organization author;
    private @Nullable ZonedDateTime updated;

    private Builder() {}

    /**
     * Sets the title.
     *
     * @param title one line, not blank, not null
     * @return this builder
     */
    public Builder title(String title) {
      this.title = Objects.requireNonNull(title, "title");
      return this;
    }

    /**
     * Sets the home page.
     *
     * @param homePage an absolute http or https URL, not null
     * @return this builder
     */
    public Builder homePage(URI homePage) {
      this.homePage = Objects.requireNonNull(homePage, "homePage");
      return this;
    }

    /**
     * Sets the feed document's own URL.
     *
     * @param feedUrl an absolute http or https URL, not null
     * @return this builder
     */
    public Builder feedUrl(URI feedUrl) {
      this.feedUrl = Objects.requireNonNull(feedUrl, "feedUrl");
      return this;
    }

    /**
     * Sets the language.
     *
     * @param language a BCP 47 language, not null
     * @return this builder
     */
    public Builder language(Locale language) {
      this.language = Objects.requireNonNull(language, "language");
      return this;
    }

    /**
     * Sets the description.
     *
     * @param description text, not blank, not null
     * @return this builder
     */
    public Builder description(String description) {
      this.description = Objects.requireNonNull(description, "description");
      return this;
    }

    /**
     * Sets the icon.
     *
     * @param icon an absolute http or https URL, not null
     * @return this builder
     */
    public Builder icon(URI icon) {
      this.icon = Objects.requireNonNull(icon, "icon");
      return this;
    }

    /**
     * Sets who publishes the feed.
     *
     * @param author the publisher, not null
     * @return this builder
     */
    public Builder author(Organization author) {
      this.author = Objects.requireNonNull(author, "author");
      return this;
    }

    /**
     * Sets when the feed last changed.
     *
     * @param updated the time, not null
     * @return this builder
     */
    public Builder updated(ZonedDateTime updated) {
      this.updated = Objects.requireNonNull(updated, "updated");
      return this;
    }

    /**
     * Builds the feed description.
     *
     * @return the feed, not null
     * @throws InvalidValueException if a rule is broken, naming the attribute, such as
     *     {@code feed.homePage: must be an absolute http or https URL, not a relative one, but was '/news'};
     *     a {@link MissingValueException} naming every required attribute left out
     */
    public Feed build() {
      return new Feed(this);
    }
  }
}
