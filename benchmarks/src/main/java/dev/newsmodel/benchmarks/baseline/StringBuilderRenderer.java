package dev.newsmodel.benchmarks.baseline;

import dev.newsmodel.core.Article;
import dev.newsmodel.core.Attribution;
import dev.newsmodel.core.Byline;
import dev.newsmodel.core.Contributor;
import dev.newsmodel.core.Correction;
import dev.newsmodel.core.Dateline;
import dev.newsmodel.core.Disclaimer;
import dev.newsmodel.core.Image;
import dev.newsmodel.core.License;
import dev.newsmodel.core.Rights;
import dev.newsmodel.core.SourceReference;
import dev.newsmodel.core.Teaser;
import dev.newsmodel.core.body.Block;
import dev.newsmodel.core.body.Emphasis;
import dev.newsmodel.core.body.Heading;
import dev.newsmodel.core.body.ImageBlock;
import dev.newsmodel.core.body.Inline;
import dev.newsmodel.core.body.LanguageSpan;
import dev.newsmodel.core.body.LineBreak;
import dev.newsmodel.core.body.Link;
import dev.newsmodel.core.body.ListBlock;
import dev.newsmodel.core.body.ListItem;
import dev.newsmodel.core.body.Paragraph;
import dev.newsmodel.core.body.Quote;
import dev.newsmodel.core.body.Strong;
import dev.newsmodel.core.body.Text;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;

/**
 * The floor of the render benchmark: the markup of newsmodel's renderer with its defaults (English
 * phrases, class prefix {@code nm-}, top heading {@code h1}, lazy body images), written by hand into
 * one {@link StringBuilder} with a minimal escaper and nothing else.
 *
 * <p>It escapes as the OWASP encoder and jte do: {@code & < >} in text; {@code & < " '} in attribute
 * values. It trusts the model's URLs (the model allows only http, https and mailto) and checks
 * nothing, as a hand-written writer would. {@code BaselineRenderersTest} proves its output equals
 * newsmodel's for both benchmark articles. Stateless and thread-safe.
 */
public final class StringBuilderRenderer {
  private StringBuilderRenderer() {}

  /**
   * Returns the article as an HTML fragment.
   *
   * @param article the article, not null
   * @return the fragment, not null
   */
  public static String render(Article article) {
    StringBuilder out = new StringBuilder(8192);
    Locale language = article.language();
    out.append("<article class=\"nm-article\" lang=\"");
    attribute(out, language.toLanguageTag());
    out.append("\">\n");
    header(out, article);
    if (article.leadImage().isPresent()) {
      figure(out, article.leadImage().get(), true);
      out.append('\n');
    }
    disclaimers(out, article, Disclaimer.Placement.TOP);
    out.append("<div class=\"nm-body\">\n");
    for (Block block : article.body()) {
      block(out, block, language);
    }
    out.append("</div>\n");
    footer(out, article);
    if (!article.related().isEmpty()) {
      out.append("<aside class=\"nm-related\">\n<h2 class=\"nm-related-heading\">Related</h2>\n");
      out.append("<ul class=\"nm-teasers\">\n");
      for (Teaser teaser : article.related()) {
        teaser(out, teaser, language);
        out.append('\n');
      }
      out.append("</ul>\n</aside>\n");
    }
    out.append("</article>\n");
    return out.toString();
  }

  private static void header(StringBuilder out, Article article) {
    out.append("<header class=\"nm-header\">\n");
    if (article.status() != Article.Status.PUBLISHED) {
      out.append("<p class=\"nm-status\">")
          .append(article.status() == Article.Status.DRAFT ? "Draft: not published."
              : "This article has been withdrawn.")
          .append("</p>\n");
    }
    if (article.kicker().isPresent()) {
      out.append("<p class=\"nm-kicker\">");
      text(out, article.kicker().get());
      out.append("</p>\n");
    }
    out.append("<h1 class=\"nm-headline\">");
    text(out, article.headline());
    out.append("</h1>\n");
    if (article.alternativeHeadline().isPresent()) {
      out.append("<p class=\"nm-alternative-headline\">");
      text(out, article.alternativeHeadline().get());
      out.append("</p>\n");
    }
    if (article.summary().isPresent()) {
      out.append("<p class=\"nm-summary\">");
      lines(out, article.summary().get());
      out.append("</p>\n");
    }
    for (Byline byline : article.bylines()) {
      byline(out, byline);
      out.append('\n');
    }
    if (article.published().isPresent() || article.modified().isPresent()) {
      out.append("<p class=\"nm-times\">");
      if (article.published().isPresent()) {
        time(out, article.published().get(), true, "nm-published");
      }
      if (article.modified().isPresent() && !(article.published().isPresent()
          && article.published().get().toInstant().equals(article.modified().get().toInstant()))) {
        if (article.published().isPresent()) {
          out.append(' ');
        }
        out.append("<span class=\"nm-updated\">Updated ");
        time(out, article.modified().get(), true, "nm-modified");
        out.append("</span>");
      }
      out.append("</p>\n");
    }
    if (article.dateline().isPresent()) {
      Dateline dateline = article.dateline().get();
      out.append("<p class=\"nm-dateline\"><span class=\"nm-dateline-place\" dir=\"auto\">");
      text(out, dateline.place());
      out.append("</span>, ");
      time(out, dateline.time(), false, "nm-dateline-date");
      out.append("</p>\n");
    }
    out.append("</header>\n");
  }

  private static void byline(StringBuilder out, Byline byline) {
    out.append("<p class=\"nm-byline\">");
    if (byline.text().isPresent()) {
      text(out, byline.text().get());
      out.append("</p>");
      return;
    }
    out.append("By ");
    List<Contributor> contributors = byline.contributors();
    for (int i = 0; i < contributors.size(); i++) {
      if (i > 0) {
        out.append(i == contributors.size() - 1 ? " and " : ", ");
      }
      Contributor contributor = contributors.get(i);
      out.append("<span class=\"nm-contributor\" dir=\"auto\">");
      if (contributor.url().isPresent()) {
        out.append("<a rel=\"author\" href=\"");
        attribute(out, contributor.url().get().toString());
        out.append("\">");
        text(out, contributor.name());
        out.append("</a>");
      } else {
        text(out, contributor.name());
      }
      out.append("</span>");
      String first = contributor.jobTitle().isPresent() ? null : Wording.roleWords(contributor);
      boolean any = contributor.jobTitle().isPresent() || first != null || contributor.affiliation().isPresent();
      if (any) {
        out.append(" (<span class=\"nm-contributor-role\">");
        if (contributor.jobTitle().isPresent()) {
          bdi(out, contributor.jobTitle().get());
        } else if (first != null) {
          text(out, first);
        }
        if (contributor.affiliation().isPresent()) {
          if (contributor.jobTitle().isPresent() || first != null) {
            out.append(", ");
          }
          bdi(out, contributor.affiliation().get());
        }
        out.append("</span>)");
      }
    }
    out.append("</p>");
  }

  private static void disclaimers(StringBuilder out, Article article, Disclaimer.Placement placement) {
    for (Disclaimer disclaimer : article.disclaimers()) {
      if (disclaimer.placement() != placement) {
        continue;
      }
      out.append("<aside class=\"nm-disclaimer nm-disclaimer-").append(Wording.kebab(disclaimer.kind()))
          .append("\" aria-label=\"");
      attribute(out, Wording.label(disclaimer.kind()));
      out.append("\">\n<p class=\"nm-disclaimer-text\"");
      lang(out, disclaimer.language().orElse(article.language()), article.language());
      out.append('>');
      lines(out, disclaimer.text());
      out.append("</p>\n</aside>\n");
    }
  }

  private static void footer(StringBuilder out, Article article) {
    boolean cited = false;
    boolean notes = false;
    for (SourceReference source : article.sources()) {
      if (source.relation() == SourceReference.Relation.CITES) {
        cited = true;
      } else {
        notes = true;
      }
    }
    boolean bottom = false;
    for (Disclaimer disclaimer : article.disclaimers()) {
      bottom |= disclaimer.placement() == Disclaimer.Placement.BOTTOM;
    }
    if (!notes && !cited && article.corrections().isEmpty() && !bottom && article.rights().isEmpty()) {
      return;
    }
    out.append("<footer class=\"nm-footer\">\n");
    for (SourceReference source : article.sources()) {
      if (source.relation() != SourceReference.Relation.CITES) {
        source(out, source, article.language());
        out.append('\n');
      }
    }
    if (cited) {
      out.append("<section class=\"nm-sources\">\n<h2 class=\"nm-sources-heading\">Sources</h2>\n")
          .append("<ul class=\"nm-sources-list\">\n");
      for (SourceReference source : article.sources()) {
        if (source.relation() == SourceReference.Relation.CITES) {
          source(out, source, article.language());
          out.append('\n');
        }
      }
      out.append("</ul>\n</section>\n");
    }
    if (!article.corrections().isEmpty()) {
      out.append("<section class=\"nm-corrections\">\n<h2 class=\"nm-corrections-heading\">Corrections</h2>\n")
          .append("<ul class=\"nm-corrections-list\">\n");
      for (Correction correction : article.corrections()) {
        out.append("<li class=\"nm-correction nm-correction-").append(Wording.kebab(correction.kind()))
            .append("\"><strong class=\"nm-correction-kind\">").append(Wording.label(correction.kind()))
            .append("</strong>, ");
        time(out, correction.date(), true, "nm-correction-date");
        out.append(": <span class=\"nm-correction-text\" dir=\"auto\">");
        lines(out, correction.text());
        out.append("</span></li>\n");
      }
      out.append("</ul>\n</section>\n");
    }
    disclaimers(out, article, Disclaimer.Placement.BOTTOM);
    if (article.rights().isPresent()) {
      Rights rights = article.rights().get();
      out.append("<p class=\"nm-rights\">");
      boolean first = true;
      if (rights.copyrightNotice().isPresent()) {
        bdi(out, rights.copyrightNotice().get());
        first = false;
      } else if (rights.copyrightHolder().isPresent()) {
        out.append("\u00a9 ");
        bdi(out, rights.copyrightHolder().get());
        first = false;
      }
      if (rights.license().isPresent()) {
        if (!first) {
          out.append(", ");
        }
        license(out, rights.license().get());
      }
      out.append("</p>\n");
    }
    out.append("</footer>\n");
  }

  private static void source(StringBuilder out, SourceReference source, Locale language) {
    boolean cites = source.relation() == SourceReference.Relation.CITES;
    out.append(cites ? "<li" : "<p").append(" class=\"nm-source nm-source-")
        .append(Wording.kebab(source.relation())).append("\">");
    switch (source.relation()) {
      case CITES:
        outlet(out, source);
        if (source.title().isPresent()) {
          out.append(": \u201c");
          title(out, source, language);
          out.append('\u201d');
        }
        if (source.published().isPresent()) {
          out.append(", ");
          time(out, source.published().get(), false, null);
        }
        break;
      case TRANSLATION_OF:
      case ORIGINALLY_PUBLISHED_AT:
        out.append("This article was originally published");
        if (source.language().isPresent()) {
          out.append(' ');
          text(out, Wording.inLanguage(source.language().get()));
        }
        out.append(" by ");
        outlet(out, source);
        if (source.title().isPresent()) {
          out.append(" as \u201c");
          title(out, source, language);
          out.append('\u201d');
        }
        publishedOnAt(out, source, " on ");
        out.append('.');
        break;
      default:
        out.append(source.relation() == SourceReference.Relation.BASED_ON
            ? "This article is based on reporting by " : "This article is republished from ");
        outlet(out, source);
        if (source.title().isPresent()) {
          out.append(", \u201c");
          title(out, source, language);
          out.append('\u201d');
        }
        publishedOnAt(out, source, ", published on ");
        out.append('.');
        break;
    }
    out.append(cites ? "</li>" : "</p>");
  }

  private static void publishedOnAt(StringBuilder out, SourceReference source, String words) {
    if (source.published().isPresent()) {
      ZonedDateTime published = source.published().get();
      out.append(words);
      time(out, published, false, null);
      out.append(" at <time datetime=\"").append(Wording.datetime(published)).append("\">");
      text(out, Wording.timeOfDay(published));
      out.append("</time>");
    }
  }

  private static void outlet(StringBuilder out, SourceReference source) {
    if (source.url().isPresent()) {
      out.append("<a class=\"nm-source-outlet\" href=\"");
      attribute(out, source.url().get().toString());
      out.append("\" dir=\"auto\">");
      text(out, source.outlet());
      out.append("</a>");
    } else {
      out.append("<span class=\"nm-source-outlet\" dir=\"auto\">");
      text(out, source.outlet());
      out.append("</span>");
    }
  }

  private static void title(StringBuilder out, SourceReference source, Locale language) {
    out.append("<cite");
    lang(out, source.language().orElse(language), language);
    out.append(" dir=\"auto\">");
    text(out, source.title().get());
    out.append("</cite>");
  }

  private static void teaser(StringBuilder out, Teaser teaser, Locale language) {
    out.append("<li class=\"nm-teaser\">\n");
    if (teaser.image().isPresent()) {
      out.append("<div class=\"nm-teaser-image\">");
      img(out, teaser.image().get(), true, false);
      out.append("</div>\n");
    }
    out.append("<h3 class=\"nm-teaser-headline\"");
    lang(out, teaser.language().orElse(language), language);
    out.append('>');
    if (teaser.url().isPresent()) {
      out.append("<a href=\"");
      attribute(out, teaser.url().get().toString());
      out.append("\">");
      text(out, teaser.headline());
      out.append("</a>");
    } else {
      text(out, teaser.headline());
    }
    out.append("</h3>\n<p class=\"nm-teaser-time\">");
    time(out, teaser.published(), true, null);
    out.append("</p>\n");
    if (teaser.summary().isPresent()) {
      out.append("<p class=\"nm-teaser-summary\"");
      lang(out, teaser.language().orElse(language), language);
      out.append('>');
      lines(out, teaser.summary().get());
      out.append("</p>\n");
    }
    out.append("</li>");
  }

  private static void block(StringBuilder out, Block block, Locale language) {
    if (block instanceof Paragraph) {
      out.append("<p>");
      inlines(out, ((Paragraph) block).content(), language);
      out.append("</p>");
    } else if (block instanceof Heading) {
      Heading heading = (Heading) block;
      out.append("<h").append(heading.level()).append('>');
      inlines(out, heading.content(), language);
      out.append("</h").append(heading.level()).append('>');
    } else if (block instanceof Quote) {
      quote(out, (Quote) block, language);
    } else if (block instanceof ListBlock) {
      ListBlock list = (ListBlock) block;
      out.append(list.ordered() ? "<ol>\n" : "<ul>\n");
      for (ListItem item : list.items()) {
        out.append("<li>");
        inlines(out, item.content(), language);
        out.append("</li>\n");
      }
      out.append(list.ordered() ? "</ol>" : "</ul>");
    } else if (block instanceof ImageBlock) {
      figure(out, ((ImageBlock) block).image(), false);
    }
    out.append('\n');
  }

  private static void quote(StringBuilder out, Quote quote, Locale language) {
    boolean attributed = quote.attribution().isPresent();
    out.append(attributed ? "<figure class=\"nm-quote\">\n<blockquote" : "<blockquote class=\"nm-quote\"");
    if (quote.citeUrl().isPresent()) {
      out.append(" cite=\"");
      attribute(out, quote.citeUrl().get().toString());
      out.append('"');
    }
    Locale inside = quote.language().orElse(language);
    lang(out, inside, language);
    out.append("><p>");
    inlines(out, quote.content(), inside);
    out.append("</p></blockquote>");
    if (attributed) {
      out.append("\n<figcaption class=\"nm-quote-attribution\">\u2014 ");
      bdi(out, quote.attribution().get());
      out.append("</figcaption>\n</figure>");
    }
  }

  private static void figure(StringBuilder out, Image image, boolean lead) {
    out.append(lead ? "<figure class=\"nm-figure nm-lead-image\">\n" : "<figure class=\"nm-figure\">\n");
    img(out, image, !lead, true);
    out.append('\n');
    if (image.caption().isPresent() || image.attribution().isPresent()) {
      out.append("<figcaption class=\"nm-figcaption\">");
      if (image.caption().isPresent()) {
        out.append("<span class=\"nm-caption\" dir=\"auto\">");
        lines(out, image.caption().get());
        out.append("</span>");
      }
      if (image.attribution().isPresent()) {
        if (image.caption().isPresent()) {
          out.append(' ');
        }
        credit(out, image.attribution().get());
      }
      out.append("</figcaption>\n");
    }
    out.append("</figure>");
  }

  private static void img(StringBuilder out, Image image, boolean lazy, boolean renditions) {
    out.append("<img src=\"");
    attribute(out, image.url().toString());
    out.append("\" alt=\"");
    attribute(out, image.alt().orElse(""));
    out.append('"');
    if (image.width().isPresent() && image.height().isPresent()) {
      out.append(" width=\"").append(image.width().getAsInt()).append("\" height=\"")
          .append(image.height().getAsInt()).append('"');
    }
    if (renditions) {
      String srcset = Wording.srcset(image);
      if (srcset != null) {
        out.append(" srcset=\"");
        attribute(out, srcset);
        out.append("\" sizes=\"").append(Wording.SIZES).append('"');
      }
    }
    if (lazy) {
      out.append(" loading=\"lazy\"");
    }
    out.append(" decoding=\"async\">");
  }

  private static void credit(StringBuilder out, Attribution attribution) {
    out.append("<span class=\"nm-credit\">");
    int parts = 0;
    if (attribution.creditLine().isPresent()) {
      bdi(out, attribution.creditLine().get());
      parts++;
    } else if (attribution.creator().isPresent()) {
      out.append("Photo: ");
      bdi(out, attribution.creator().get());
      parts++;
    }
    if (attribution.copyrightNotice().isPresent() || attribution.copyrightHolder().isPresent()) {
      if (parts++ > 0) {
        out.append(", ");
      }
      if (attribution.copyrightNotice().isPresent()) {
        bdi(out, attribution.copyrightNotice().get());
      } else {
        out.append("\u00a9 ");
        bdi(out, attribution.copyrightHolder().get());
      }
    }
    if (attribution.sourceUrl().isPresent()) {
      if (parts++ > 0) {
        out.append(", ");
      }
      out.append("<a class=\"nm-credit-source\" href=\"");
      attribute(out, attribution.sourceUrl().get().toString());
      out.append("\">");
      text(out, Wording.host(attribution.sourceUrl().get()));
      out.append("</a>");
    }
    if (attribution.license().isPresent()) {
      if (parts > 0) {
        out.append(", ");
      }
      license(out, attribution.license().get());
    }
    out.append("</span>");
  }

  private static void license(StringBuilder out, License license) {
    out.append("Licence: ");
    if (license.url().isPresent()) {
      out.append("<a rel=\"license\" href=\"");
      attribute(out, license.url().get().toString());
      out.append("\" dir=\"auto\">");
      text(out, Wording.licenseName(license));
      out.append("</a>");
    } else {
      bdi(out, Wording.licenseName(license));
    }
  }

  /** Model text inside the renderer's own words, isolated so bidi controls cannot reorder them. */
  private static void bdi(StringBuilder out, String value) {
    out.append("<bdi>");
    text(out, value);
    out.append("</bdi>");
  }

  private static void time(StringBuilder out, ZonedDateTime time, boolean withTimeOfDay, String className) {
    out.append("<time");
    if (className != null) {
      out.append(" class=\"").append(className).append('"');
    }
    String datetime = Wording.datetime(time);
    if (datetime != null) {
      out.append(" datetime=\"").append(datetime).append('"');
    }
    out.append('>');
    text(out, withTimeOfDay ? Wording.dateTime(time) : Wording.date(time));
    out.append("</time>");
  }

  private static void inlines(StringBuilder out, List<Inline> content, Locale language) {
    for (Inline inline : content) {
      if (inline instanceof Text) {
        text(out, ((Text) inline).value());
      } else if (inline instanceof Emphasis) {
        out.append("<em>");
        inlines(out, ((Emphasis) inline).content(), language);
        out.append("</em>");
      } else if (inline instanceof Strong) {
        out.append("<strong>");
        inlines(out, ((Strong) inline).content(), language);
        out.append("</strong>");
      } else if (inline instanceof Link) {
        Link link = (Link) inline;
        out.append("<a href=\"");
        attribute(out, link.url().toString());
        out.append('"');
        if (link.title().isPresent()) {
          out.append(" title=\"");
          attribute(out, link.title().get());
          out.append('"');
        }
        out.append('>');
        inlines(out, link.content(), language);
        out.append("</a>");
      } else if (inline instanceof LanguageSpan) {
        LanguageSpan span = (LanguageSpan) inline;
        out.append("<span");
        lang(out, span.language(), language);
        out.append('>');
        inlines(out, span.content(), span.language());
        out.append("</span>");
      } else if (inline instanceof LineBreak) {
        out.append("<br>");
      }
    }
  }

  private static void lang(StringBuilder out, Locale language, Locale surrounding) {
    String tag = Wording.lang(language, surrounding);
    if (tag != null) {
      out.append(" lang=\"");
      attribute(out, tag);
      out.append('"');
    }
  }

  /** Writes text, a line break element for each line break in it. */
  private static void lines(StringBuilder out, String value) {
    int start = 0;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '\n' || c == '\r') {
        text(out, value.substring(start, i));
        out.append("<br>");
        if (c == '\r' && i + 1 < value.length() && value.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    text(out, start == 0 ? value : value.substring(start));
  }

  /** Escapes {@code & < >} for text content. */
  static void text(StringBuilder out, String value) {
    int start = 0;
    for (int i = 0; i < value.length(); i++) {
      String replacement;
      switch (value.charAt(i)) {
        case '&':
          replacement = "&amp;";
          break;
        case '<':
          replacement = "&lt;";
          break;
        case '>':
          replacement = "&gt;";
          break;
        default:
          continue;
      }
      out.append(value, start, i).append(replacement);
      start = i + 1;
    }
    out.append(value, start, value.length());
  }

  /** Escapes {@code & < " '} for a double-quoted attribute value. */
  static void attribute(StringBuilder out, String value) {
    int start = 0;
    for (int i = 0; i < value.length(); i++) {
      String replacement;
      switch (value.charAt(i)) {
        case '&':
          replacement = "&amp;";
          break;
        case '<':
          replacement = "&lt;";
          break;
        case '"':
          replacement = "&#34;";
          break;
        case '\'':
          replacement = "&#39;";
          break;
        default:
          continue;
      }
      out.append(value, start, i).append(replacement);
      start = i + 1;
    }
    out.append(value, start, value.length());
  }
}
