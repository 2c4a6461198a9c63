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
import dev.newsmodel.core.convert.ConversionCode;
import dev.newsmodel.core.convert.ConversionProblem;
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
    return html(blocks, new ArrayList<>());
  }

  /**
   * Writes blocks as an HTML fragment, reporting what HTML cannot hold: a link inside a link (HTML
   * forbids nesting them; a browser would close the outer one) is written as its content alone.
   *
   * @param blocks the body, not null
   * @param lost receives an {@code export.lost} warning for each inner link, not null
   * @return the HTML, not null
   */
  public static String html(List<Block> blocks, List<ConversionProblem> lost) {
    StringBuilder out = new StringBuilder(1024);
    for (int i = 0; i < blocks.size(); i++) {
      if (out.length() > 0) {
        out.append('\n');
      }
      new Writer(out, lost, "article.body[" + i + "]").block(blocks.get(i));
    }
    return out.toString();
  }

  /** Writes one block; knows whether it is inside a link. */
  private static final class Writer {
    private final StringBuilder out;
    private final List<ConversionProblem> lost;
    private final String path;
    private int linkDepth;

    Writer(StringBuilder out, List<ConversionProblem> lost, String path) {
      this.out = out;
      this.lost = lost;
      this.path = path;
    }

    private void block(Block block) {
      if (block instanceof Paragraph) {
        out.append("<p>");
        inlines(((Paragraph) block).content());
        out.append("</p>");
      } else if (block instanceof Heading) {
        Heading h = (Heading) block;
        out.append("<h").append(h.level()).append('>');
        inlines(h.content());
        out.append("</h").append(h.level()).append('>');
      } else if (block instanceof Quote) {
        // A quotation with its attribution is the figure HTML's own guidance names: the blockquote, then
        // the attribution in its figcaption.
        Quote q = (Quote) block;
        if (q.attribution().isPresent()) {
          out.append("<figure>");
        }
        out.append("<blockquote");
        q.citeUrl().ifPresent(u -> attribute("cite", u.toString()));
        q.language().ifPresent(l -> attribute("lang", l.toLanguageTag()));
        out.append('>');
        inlines(q.content());
        out.append("</blockquote>");
        if (q.attribution().isPresent()) {
          out.append("<figcaption>").append(Encode.forHtmlContent(q.attribution().get()))
              .append("</figcaption></figure>");
        }
      } else if (block instanceof ListBlock) {
        ListBlock l = (ListBlock) block;
        String tag = l.ordered() ? "ol" : "ul";
        out.append('<').append(tag).append('>');
        for (ListItem item : l.items()) {
          out.append("<li>");
          inlines(item.content());
          out.append("</li>");
        }
        out.append("</").append(tag).append('>');
      } else {
        image(((ImageBlock) block).image());
      }
    }

    private void image(Image image) {
      out.append("<figure><img");
      attribute("src", image.url().toString());
      attribute("alt", image.alt().orElse(""));
      image.width().ifPresent(w -> attribute("width", Integer.toString(w)));
      image.height().ifPresent(h -> attribute("height", Integer.toString(h)));
      out.append('>');
      if (image.caption().isPresent()) {
        out.append("<figcaption>").append(Encode.forHtmlContent(image.caption().get())).append("</figcaption>");
      }
      out.append("</figure>");
    }

    private void inlines(List<Inline> content) {
      for (Inline inline : content) {
        if (inline instanceof Text) {
          out.append(Encode.forHtmlContent(((Text) inline).value()));
        } else if (inline instanceof Emphasis) {
          out.append("<em>");
          inlines(((Emphasis) inline).content());
          out.append("</em>");
        } else if (inline instanceof Strong) {
          out.append("<strong>");
          inlines(((Strong) inline).content());
          out.append("</strong>");
        } else if (inline instanceof Link && linkDepth > 0) {
          Link link = (Link) inline;
          lost.add(ConversionProblem.warning(ConversionCode.EXPORT_LOST, path, "a link to '" + link.url()
              + "' inside another link: HTML cannot nest links, so its text is written without its URL"));
          inlines(link.content());
        } else if (inline instanceof Link) {
          Link link = (Link) inline;
          linkDepth++;
          out.append("<a");
          attribute("href", link.url().toString());
          link.title().ifPresent(t -> attribute("title", t));
          out.append('>');
          inlines(link.content());
          out.append("</a>");
          linkDepth--;
        } else if (inline instanceof LineBreak) {
          out.append("<br>");
        } else {
          LanguageSpan span = (LanguageSpan) inline;
          out.append("<span");
          attribute("lang", span.language().toLanguageTag());
          out.append('>');
          inlines(span.content());
          out.append("</span>");
        }
      }
    }

    private void attribute(String name, String value) {
      out.append(' ').append(name).append("=\"").append(Encode.forHtmlAttribute(value)).append('"');
    }
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
