package dev.newsmodel.feeds;

import dev.newsmodel.core.convert.Conversion;
import dev.newsmodel.core.convert.ConversionProblem;
import dev.newsmodel.feeds.internal.AtomWriter;
import dev.newsmodel.feeds.internal.Entry;
import dev.newsmodel.feeds.internal.JsonFeedWriter;
import dev.newsmodel.feeds.internal.Problems;
import dev.newsmodel.feeds.internal.RssWriter;
import dev.newsmodel.html.HtmlRenderer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Writes RSS 2.0, Atom 1.0 and JSON Feed 1.1 documents, such as a portal's {@code /feed.xml}, from a
 * {@link Feed} description and its entries.
 *
 * <pre>{@code
 * FeedWriter writer = FeedWriter.defaults().withContent(HtmlRenderer.defaults().withHeadingLevel(2));
 * Conversion<String> rss = writer.write(FeedFormat.RSS, feed, FeedEntry.ofArticles(articles));
 * rss.problems().forEach(p -> log.warn(p.toString()));   // what RSS could not carry
 * String xml = rss.orElseThrow();
 * }</pre>
 *
 * <p>Entries are written in the order given: a news list is newest first, a portal sorts its articles
 * before it writes them. The same input gives the same text on every machine: no clock, default zone
 * or locale is read; every time is written in its own offset (RFC 822 for RSS, RFC 3339 for Atom and
 * JSON Feed, with {@code Rfc9557.formatRfc3339}). Text never becomes markup: XML and JSON escape it, and
 * where a format reads a field as HTML (RSS {@code description}), the summary is HTML-encoded first.
 *
 * <p>What a format cannot hold is a {@linkplain ConversionProblem.Severity#WARNING warning} in the
 * result, naming the attribute path in the writer's input ({@code entries[2].bylines[0].contributors[0].url});
 * a document that cannot be written at all (an Atom feed with no author anywhere, which RFC 4287
 * requires) is a failed conversion with an {@linkplain ConversionProblem.Severity#ERROR error}. Content
 * is off by default: an entry then holds the headline, summary, image and links, and a disclaimer the
 * reader must see is reported as not carried.
 *
 * <p>This class is immutable and thread-safe; {@link #toString()} shows its settings.
 */
public final class FeedWriter {
  private static final FeedWriter DEFAULTS = new FeedWriter(null);

  private final @Nullable HtmlRenderer content;

  private FeedWriter(@Nullable HtmlRenderer content) {
    this.content = content;
  }

  /**
   * Returns a writer of entries without content.
   *
   * @return the writer, not null
   */
  public static FeedWriter defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a copy that gives every article entry its content: the renderer's fragment
   * ({@link HtmlRenderer#renderFragment}), in RSS {@code content:encoded}, Atom
   * {@code content type="html"} and JSON Feed {@code content_html}. Teaser entries have no body and so no
   * content.
   *
   * @param renderer the renderer, not null; its settings (heading level, class prefix, phrases) apply
   * @return the copy, not null
   */
  public FeedWriter withContent(HtmlRenderer renderer) {
    return new FeedWriter(Objects.requireNonNull(renderer, "renderer"));
  }

  /**
   * Returns a copy that writes entries without content, as {@link #defaults()}.
   *
   * @return the copy, not null
   */
  public FeedWriter withoutContent() {
    return DEFAULTS;
  }

  /**
   * Returns the renderer of the entries' content.
   *
   * @return the renderer, or empty when entries have no content (the default)
   */
  public Optional<HtmlRenderer> content() {
    return Optional.ofNullable(content);
  }

  /**
   * Writes a feed document in a format.
   *
   * @param format the format, not null
   * @param feed the feed's description, not null
   * @param entries the entries, in the order they are written, possibly empty, not null
   * @return the document as text (UTF-8 when sent or stored: the XML declaration says so), with the
   *     warnings of what the format could not carry; failed when the document cannot be written
   */
  public Conversion<String> write(FeedFormat format, Feed feed, List<FeedEntry> entries) {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(feed, "feed");
    Objects.requireNonNull(entries, "entries");
    List<Entry> views = new ArrayList<>(entries.size());
    for (int i = 0; i < entries.size(); i++) {
      views.add(Entry.of(Objects.requireNonNull(entries.get(i), "entries[" + i + "]"), feed, i));
    }
    Problems problems = new Problems();
    try {
      String text = switch (format) {
        case RSS -> RssWriter.write(feed, views, content, problems);
        case ATOM -> AtomWriter.write(feed, views, content, problems);
        case JSON_FEED -> JsonFeedWriter.write(feed, views, content, problems);
      };
      return Conversion.of(text, problems.list());
    } catch (Problems.Refusal refusal) {
      List<ConversionProblem> all = new ArrayList<>(problems.list());
      all.add(refusal.problem());
      return Conversion.failed(all);
    }
  }

  /**
   * Writes an RSS 2.0 document, as {@code write(FeedFormat.RSS, feed, entries)}.
   *
   * @param feed the feed's description, not null
   * @param entries the entries, in order, not null
   * @return the document and its warnings, not null
   */
  public Conversion<String> rss(Feed feed, List<FeedEntry> entries) {
    return write(FeedFormat.RSS, feed, entries);
  }

  /**
   * Writes an Atom 1.0 document, as {@code write(FeedFormat.ATOM, feed, entries)}.
   *
   * @param feed the feed's description, not null
   * @param entries the entries, in order, not null
   * @return the document and its warnings; failed when an entry has no author and the feed has none, or
   *     there is neither an entry nor {@link Feed#updated()}, not null
   */
  public Conversion<String> atom(Feed feed, List<FeedEntry> entries) {
    return write(FeedFormat.ATOM, feed, entries);
  }

  /**
   * Writes a JSON Feed 1.1 document, as {@code write(FeedFormat.JSON_FEED, feed, entries)}.
   *
   * @param feed the feed's description, not null
   * @param entries the entries, in order, not null
   * @return the document and its warnings, not null
   */
  public Conversion<String> jsonFeed(Feed feed, List<FeedEntry> entries) {
    return write(FeedFormat.JSON_FEED, feed, entries);
  }

  /** Returns the settings, such as {@code FeedWriter{content=none}}. */
  @Override
  public String toString() {
    return "FeedWriter{content=" + (content == null ? "none" : content) + "}";
  }
}
