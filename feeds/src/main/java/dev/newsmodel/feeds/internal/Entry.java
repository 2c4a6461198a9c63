package dev.newsmodel.feeds.internal;

import dev.newsmodel.core.Article;
import dev.newsmodel.core.Byline;
import dev.newsmodel.core.Contributor;
import dev.newsmodel.core.Image;
import dev.newsmodel.core.Rights;
import dev.newsmodel.core.Teaser;
import dev.newsmodel.feeds.Feed;
import dev.newsmodel.feeds.FeedEntry;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A feed entry as every format sees it: the one place where an article or a teaser becomes an id, a
 * link, authors, categories and times, so that RSS, Atom and JSON Feed carry the same entry.
 *
 * @param location where the entry is in the writer's input, such as {@code entries[2]}
 * @param id the entry's id: a {@code tag:} URI for an article, the URL for a teaser
 * @param idIsUrl whether the id is the entry's URL (RSS {@code isPermaLink})
 * @param url where the entry is read
 * @param headline the headline
 * @param summary the summary
 * @param language the entry's language: the article's or teaser's, else the feed's
 * @param authors the contributors credited as authors (roles author and correspondent), in byline order
 * @param contributors the other contributors (photographer, editor, translator…), in byline order
 * @param categories the section, then the keywords, each once, in that order
 * @param published the publication time
 * @param modified the modification time
 * @param image the lead image
 * @param rights the article's rights
 * @param article the article, for an article's entry
 */
public record Entry(String location, String id, boolean idIsUrl, URI url, String headline, Optional<String> summary,
    Locale language, List<Contributor> authors, List<Contributor> contributors, List<String> categories,
    ZonedDateTime published, Optional<ZonedDateTime> modified, Optional<Image> image, Optional<Rights> rights,
    Optional<Article> article) {

  private static final DateTimeFormatter TAG_DATE = DateTimeFormatter.ISO_LOCAL_DATE;

  /**
   * Returns the view of one entry.
   *
   * @param entry the entry
   * @param feed the feed it is in
   * @param index its index in the writer's input
   * @return the view
   */
  public static Entry of(FeedEntry entry, Feed feed, int index) {
    String location = "entries[" + index + "]";
    Teaser teaser = entry.teaser();
    URI url = teaser.url().orElseThrow();
    Optional<Article> article = entry.article();
    if (article.isEmpty()) {
      return new Entry(location, url.toString(), true, url, teaser.headline(), teaser.summary(),
          teaser.language().orElse(feed.language()), List.of(), List.of(), List.of(), teaser.published(),
          Optional.empty(), teaser.image(), Optional.empty(), Optional.empty());
    }
    Article a = article.get();
    List<Contributor> authors = new ArrayList<>();
    List<Contributor> contributors = new ArrayList<>();
    for (Byline byline : a.bylines()) {
      for (Contributor c : byline.contributors()) {
        if (c.role() == Contributor.Role.AUTHOR || c.role() == Contributor.Role.CORRESPONDENT) {
          authors.add(c);
        } else {
          contributors.add(c);
        }
      }
    }
    Set<String> categories = new LinkedHashSet<>();
    a.section().ifPresent(categories::add);
    categories.addAll(a.keywords());
    ZonedDateTime published = a.published().orElseThrow();
    return new Entry(location, tagUri(a, url, published), false, url, a.headline(), a.summary(), a.language(),
        List.copyOf(authors), List.copyOf(contributors), List.copyOf(categories), published, a.modified(),
        a.leadImage(), a.rights(), article);
  }

  /** Returns the modification time, or the publication time when the entry was never modified. */
  public ZonedDateTime updated() {
    return modified.orElse(published);
  }

  /**
   * An article's lasting id, a {@code tag:} URI (RFC 4151) from its canonical URL's host, the date
   * (UTC) it was published and its own id, such as
   * {@code tag:www.eng.kavkaz-uzel.eu,2021-04-06:caucasian-knot-iskander-2021-04-06}: it stays the same
   * when the article is modified or its URL changes path, and differs between publishers.
   */
  private static String tagUri(Article a, URI url, ZonedDateTime published) {
    String host = url.getHost().toLowerCase(Locale.ROOT);
    String date = TAG_DATE.format(published.withZoneSameInstant(ZoneOffset.UTC));
    return "tag:" + host + "," + date + ":" + percentEncode(a.id().value());
  }

  /** RFC 4151's specific part is RFC 3986 pchar, '/' and '?': everything else is percent-encoded in UTF-8. */
  private static String percentEncode(String id) {
    StringBuilder out = new StringBuilder(id.length());
    for (byte b : id.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xFF;
      boolean keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || "-._~!$&'()*+,;=:@/?".indexOf(c) >= 0;
      if (keep) {
        out.append((char) c);
      } else {
        out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
      }
    }
    return out.toString();
  }
}
