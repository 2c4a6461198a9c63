package dev.newsmodel.feeds.internal;

import dev.newsmodel.html.internal.Languages;
import dev.newsmodel.core.Contributor;
import dev.newsmodel.core.Image;
import dev.newsmodel.core.License;
import dev.newsmodel.core.Organization;
import dev.newsmodel.core.Rights;
import dev.newsmodel.core.convert.ConversionCode;
import dev.newsmodel.feeds.Feed;
import dev.newsmodel.html.HtmlRenderer;
import java.time.ZonedDateTime;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Atom 1.0 (RFC 4287), with the licence link of RFC 4946 and the {@code dir} attribute of the Atom
 * bidi draft (draft-snell-atompub-bidi) where an entry's direction differs from the feed's.
 */
public final class AtomWriter {
  static final String ATOM = "http://www.w3.org/2005/Atom";

  private AtomWriter() {}

  /**
   * Writes the document.
   *
   * @param feed the feed
   * @param entries the entries, in order
   * @param renderer the content's renderer, or null for none
   * @param problems where warnings go
   * @return the document
   * @throws Problems.Refusal if an entry has no author and the feed none, if the feed has no updated
   *     time and no entry, or if a text holds a character XML cannot carry
   */
  public static String write(Feed feed, List<Entry> entries, @Nullable HtmlRenderer renderer, Problems problems) {
    if (feed.author().isEmpty()) {
      for (Entry e : entries) {
        if (e.authors().isEmpty()) {
          throw new Problems.Refusal(ConversionCode.INPUT_MISSING, e.location() + ".bylines", "An Atom entry needs an "
              + "author (RFC 4287 §4.1.1): the entry '" + e.headline() + "' names none (contributors with the role "
              + "AUTHOR or CORRESPONDENT) and the feed has none of its own; give the feed an author (Feed.author)");
        }
      }
    }
    ZonedDateTime updated = feed.updated().orElseGet(() -> latest(entries));
    if (updated == null) {
      throw new Problems.Refusal(ConversionCode.INPUT_MISSING, "feed.updated", "An Atom feed needs an updated time "
          + "(RFC 4287 §4.1.1): the feed has no entries to take it from; give it one (Feed.updated)");
    }
    Xml x = new Xml(problems).at("feed");
    x.start("feed").namespace("", ATOM).lang(feed.language());
    if (Languages.rightToLeft(feed.language())) {
      x.attribute("dir", "rtl");
    }
    x.at("feed.feedUrl").element("id", feed.feedUrl().toString());
    x.at("feed.title").element("title", feed.title());
    feed.description().ifPresent(d -> x.at("feed.description").element("subtitle", d));
    // A time taken from an entry is reported where that entry writes it, not twice.
    x.at("feed.updated").element("updated", Shared.rfc3339(updated, "feed.updated",
        feed.updated().isPresent() ? problems : new Problems()));
    x.at("feed.homePage").empty("", "link", "").attribute("rel", "alternate").attribute("type", "text/html")
        .attribute("href", feed.homePage().toString());
    x.at("feed.feedUrl").empty("", "link", "").attribute("rel", "self").attribute("type", "application/atom+xml")
        .attribute("href", feed.feedUrl().toString());
    feed.icon().ifPresent(icon -> x.at("feed.icon").element("icon", icon.toString()));
    feed.author().ifPresent(author -> organization(x, "feed.author", author));
    for (Entry e : entries) {
      entry(x, feed, e, renderer, problems);
    }
    return x.finish();
  }

  /** The latest of the entries' updated times (the first of equal instants), or null without entries. */
  private static @Nullable ZonedDateTime latest(List<Entry> entries) {
    ZonedDateTime latest = null;
    for (Entry e : entries) {
      if (latest == null || e.updated().toInstant().isAfter(latest.toInstant())) {
        latest = e.updated();
      }
    }
    return latest;
  }

  private static void entry(Xml x, Feed feed, Entry e, @Nullable HtmlRenderer renderer, Problems problems) {
    String at = e.location();
    x.at(at).start("entry");
    if (!Languages.same(e.language(), feed.language())) {
      x.lang(e.language());
    }
    String dir = Shared.direction(e.language(), feed.language());
    if (dir != null) {
      x.attribute("dir", dir);
    }
    x.at(at + ".id").element("id", e.id());
    x.at(at + ".headline").element("title", e.headline());
    x.at(at + ".url").empty("", "link", "").attribute("rel", "alternate").attribute("type", "text/html")
        .attribute("href", e.url().toString());
    x.at(at + ".published").element("published", Shared.rfc3339(e.published(), at + ".published", problems));
    String updatedAt = at + (e.modified().isPresent() ? ".modified" : ".published");
    // The publication time again when never modified: RFC 4287 requires updated, and this one is known.
    x.at(updatedAt).element("updated", e.modified().isPresent()
        ? Shared.rfc3339(e.modified().get(), updatedAt, problems) : Shared.rfc3339(e.published(), updatedAt, new Problems()));
    for (Contributor c : e.authors()) {
      person(x, at + ".bylines", "author", c);
    }
    for (Contributor c : e.contributors()) {
      person(x, at + ".bylines", "contributor", c);
    }
    for (String category : e.categories()) {
      x.at(at + ".keywords").empty("", "category", "").attribute("term", category);
    }
    e.summary().ifPresent(s -> x.at(at + ".summary").start("summary").attribute("type", "text").text(s).end());
    Shared.content(e, renderer).ifPresent(html ->
        x.at(at + ".body").start("content").attribute("type", "html").text(html).end());
    e.image().ifPresent(image -> image(x, at + ".leadImage", image));
    // The rendered content credits authors with their links and states the rights and licence: what
    // the feed's own fields cannot hold is a loss only for an entry without content.
    Problems carriedByContent = renderer != null && e.article().isPresent() ? new Problems() : problems;
    e.rights().ifPresent(rights -> rights(x, at + ".rights", rights, carriedByContent));
    x.end();
    Shared.commonLosses(e, renderer, false, problems);
  }

  private static void person(Xml x, String at, String element, Contributor c) {
    x.at(at).start(element);
    x.element("name", c.name());
    c.url().ifPresent(url -> x.element("uri", url.toString()));
    x.end();
  }

  private static void organization(Xml x, String at, Organization o) {
    x.at(at).start("author");
    x.element("name", o.name());
    o.url().ifPresent(url -> x.element("uri", url.toString()));
    x.end();
  }

  /** The lead image as {@code link rel="enclosure"}, its type when the URL's extension tells it. */
  private static void image(Xml x, String at, Image image) {
    x.at(at + ".url").empty("", "link", "").attribute("rel", "enclosure").attribute("href", image.url().toString());
    Shared.imageType(image.url()).ifPresent(type -> x.attribute("type", type));
  }

  /** The copyright notice as {@code rights}; the licence as {@code link rel="license"} (RFC 4946). */
  private static void rights(Xml x, String at, Rights rights, Problems problems) {
    rights.copyrightNotice().ifPresent(n -> x.at(at + ".copyrightNotice").start("rights").attribute("type", "text")
        .text(n).end());
    if (rights.copyrightNotice().isEmpty() && rights.copyrightHolder().isPresent()) {
      problems.warn(ConversionCode.EXPORT_LOST, at + ".copyrightHolder", "The copyright holder '"
          + rights.copyrightHolder().get() + "' has no field of its own in an XML feed, only a notice does: it is "
          + "not carried");
    }
    rights.license().ifPresent(license -> license(x, at + ".license", license, problems));
  }

  private static void license(Xml x, String at, License license, Problems problems) {
    String name = license.spdxId().or(license::name).orElseThrow();
    if (license.url().isEmpty()) {
      problems.warn(ConversionCode.EXPORT_LOST, at + ".url", "The licence '" + name + "' has no URL, and a licence "
          + "link (RFC 4946) needs one: it is not carried");
      return;
    }
    x.at(at).empty("", "link", "").attribute("rel", "license").attribute("href", license.url().get().toString())
        .attribute("title", name);
  }
}
