package dev.newsmodel.html.internal;

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
import dev.newsmodel.html.Slot;
import java.io.IOException;
import java.util.List;

/**
 * An article's body: each {@link Block} and {@link Inline} as its element. Both are sealed in the
 * model; each dispatch names every kind and ends in an error, so a kind added to the model and not
 * to this class fails {@code BodyDispatchTest}, which renders one of every permitted kind, rather
 * than rendering as nothing.
 */
@SuppressWarnings("try")
public final class BodyRenderer {
  private BodyRenderer() {}

  /** The blocks in order, each followed by a line break; body headings start one below {@code level}. */
  static void blocks(Rendering r, List<Block> blocks, int level) throws IOException {
    for (Block block : blocks) {
      block(r, block, level);
    }
  }

  private static void block(Rendering r, Block block, int level) throws IOException {
    Markup out = r.out;
    if (block instanceof Paragraph) {
      out.open("p");
      inlines(r, ((Paragraph) block).content());
      out.close();
    } else if (block instanceof Heading) {
      Heading heading = (Heading) block;
      out.open(Rendering.heading(heading.level() + level - 1));
      inlines(r, heading.content());
      out.close();
    } else if (block instanceof Quote) {
      DefaultComponents.render(r, Slot.QUOTE, (Quote) block);
    } else if (block instanceof ListBlock) {
      ListBlock list = (ListBlock) block;
      out.open(list.ordered() ? "ol" : "ul").newline();
      for (ListItem item : list.items()) {
        out.open("li");
        inlines(r, item.content());
        out.close().newline();
      }
      out.close();
    } else if (block instanceof ImageBlock) {
      DefaultComponents.render(r, Slot.IMAGE, ((ImageBlock) block).image());
    } else {
      throw new IllegalStateException("HtmlRenderer has no rendering for the block kind " + block.getClass().getName());
    }
    out.newline();
  }

  /** Inline content in order. */
  static void inlines(Rendering r, List<Inline> inlines) throws IOException {
    for (Inline inline : inlines) {
      inline(r, inline);
    }
  }

  private static void inline(Rendering r, Inline inline) throws IOException {
    Markup out = r.out;
    if (inline instanceof Text) {
      out.modelText(((Text) inline).value());
    } else if (inline instanceof Emphasis) {
      out.open("em");
      inlines(r, ((Emphasis) inline).content());
      out.close();
    } else if (inline instanceof Strong) {
      out.open("strong");
      inlines(r, ((Strong) inline).content());
      out.close();
    } else if (inline instanceof Link) {
      Link link = (Link) inline;
      boolean anchor = !out.insideLink() && UrlPolicy.allowed(link.url(), true) != null;
      if (anchor) {
        out.open("a").url("href", link.url());
        if (link.title().isPresent()) {
          out.attribute("title", link.title().get());
        }
      }
      inlines(r, link.content());
      if (anchor) {
        out.close();
      }
    } else if (inline instanceof LineBreak) {
      out.open("br");
    } else if (inline instanceof LanguageSpan) {
      LanguageSpan span = (LanguageSpan) inline;
      out.open("span").language(span.language(), r.scope.current());
      try (LanguageScope.Entered spanLanguage = r.scope.enter(span.language())) {
        inlines(r, span.content());
      }
      out.close();
    } else {
      throw new IllegalStateException("HtmlRenderer has no rendering for the inline kind "
          + inline.getClass().getName());
    }
  }
}
