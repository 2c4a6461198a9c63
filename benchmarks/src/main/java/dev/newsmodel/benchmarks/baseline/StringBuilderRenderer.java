package dev.newsmodel.benchmarks.baseline;

import dev.newsmodel.core.Article;
import dev.newsmodel.core.Byline;
import dev.newsmodel.core.Correction;
import dev.newsmodel.core.Disclaimer;
import dev.newsmodel.core.Image;
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
import java.util.List;
import java.util.Optional;

/**
 * The floor of the render benchmark: the same markup as the jte template, written by hand into one
 * {@link StringBuilder} with a minimal escaper and nothing else, such as a team would write to need
 * no library at all.
 *
 * <p>It escapes as jte and the OWASP encoder do: {@code & < >} in text; {@code & < " '} in attribute
 * values. Stateless and thread-safe.
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
    out.append("<article lang=\"");
    attribute(out, Wording.language(article));
    out.append("\">\n<header>\n");
    if (article.kicker().isPresent()) {
      out.append("<p class=\"kicker\">");
      text(out, article.kicker().get());
      out.append("</p>\n");
    }
    out.append("<h1>");
    text(out, article.headline());
    out.append("</h1>\n");
    if (article.summary().isPresent()) {
      out.append("<p class=\"summary\">");
      text(out, article.summary().get());
      out.append("</p>\n");
    }
    for (Byline byline : article.bylines()) {
      out.append("<p class=\"byline\">");
      text(out, Wording.byline(byline));
      out.append("</p>\n");
    }
    if (article.dateline().isPresent()) {
      out.append("<p class=\"dateline\">");
      text(out, article.dateline().get().place());
      out.append("</p>\n");
    }
    if (article.published().isPresent()) {
      out.append("<time datetime=\"");
      attribute(out, Wording.machine(article.published().get()));
      out.append("\">");
      text(out, Wording.display(article.published().get()));
      out.append("</time>\n");
    }
    out.append("</header>\n");
    if (article.leadImage().isPresent()) {
      figure(out, article.leadImage().get());
    }
    for (Block block : article.body()) {
      block(out, block);
    }
    if (!article.sources().isEmpty() || !article.disclaimers().isEmpty() || !article.corrections().isEmpty()) {
      out.append("<footer>\n");
      for (SourceReference source : article.sources()) {
        out.append("<p class=\"source\">");
        text(out, Wording.sourceNote(source));
        out.append("</p>\n");
      }
      for (Disclaimer disclaimer : article.disclaimers()) {
        out.append("<p class=\"disclaimer\"");
        if (disclaimer.language().isPresent()) {
          out.append(" lang=\"");
          attribute(out, disclaimer.language().get().toLanguageTag());
          out.append('"');
        }
        out.append('>');
        text(out, disclaimer.text());
        out.append("</p>\n");
      }
      for (Correction correction : article.corrections()) {
        out.append("<p class=\"correction\"><time datetime=\"");
        attribute(out, Wording.machine(correction.date()));
        out.append("\">");
        text(out, Wording.display(correction.date()));
        out.append("</time> ");
        text(out, correction.text());
        out.append("</p>\n");
      }
      out.append("</footer>\n");
    }
    if (!article.related().isEmpty()) {
      out.append("<section class=\"related\">\n<h2>Related</h2>\n<ul>\n");
      for (Teaser teaser : article.related()) {
        out.append("<li>");
        if (teaser.url().isPresent()) {
          out.append("<a href=\"");
          attribute(out, teaser.url().get().toString());
          out.append("\">");
          text(out, teaser.headline());
          out.append("</a>");
        } else {
          text(out, teaser.headline());
        }
        out.append(" <time datetime=\"");
        attribute(out, Wording.machine(teaser.published()));
        out.append("\">");
        text(out, Wording.display(teaser.published()));
        out.append("</time>");
        if (teaser.summary().isPresent()) {
          out.append("<p>");
          text(out, teaser.summary().get());
          out.append("</p>");
        }
        out.append("</li>\n");
      }
      out.append("</ul>\n</section>\n");
    }
    out.append("</article>\n");
    return out.toString();
  }

  private static void block(StringBuilder out, Block block) {
    if (block instanceof Paragraph) {
      out.append("<p>");
      inlines(out, ((Paragraph) block).content());
      out.append("</p>\n");
    } else if (block instanceof Heading) {
      Heading heading = (Heading) block;
      out.append("<h").append(heading.level()).append('>');
      inlines(out, heading.content());
      out.append("</h").append(heading.level()).append(">\n");
    } else if (block instanceof Quote) {
      Quote quote = (Quote) block;
      out.append("<blockquote");
      if (quote.language().isPresent()) {
        out.append(" lang=\"");
        attribute(out, quote.language().get().toLanguageTag());
        out.append('"');
      }
      out.append("><p>");
      inlines(out, quote.content());
      out.append("</p>");
      if (quote.attribution().isPresent()) {
        out.append("<footer>");
        text(out, quote.attribution().get());
        out.append("</footer>");
      }
      out.append("</blockquote>\n");
    } else if (block instanceof ListBlock) {
      ListBlock list = (ListBlock) block;
      out.append(list.ordered() ? "<ol>" : "<ul>");
      for (ListItem item : list.items()) {
        out.append("<li>");
        inlines(out, item.content());
        out.append("</li>");
      }
      out.append(list.ordered() ? "</ol>\n" : "</ul>\n");
    } else if (block instanceof ImageBlock) {
      figure(out, ((ImageBlock) block).image());
    }
  }

  private static void figure(StringBuilder out, Image image) {
    out.append("<figure><img src=\"");
    attribute(out, image.url().toString());
    out.append("\" alt=\"");
    if (image.alt().isPresent()) {
      attribute(out, image.alt().get());
    }
    out.append('"');
    if (image.width().isPresent()) {
      out.append(" width=\"").append(image.width().getAsInt()).append('"');
    }
    if (image.height().isPresent()) {
      out.append(" height=\"").append(image.height().getAsInt()).append('"');
    }
    String srcset = Wording.srcset(image);
    if (srcset != null) {
      out.append(" srcset=\"");
      attribute(out, srcset);
      out.append('"');
    }
    out.append('>');
    Optional<String> credit = Wording.credit(image);
    if (image.caption().isPresent() || credit.isPresent()) {
      out.append("<figcaption>");
      if (image.caption().isPresent()) {
        text(out, image.caption().get());
      }
      if (credit.isPresent()) {
        out.append(" <small>");
        text(out, credit.get());
        out.append("</small>");
      }
      out.append("</figcaption>");
    }
    out.append("</figure>\n");
  }

  private static void inlines(StringBuilder out, List<Inline> content) {
    for (Inline inline : content) {
      if (inline instanceof Text) {
        text(out, ((Text) inline).value());
      } else if (inline instanceof Emphasis) {
        out.append("<em>");
        inlines(out, ((Emphasis) inline).content());
        out.append("</em>");
      } else if (inline instanceof Strong) {
        out.append("<strong>");
        inlines(out, ((Strong) inline).content());
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
        inlines(out, link.content());
        out.append("</a>");
      } else if (inline instanceof LanguageSpan) {
        LanguageSpan span = (LanguageSpan) inline;
        out.append("<span lang=\"");
        attribute(out, span.language().toLanguageTag());
        out.append("\">");
        inlines(out, span.content());
        out.append("</span>");
      } else if (inline instanceof LineBreak) {
        out.append("<br>");
      }
    }
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
