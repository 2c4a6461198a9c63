package dev.newsmodel.htmlimport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import dev.newsmodel.core.Article;
import dev.newsmodel.core.ArticleId;
import dev.newsmodel.core.Image;
import dev.newsmodel.core.ImageRendition;
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
import dev.newsmodel.core.convert.ConversionCode;
import dev.newsmodel.html.HtmlRenderer;
import dev.newsmodel.testing.ModelGenerators;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * Generated bodies rendered by html-render and imported back give the same blocks, up to what HTML
 * cannot say: see the README's table (whitespace collapses, a span or quote language equal to the
 * language around it is not written, a link inside a link is written as its text, and an image's
 * attribution becomes caption text, so the generated images here carry none).
 */
class HtmlImportPropertiesTest {
  private static final ModelGenerators STANDARD = ModelGenerators.standard();
  private static final Locale ARTICLE_LANGUAGE = Locale.ENGLISH;

  private static Gen<List<Block>> bodies() {
    Gen<Block> block = STANDARD.blocks().map(HtmlImportPropertiesTest::withoutAttribution);
    return in -> {
      List<Block> body = new ArrayList<>();
      int n = 1 + (int) in.next(org.quicktheories.impl.Constraint.between(0, 6));
      for (int i = 0; i < n; i++) {
        body.add(block.generate(in));
      }
      return body;
    };
  }

  private static Block withoutAttribution(Block block) {
    if (block instanceof ImageBlock) {
      Image image = ((ImageBlock) block).image();
      Image.Builder b = Image.builder().url(image.url()).decorative(image.decorative())
          .addAllRenditions(image.renditions());
      image.alt().ifPresent(b::alt);
      image.caption().ifPresent(b::caption);
      if (image.width().isPresent() && image.height().isPresent()) {
        b.width(image.width().getAsInt()).height(image.height().getAsInt());
      }
      return ImageBlock.of(b.build());
    }
    return block;
  }

  @Test
  void renderedBodiesImportBackToTheSameBlocks() {
    qt().withFixedSeed(20210406L).withExamples(300).forAll(bodies()).checkAssert(body -> {
      Article article = Article.builder().id(ArticleId.of("round-trip")).status(Article.Status.DRAFT)
          .language(ARTICLE_LANGUAGE).headline("Round trip").addAllBody(body).build();
      String page = HtmlRenderer.defaults().renderFragment(article);
      org.jsoup.nodes.Document doc = Jsoup.parseBodyFragment(page);
      doc.outputSettings().prettyPrint(false);
      Element div = doc.selectFirst("div.nm-body");
      var imported = HtmlImport.defaults().withLanguage(ARTICLE_LANGUAGE).blocks(div.html());
      assertEquals(expected(body), imported.orElseThrow(), div.html());
      imported.problems().forEach(p -> {
        if (p.code() != ConversionCode.HTML_UNSUPPORTED_ATTRIBUTE) {
          throw new AssertionError("unexpected " + p + " in " + div.html());
        }
      });
    });
  }

  // What the blocks become once written as HTML and read back.

  private static List<Block> expected(List<Block> body) {
    List<Block> out = new ArrayList<>();
    for (Block block : body) {
      out.add(expected(block));
    }
    return out;
  }

  private static Block expected(Block block) {
    if (block instanceof Paragraph) {
      return Paragraph.of(inlines(((Paragraph) block).content(), ARTICLE_LANGUAGE, false));
    } else if (block instanceof Heading) {
      Heading h = (Heading) block;
      return Heading.of(h.level(), inlines(h.content(), ARTICLE_LANGUAGE, false));
    } else if (block instanceof Quote) {
      Quote q = (Quote) block;
      Locale lang = q.language().orElse(ARTICLE_LANGUAGE);
      Quote.Builder b = Quote.builder().addAllContent(inlines(q.content(), lang, false));
      q.attribution().ifPresent(b::attribution);
      q.citeUrl().ifPresent(b::citeUrl);
      if (!same(lang, ARTICLE_LANGUAGE)) {
        b.language(lang);
      }
      return b.build();
    } else if (block instanceof ListBlock) {
      ListBlock l = (ListBlock) block;
      List<ListItem> items = new ArrayList<>();
      for (ListItem item : l.items()) {
        items.add(ListItem.of(inlines(item.content(), ARTICLE_LANGUAGE, false).toArray(new Inline[0])));
      }
      return ListBlock.of(l.ordered(), items);
    } else {
      Image image = ((ImageBlock) block).image();
      // The renderer writes one srcset candidate per width, smallest first.
      Map<Integer, ImageRendition> byWidth = new TreeMap<>();
      for (ImageRendition r : image.renditions()) {
        byWidth.putIfAbsent(r.width(), r);
      }
      Image.Builder b = Image.builder().url(image.url()).decorative(image.decorative())
          .addAllRenditions(byWidth.values());
      image.alt().ifPresent(b::alt);
      image.caption().ifPresent(b::caption);
      if (image.width().isPresent()) {
        b.width(image.width().getAsInt()).height(image.height().getAsInt());
      }
      return ImageBlock.of(b.build());
    }
  }

  private static List<Inline> inlines(List<Inline> content, Locale context, boolean insideLink) {
    List<Inline> out = new ArrayList<>();
    for (Inline inline : content) {
      if (inline instanceof Text) {
        add(out, Text.of(((Text) inline).value().replace('\n', ' ')));
      } else if (inline instanceof Emphasis) {
        out.add(Emphasis.of(inlines(((Emphasis) inline).content(), context, insideLink).toArray(new Inline[0])));
      } else if (inline instanceof Strong) {
        out.add(Strong.of(inlines(((Strong) inline).content(), context, insideLink).toArray(new Inline[0])));
      } else if (inline instanceof Link) {
        Link link = (Link) inline;
        List<Inline> inner = inlines(link.content(), context, true);
        if (insideLink) {
          inner.forEach(i -> add(out, i));
        } else {
          Link.Builder b = Link.builder().url(link.url()).addAllContent(inner);
          link.title().ifPresent(b::title);
          out.add(b.build());
        }
      } else if (inline instanceof LanguageSpan) {
        LanguageSpan span = (LanguageSpan) inline;
        List<Inline> inner = inlines(span.content(), span.language(), insideLink);
        if (same(span.language(), context)) {
          inner.forEach(i -> add(out, i));
        } else {
          out.add(LanguageSpan.of(span.language(), inner.toArray(new Inline[0])));
        }
      } else if (inline instanceof LineBreak) {
        out.add(inline);
      }
    }
    return out;
  }

  private static void add(List<Inline> out, Inline inline) {
    if (inline instanceof Text && !out.isEmpty() && out.get(out.size() - 1) instanceof Text) {
      Text last = (Text) out.remove(out.size() - 1);
      out.add(Text.of(last.value() + ((Text) inline).value()));
    } else {
      out.add(inline);
    }
  }

  private static boolean same(Locale a, Locale b) {
    return a.toLanguageTag().equalsIgnoreCase(b.toLanguageTag());
  }
}
