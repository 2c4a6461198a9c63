package dev.newsmodel.ninjs.internal;

import dev.newsmodel.core.Image;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.owasp.encoder.Encode;

/**
 * The two body renditions a ninjs export carries: {@code text/html} (semantic elements only, every text
 * through the OWASP encoder for its context) and {@code text/plain}; and the reading of a plain-text body.
 */
public final class BodyText {
  private BodyText() {}

  /**
   * Writes blocks as an HTML fragment, such as {@code <p>In late March, <em>at</em> …</p>}.
   *
   * @param blocks the body, not null
   * @return the HTML, not null
   */
  public static String html(List<Block> blocks) {
    StringBuilder out = new StringBuilder(1024);
    for (Block block : blocks) {
      if (out.length() > 0) {
        out.append('\n');
      }
      block(out, block);
    }
    return out.toString();
  }

  private static void block(StringBuilder out, Block block) {
    if (block instanceof Paragraph) {
      out.append("<p>");
      inlines(out, ((Paragraph) block).content());
      out.append("</p>");
    } else if (block instanceof Heading) {
      Heading h = (Heading) block;
      out.append("<h").append(h.level()).append('>');
      inlines(out, h.content());
      out.append("</h").append(h.level()).append('>');
    } else if (block instanceof Quote) {
      Quote q = (Quote) block;
      out.append("<blockquote");
      q.citeUrl().ifPresent(u -> attribute(out, "cite", u.toString()));
      q.language().ifPresent(l -> attribute(out, "lang", l.toLanguageTag()));
      out.append("><p>");
      inlines(out, q.content());
      out.append("</p>");
      q.attribution().ifPresent(a -> out.append("<footer><cite>").append(Encode.forHtmlContent(a))
          .append("</cite></footer>"));
      out.append("</blockquote>");
    } else if (block instanceof ListBlock) {
      ListBlock l = (ListBlock) block;
      String tag = l.ordered() ? "ol" : "ul";
      out.append('<').append(tag).append('>');
      for (ListItem item : l.items()) {
        out.append("<li>");
        inlines(out, item.content());
        out.append("</li>");
      }
      out.append("</").append(tag).append('>');
    } else {
      image(out, ((ImageBlock) block).image());
    }
  }

  private static void image(StringBuilder out, Image image) {
    out.append("<figure><img");
    attribute(out, "src", image.url().toString());
    attribute(out, "alt", image.alt().orElse(""));
    image.width().ifPresent(w -> attribute(out, "width", Integer.toString(w)));
    image.height().ifPresent(h -> attribute(out, "height", Integer.toString(h)));
    out.append('>');
    if (image.caption().isPresent()) {
      out.append("<figcaption>").append(Encode.forHtmlContent(image.caption().get())).append("</figcaption>");
    }
    out.append("</figure>");
  }

  private static void inlines(StringBuilder out, List<Inline> content) {
    for (Inline inline : content) {
      if (inline instanceof Text) {
        out.append(Encode.forHtmlContent(((Text) inline).value()));
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
        out.append("<a");
        attribute(out, "href", link.url().toString());
        link.title().ifPresent(t -> attribute(out, "title", t));
        out.append('>');
        inlines(out, link.content());
        out.append("</a>");
      } else if (inline instanceof LineBreak) {
        out.append("<br>");
      } else {
        LanguageSpan span = (LanguageSpan) inline;
        out.append("<span");
        attribute(out, "lang", span.language().toLanguageTag());
        out.append('>');
        inlines(out, span.content());
        out.append("</span>");
      }
    }
  }

  private static void attribute(StringBuilder out, String name, String value) {
    out.append(' ').append(name).append("=\"").append(Encode.forHtmlAttribute(value)).append('"');
  }

  /**
   * Writes blocks as plain text: blocks apart by an empty line, list items on their own lines, a quote's
   * attribution after a dash, an image by its caption if it has one.
   *
   * @param blocks the body, not null
   * @return the text, not null
   */
  public static String plain(List<Block> blocks) {
    List<String> parts = new ArrayList<>();
    for (Block block : blocks) {
      plainBlock(block).ifPresent(parts::add);
    }
    return String.join("\n\n", parts);
  }

  private static Optional<String> plainBlock(Block block) {
    StringBuilder out = new StringBuilder();
    if (block instanceof Paragraph) {
      plainInlines(out, ((Paragraph) block).content());
    } else if (block instanceof Heading) {
      plainInlines(out, ((Heading) block).content());
    } else if (block instanceof Quote) {
      Quote q = (Quote) block;
      plainInlines(out, q.content());
      q.attribution().ifPresent(a -> out.append("\n\u2014 ").append(a));
    } else if (block instanceof ListBlock) {
      ListBlock l = (ListBlock) block;
      for (int i = 0; i < l.items().size(); i++) {
        if (i > 0) {
          out.append('\n');
        }
        out.append(l.ordered() ? String.format(Locale.ROOT, "%d. ", i + 1) : "- ");
        plainInlines(out, l.items().get(i).content());
      }
    } else {
      Optional<String> caption = ((ImageBlock) block).image().caption();
      if (caption.isEmpty()) {
        return Optional.empty();
      }
      out.append(caption.get());
    }
    return Optional.of(out.toString());
  }

  private static void plainInlines(StringBuilder out, List<Inline> content) {
    for (Inline inline : content) {
      if (inline instanceof Text) {
        out.append(((Text) inline).value());
      } else if (inline instanceof Emphasis) {
        plainInlines(out, ((Emphasis) inline).content());
      } else if (inline instanceof Strong) {
        plainInlines(out, ((Strong) inline).content());
      } else if (inline instanceof Link) {
        plainInlines(out, ((Link) inline).content());
      } else if (inline instanceof LineBreak) {
        out.append('\n');
      } else {
        plainInlines(out, ((LanguageSpan) inline).content());
      }
    }
  }

  /**
   * Reads a plain-text body: each line that is not blank becomes a paragraph, its spaces kept as written.
   *
   * @param text the body text, not null
   * @return the paragraphs, possibly empty, not null
   */
  public static List<Block> readPlain(String text) {
    List<Block> out = new ArrayList<>();
    for (String line : text.split("\r\n|\r|\n|\u2028|\u2029")) {
      String trimmed = line.strip();
      if (!trimmed.isEmpty()) {
        out.add(Paragraph.of(trimmed));
      }
    }
    return out;
  }
}
