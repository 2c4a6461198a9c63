package dev.newsmodel.portal;

import dev.newsmodel.core.Article;
import dev.newsmodel.core.Organization;
import dev.newsmodel.core.convert.Conversion;
import dev.newsmodel.core.convert.ConversionProblem;
import dev.newsmodel.feeds.Feed;
import dev.newsmodel.feeds.FeedEntry;
import dev.newsmodel.feeds.FeedFormat;
import dev.newsmodel.feeds.FeedWriter;
import dev.newsmodel.html.HtmlRenderer;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The portal's feeds, such as {@code /feed.xml}: RSS 2.0, Atom 1.0 and JSON Feed 1.1 of the newest
 * articles, written by the feeds module with each article's fragment as content. Each entry links to
 * the article's page on the portal (its canonical URL in the feed is that page). The three documents
 * are written once per library and kept until the directory changes, so that what a format cannot
 * carry is logged once, not on every request. Thread-safe.
 */
final class FeedDocuments {
  /** How many articles a feed holds, newest first. */
  static final int ENTRIES = 50;

  private static final FeedWriter WRITER = FeedWriter.defaults()
      .withContent(HtmlRenderer.defaults().withHeadingLevel(2));

  private final Pages pages;
  private final Consumer<String> log;
  private Library written;
  private Map<FeedFormat, Optional<String>> documents = Map.of();

  /**
   * Makes the feeds of a portal.
   *
   * @param pages the portal's pages, for its title, address and article URLs, not null
   * @param log where problems are logged, not null
   */
  FeedDocuments(Pages pages, Consumer<String> log) {
    this.pages = Objects.requireNonNull(pages, "pages");
    this.log = Objects.requireNonNull(log, "log");
  }

  /**
   * Returns the path a format is served at.
   *
   * @param format the format, not null
   * @return {@code feed.xml}, {@code atom.xml} or {@code feed.json}
   */
  static String path(FeedFormat format) {
    return switch (format) {
      case RSS -> "feed.xml";
      case ATOM -> "atom.xml";
      case JSON_FEED -> "feed.json";
    };
  }

  /**
   * Returns the document of a format for a library.
   *
   * @param format the format, not null
   * @param library the articles, not null
   * @return the document, or empty when it could not be written (the reason is logged)
   */
  synchronized Optional<String> document(FeedFormat format, Library library) {
    if (library != written) {
      documents = write(library);
      written = library;
    }
    return documents.get(format);
  }

  private Map<FeedFormat, Optional<String>> write(Library library) {
    List<Article> newest = library.newestFirst().subList(0, Math.min(ENTRIES, library.newestFirst().size()));
    List<Article> linked = new ArrayList<>(newest.size());
    for (Article article : newest) {
      linked.add(article.withCanonicalUrl(pages.articleUrl(article)));
    }
    List<FeedEntry> entries = FeedEntry.ofArticles(linked);
    Map<FeedFormat, Optional<String>> out = new EnumMap<>(FeedFormat.class);
    for (FeedFormat format : FeedFormat.values()) {
      Feed feed = feed(format, newest);
      Conversion<String> conversion = WRITER.write(format, feed, entries);
      for (ConversionProblem problem : conversion.problems()) {
        log.accept("/" + path(format) + ": " + problem);
      }
      if (!conversion.succeeded()) {
        log.accept("/" + path(format) + ": the feed could not be written; answering 500");
      }
      out.put(format, conversion.value());
    }
    return out;
  }

  private Feed feed(FeedFormat format, List<Article> newest) {
    Feed.Builder feed = Feed.builder()
        .title(pages.title())
        .homePage(pages.base())
        .feedUrl(pages.base().resolve(path(format)))
        .language(Locale.ENGLISH)
        .description("The latest news from " + pages.title() + ".")
        .author(Organization.of(pages.title(), pages.base()));
    newest.stream()
        .map(a -> a.modified().or(a::published).orElseThrow())
        .max(Comparator.comparing(ZonedDateTime::toInstant))
        .ifPresent(feed::updated);
    return feed.build();
  }
}
