package dev.newsmodel.ninjs;

import dev.newsmodel.core.body.Block;
import dev.newsmodel.core.body.Emphasis;
import dev.newsmodel.core.body.Heading;
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
import dev.newsmodel.ninjs.internal.BodyText;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A body as a reader sees it, the yardstick of the body's round trip through HTML: white space collapsed
 * as a browser collapses it (in a link's title and a quotation's attribution too, where jsoup's text
 * also drops the invisible U+200B and U+00AD, and dashes before an attribution are its typography), and a span in the language already around it read as plain text (HTML says
 * nothing more by it), a link inside a link as its text (HTML cannot nest links; the export reports
 * each as lost). Two bodies a browser shows alike give the same string.
 */
final class BrowserNormal {
  private BrowserNormal() {}

  static String of(List<Block> body) {
    List<Block> blocks = new ArrayList<>();
    for (Block b : body) {
      blocks.add(block(b));
    }
    return BodyText.html(blocks).replaceAll("[ \t\n\f\r]+", " ").replaceAll(" ?(<[^>]*>) ?", "$1");
  }

  private static Block block(Block b) {
    if (b instanceof Paragraph) {
      return Paragraph.of(inlines(((Paragraph) b).content(), null));
    }
    if (b instanceof Heading) {
      return Heading.of(((Heading) b).level(), inlines(((Heading) b).content(), null));
    }
    if (b instanceof Quote) {
      Quote q = (Quote) b;
      Optional<String> attribution = q.attribution().map(a -> {
        String t = a.replaceAll("[\u200B\u00AD]", "").replaceAll("[ \t\n\f\r]+", " ").strip();
        while (!t.isEmpty() && "\u2014\u2015\u2013-".indexOf(t.charAt(0)) >= 0) {
          t = t.substring(1).strip();
        }
        return t;
      }).filter(t -> !t.isEmpty());
      return q.withContent(inlines(q.content(), q.language().orElse(null))).withAttribution(attribution);
    }
    if (b instanceof ListBlock) {
      ListBlock l = (ListBlock) b;
      List<ListItem> items = new ArrayList<>();
      for (ListItem item : l.items()) {
        items.add(ListItem.of(inlines(item.content(), null).toArray(new Inline[0])));
      }
      return ListBlock.of(l.ordered(), items);
    }
    return b;
  }

  /** Counts the links inside links, which the export reports as lost. */
  static int nestedLinks(List<Block> body) {
    int n = 0;
    for (Block b : body) {
      List<Inline> content = b instanceof Paragraph ? ((Paragraph) b).content()
          : b instanceof Heading ? ((Heading) b).content()
          : b instanceof Quote ? ((Quote) b).content() : List.of();
      n += nested(content, false);
      if (b instanceof ListBlock) {
        for (ListItem item : ((ListBlock) b).items()) {
          n += nested(item.content(), false);
        }
      }
    }
    return n;
  }

  private static int nested(List<Inline> content, boolean inLink) {
    int n = 0;
    for (Inline i : content) {
      if (i instanceof Link) {
        n += (inLink ? 1 : 0) + nested(((Link) i).content(), true);
      } else if (i instanceof Emphasis) {
        n += nested(((Emphasis) i).content(), inLink);
      } else if (i instanceof Strong) {
        n += nested(((Strong) i).content(), inLink);
      } else if (i instanceof LanguageSpan) {
        n += nested(((LanguageSpan) i).content(), inLink);
      }
    }
    return n;
  }

  private static List<Inline> inlines(List<Inline> content, @Nullable Locale around) {
    return inlines(content, around, false);
  }

  private static List<Inline> inlines(List<Inline> content, @Nullable Locale around, boolean inLink) {
    List<Inline> out = new ArrayList<>();
    for (Inline i : content) {
      if (i instanceof LanguageSpan && Objects.equals(((LanguageSpan) i).language(), around)) {
        out.addAll(inlines(((LanguageSpan) i).content(), around, inLink));
      } else if (i instanceof LanguageSpan) {
        LanguageSpan s = (LanguageSpan) i;
        out.add(LanguageSpan.of(s.language(), inlines(s.content(), s.language(), inLink).toArray(new Inline[0])));
      } else if (i instanceof Emphasis) {
        out.add(Emphasis.of(inlines(((Emphasis) i).content(), around, inLink).toArray(new Inline[0])));
      } else if (i instanceof Strong) {
        out.add(Strong.of(inlines(((Strong) i).content(), around, inLink).toArray(new Inline[0])));
      } else if (i instanceof Link && inLink) {
        out.addAll(inlines(((Link) i).content(), around, true));
      } else if (i instanceof Link) {
        Link l = (Link) i;
        Optional<String> title = l.title().map(t -> t.replaceAll("[ \t\n\f\r]+", " ").strip())
            .filter(t -> !t.isEmpty());
        out.add(l.withContent(inlines(l.content(), around, true)).withTitle(title));
      } else if (i instanceof Text || i instanceof LineBreak) {
        out.add(i);
      }
    }
    return out;
  }
}
