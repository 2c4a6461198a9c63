package dev.newsmodel.html.internal;

import dev.newsmodel.core.Alternate;
import dev.newsmodel.core.Article;
import dev.newsmodel.core.Image;
import dev.newsmodel.jsonld.SchemaOrgJsonLd;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;

/**
 * A page's {@code <head>}: charset and viewport, title, description, robots for unpublished articles,
 * canonical and alternate links, Open Graph, the schema.org JSON-LD (the one use of the JSON-LD
 * module in this one) and the stylesheet unless the settings leave it out.
 */
final class PageHead {
  private PageHead() {}

  static void write(Rendering r, Article article) throws IOException {
    Markup out = r.out;
    out.open("head").newline();
    out.open("meta").attribute("charset", "utf-8").newline();
    out.open("meta").attribute("name", "viewport")
        .attribute("content", "width=device-width, initial-scale=1").newline();
    out.open("title").text(article.headline()).close().newline();
    Optional<String> description = article.summary().map(PageHead::oneLine);
    if (description.isPresent()) {
      meta(out, "name", "description", description.get());
    }
    if (article.status() != Article.Status.PUBLISHED) {
      meta(out, "name", "robots", "noindex");
    }
    Optional<String> canonical = article.canonicalUrl().map(u -> UrlPolicy.allowed(u, false));
    if (canonical.isPresent()) {
      out.open("link").attribute("rel", "canonical").attribute("href", canonical.get()).newline();
      if (!article.alternates().isEmpty()) {
        alternate(out, article.language(), canonical.get());
      }
    }
    for (Alternate alternate : article.alternates()) {
      String url = UrlPolicy.allowed(alternate.url(), false);
      if (url != null) {
        alternate(out, alternate.language(), url);
      }
    }
    meta(out, "property", "og:type", "article");
    meta(out, "property", "og:title", article.headline());
    if (description.isPresent()) {
      meta(out, "property", "og:description", description.get());
    }
    if (canonical.isPresent()) {
      meta(out, "property", "og:url", canonical.get());
    }
    Locale language = article.language();
    meta(out, "property", "og:locale",
        language.getCountry().isEmpty() ? language.getLanguage() : language.getLanguage() + "_" + language.getCountry());
    if (article.publisher().isPresent()) {
      meta(out, "property", "og:site_name", article.publisher().get().name());
    }
    if (article.leadImage().isPresent()) {
      Image image = article.leadImage().get();
      String url = UrlPolicy.allowed(image.url(), false);
      if (url != null) {
        meta(out, "property", "og:image", url);
        if (image.width().isPresent() && image.height().isPresent()) {
          meta(out, "property", "og:image:width", Integer.toString(image.width().getAsInt()));
          meta(out, "property", "og:image:height", Integer.toString(image.height().getAsInt()));
        }
        if (image.alt().isPresent()) {
          meta(out, "property", "og:image:alt", oneLine(image.alt().get()));
        }
      }
    }
    Optional<String> published = article.published().flatMap(TimeText::datetime);
    if (published.isPresent()) {
      meta(out, "property", "article:published_time", published.get());
    }
    Optional<String> modified = article.modified().flatMap(TimeText::datetime);
    if (modified.isPresent()) {
      meta(out, "property", "article:modified_time", modified.get());
    }
    if (article.section().isPresent()) {
      meta(out, "property", "article:section", article.section().get());
    }
    for (String keyword : article.keywords()) {
      meta(out, "property", "article:tag", keyword);
    }
    out.open("script").attribute("type", "application/ld+json").raw(jsonLd(article)).close().newline();
    if (r.settings.stylesheet()) {
      out.open("style").raw("\n").raw(r.settings.css()).close().newline();
    }
    out.close().newline(); // head
  }

  /** The schema.org JSON-LD; json-ld escapes it for a script element, in one place. */
  private static String jsonLd(Article article) {
    return SchemaOrgJsonLd.newsArticle(article);
  }

  private static void meta(Markup out, String kind, String name, String content) throws IOException {
    out.open("meta").attribute(kind, name).attribute("content", content).newline();
  }

  private static void alternate(Markup out, Locale language, String url) throws IOException {
    out.open("link").attribute("rel", "alternate").attribute("hreflang", language.toLanguageTag())
        .attribute("href", url).newline();
  }

  /** Text on one line: runs of white space become one space, and none lead or trail. */
  private static String oneLine(String text) {
    return text.replaceAll("\\s+", " ").trim();
  }
}
