package dev.newsmodel.feeds.internal;

import dev.newsmodel.html.internal.Languages;
import dev.newsmodel.core.Article;
import dev.newsmodel.core.Contributor;
import dev.newsmodel.core.Image;
import dev.newsmodel.core.License;
import dev.newsmodel.core.Rights;
import dev.newsmodel.core.convert.ConversionCode;
import dev.newsmodel.feeds.Feed;
import dev.newsmodel.html.HtmlRenderer;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.owasp.encoder.Encode;

/**
 * RSS 2.0 (rssboard.org/rss-specification) with the modules feed readers know: Atom's {@code link} for
 * {@code rel="self"} and {@code rel="license"} (RFC 4946), {@code content:encoded}, Dublin Core
 * ({@code dc:creator}, {@code dc:contributor}, {@code dc:rights}), DCMI terms ({@code dcterms:modified})
 * and Media RSS ({@code media:content}).
 */
public final class RssWriter {
  static final String ATOM = "http://www.w3.org/2005/Atom";
  static final String CONTENT = "http://purl.org/rss/1.0/modules/content/";
  static final String DC = "http://purl.org/dc/elements/1.1/";
  static final String DCTERMS = "http://purl.org/dc/terms/";
  static final String MEDIA = "http://search.yahoo.com/mrss/";

  private RssWriter() {}

  /**
   * Writes the document.
   *
   * @param feed the feed
   * @param entries the entries, in order
   * @param renderer the content's renderer, or null for none
   * @param problems where warnings go
   * @return the document
   * @throws Problems.Refusal if a text holds a character XML cannot carry
   */
  public static String write(Feed feed, List<Entry> entries, @Nullable HtmlRenderer renderer, Problems problems) {
    Xml x = new Xml(problems).at("feed");
    x.start("rss").attribute("version", "2.0")
        .namespace("atom", ATOM).namespace("content", CONTENT).namespace("dc", DC).namespace("dcterms", DCTERMS)
        .namespace("media", MEDIA);
    x.start("channel");
    x.at("feed.title").element("title", feed.title());
    x.at("feed.homePage").element("link", feed.homePage().toString());
    x.at("feed.description").element("description", feed.description().orElse(feed.title()));
    x.at("feed.language").element("language", feed.language().toLanguageTag());
    x.at("feed.feedUrl").empty("atom", "link", ATOM).attribute("href", feed.feedUrl().toString())
        .attribute("rel", "self").attribute("type", "application/rss+xml");
    feed.icon().ifPresent(icon -> {
      x.at("feed.icon").start("image");
      x.element("url", icon.toString());
      x.element("title", feed.title());
      x.element("link", feed.homePage().toString());
      x.end();
    });
    for (Entry e : entries) {
      item(x, feed, e, renderer, problems);
    }
    return x.finish();
  }

  private static void item(Xml x, Feed feed, Entry e, @Nullable HtmlRenderer renderer, Problems problems) {
    String at = e.location();
    x.at(at).start("item");
    if (!Languages.same(e.language(), feed.language())) {
      x.lang(e.language());
    }
    String dir = Shared.direction(e.language(), feed.language());
    if (dir != null) {
      x.attribute("dir", dir);
    }
    x.at(at + ".headline").element("title", e.headline());
    x.at(at + ".url").element("link", e.url().toString());
    // RSS readers show a description as HTML: the plain summary is encoded as HTML text first.
    e.summary().ifPresent(s -> x.at(at + ".summary").element("description", Encode.forHtmlContent(s)));
    Shared.content(e, renderer).ifPresent(html -> x.at(at + ".body").element("content", "encoded", CONTENT, html));
    x.at(at + ".id").start("guid").attribute("isPermaLink", Boolean.toString(e.idIsUrl())).text(e.id()).end();
    x.at(at + ".published").element("pubDate", Shared.rfc822(e.published(), at + ".published", problems));
    e.modified().ifPresent(m -> x.at(at + ".modified")
        .element("dcterms", "modified", DCTERMS, Shared.rfc3339(m, at + ".modified", problems)));
    for (Contributor c : e.authors()) {
      x.at(at + ".bylines").element("dc", "creator", DC, c.name());
    }
    for (Contributor c : e.contributors()) {
      x.at(at + ".bylines").element("dc", "contributor", DC, c.name());
    }
    for (String category : e.categories()) {
      x.at(at + ".keywords").element("category", category);
    }
    e.image().ifPresent(image -> image(x, at + ".leadImage", image));
    // The rendered content credits authors with their links and states the rights and licence: what
    // the feed's own fields cannot hold is a loss only for an entry without content.
    Problems carriedByContent = renderer != null && e.article().isPresent() ? new Problems() : problems;
    e.rights().ifPresent(rights -> rights(x, at + ".rights", rights, carriedByContent));
    x.end();
    contributorUrls(e, carriedByContent);
    Shared.commonLosses(e, renderer, true, problems);
  }

  /**
   * The lead image twice: as the enclosure RSS 2.0 defines, when its type is known from the URL, with
   * the length 0 that the RSS Best Practices Profile gives for a size not known (the model has none);
   * and as Media RSS {@code media:content}, which needs neither and carries the size in pixels.
   */
  private static void image(Xml x, String at, Image image) {
    x.at(at + ".url");
    Shared.imageType(image.url()).ifPresent(type -> x.empty("", "enclosure", "")
        .attribute("url", image.url().toString()).attribute("length", "0").attribute("type", type));
    Optional<String> credit = image.attribution().flatMap(a -> a.creditLine().or(a::creator));
    if (credit.isPresent()) {
      x.start("media", "content", MEDIA);
    } else {
      x.empty("media", "content", MEDIA);
    }
    x.attribute("url", image.url().toString()).attribute("medium", "image");
    Shared.imageType(image.url()).ifPresent(type -> x.attribute("type", type));
    image.width().ifPresent(w -> x.attribute("width", Integer.toString(w)));
    image.height().ifPresent(h -> x.attribute("height", Integer.toString(h)));
    if (credit.isPresent()) {
      // Media RSS: the credit as printed, else the creator's name.
      x.at(at + ".attribution").element("media", "credit", MEDIA, credit.get()).end();
    }
  }

  /** The copyright notice as {@code dc:rights}; the licence as Atom's {@code link rel="license"} (RFC 4946). */
  private static void rights(Xml x, String at, Rights rights, Problems problems) {
    rights.copyrightNotice().ifPresent(n -> x.at(at + ".copyrightNotice").element("dc", "rights", DC, n));
    if (rights.copyrightNotice().isEmpty() && rights.copyrightHolder().isPresent()) {
      problems.warn(ConversionCode.EXPORT_LOST, at + ".copyrightHolder", "The copyright holder '"
          + rights.copyrightHolder().get() + "' has no field of its own in an XML feed, only a notice does: it is "
          + "not carried");
    }
    rights.license().ifPresent(license -> license(x, at + ".license", license, problems));
  }

  private static void license(Xml x, String at, License license, Problems problems) {
    if (license.url().isEmpty()) {
      problems.warn(ConversionCode.EXPORT_LOST, at + ".url", "The licence '" + license.spdxId().or(license::name)
          .orElseThrow() + "' has no URL, and a licence link (RFC 4946) needs one: it is not carried");
      return;
    }
    x.at(at).empty("atom", "link", ATOM).attribute("rel", "license").attribute("href", license.url().get().toString());
    x.attribute("title", license.spdxId().or(license::name).orElseThrow());
  }

  /** RSS names an author by name (dc:creator); the contributor's URL has no place. */
  private static void contributorUrls(Entry e, Problems problems) {
    if (e.article().isEmpty()) {
      return;
    }
    Article a = e.article().get();
    for (int b = 0; b < a.bylines().size(); b++) {
      List<Contributor> contributors = a.bylines().get(b).contributors();
      for (int c = 0; c < contributors.size(); c++) {
        Contributor contributor = contributors.get(c);
        if (contributor.url().isPresent()) {
          problems.warn(ConversionCode.EXPORT_LOST, e.location() + ".bylines[" + b + "].contributors[" + c + "].url",
              "RSS names " + contributor.name() + " by name (dc:creator or dc:contributor) and has no place for the "
                  + "profile URL " + contributor.url().get());
        }
      }
    }
  }
}
