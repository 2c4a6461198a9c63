package dev.newsmodel.html.internal;

import dev.newsmodel.core.Article;
import dev.newsmodel.core.Attribution;
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
import dev.newsmodel.core.body.Link;
import dev.newsmodel.core.body.ListBlock;
import dev.newsmodel.core.body.ListItem;
import dev.newsmodel.core.body.Paragraph;
import dev.newsmodel.core.body.Quote;
import dev.newsmodel.core.body.Strong;
import dev.newsmodel.core.body.Text;
import java.net.URI;
import java.util.List;
import java.util.Optional;

/**
 * How long an article's fragment will about be, in characters, for the capacity of the buffer
 * {@code renderFragment} writes into: the article's texts and URLs, which the fragment holds once
 * each, plus a share of markup and phrases per part. A buffer of about the output's length is neither
 * copied into a larger one while the article is written nor zeroed far beyond it, which on a short
 * article is a fair share of the work. Only a hint: the output is the same whatever it says, and text
 * that the encoder lengthens ({@code &} becomes {@code &amp;}) just grows the buffer once.
 */
public final class SizeHint {
  private SizeHint() {}

  /** The article's frame: article, header, body and footer, the times. */
  private static final int FRAME = 400;
  /** An element around one text, such as {@code <p class="nm-summary">...</p>}. */
  private static final int ELEMENT = 32;
  /** A part with its own phrase, elements and times, such as a source note or a teaser. */
  private static final int PART = 150;

  /**
   * Returns the expected length of an article's fragment, a little above it: within a tenth of it
   * for the reference article and the benchmarks' large one.
   *
   * @param article the article, not null
   * @return the length in characters, positive
   */
  public static int fragment(Article article) {
    long size = FRAME + article.headline().length() + ELEMENT;
    size += optional(article.kicker()) + optional(article.alternativeHeadline()) + optional(article.summary());
    for (Byline byline : article.bylines()) {
      size += PART + optional(byline.text()) + byline.contributors().size() * (long) PART;
    }
    if (article.dateline().isPresent()) {
      size += PART + article.dateline().get().place().length();
    }
    if (article.leadImage().isPresent()) {
      size += image(article.leadImage().get());
    }
    size += blocks(article.body());
    for (SourceReference source : article.sources()) {
      size += PART + source.outlet().length() + optional(source.title()) + url(source.url());
    }
    for (Correction correction : article.corrections()) {
      size += PART + correction.text().length();
    }
    for (Disclaimer disclaimer : article.disclaimers()) {
      size += PART + disclaimer.text().length();
    }
    if (article.rights().isPresent()) {
      size += PART;
    }
    for (Teaser teaser : article.related()) {
      size += PART + teaser.headline().length() + optional(teaser.summary()) + url(teaser.url());
      if (teaser.image().isPresent()) {
        size += image(teaser.image().get());
      }
    }
    // A little more, so that a slightly longer output still fits.
    size += size / 32;
    return (int) Math.min(size, Integer.MAX_VALUE - 8);
  }

  private static long image(Image image) {
    long size = PART + image.url().toString().length() + optional(image.alt()) + optional(image.caption());
    for (int i = 0; i < image.renditions().size(); i++) {
      size += ELEMENT + image.renditions().get(i).url().toString().length();
    }
    if (image.attribution().isPresent()) {
      Attribution attribution = image.attribution().get();
      size += PART + optional(attribution.creditLine()) + optional(attribution.creator())
          + optional(attribution.copyrightNotice()) + optional(attribution.copyrightHolder())
          + url(attribution.sourceUrl());
    }
    return size;
  }

  private static long blocks(List<Block> blocks) {
    long size = 0;
    for (Block block : blocks) {
      if (block instanceof Paragraph) {
        size += ELEMENT + inlines(((Paragraph) block).content());
      } else if (block instanceof Heading) {
        size += ELEMENT + inlines(((Heading) block).content());
      } else if (block instanceof Quote) {
        Quote quote = (Quote) block;
        size += PART + inlines(quote.content()) + optional(quote.attribution());
      } else if (block instanceof ListBlock) {
        size += ELEMENT;
        for (ListItem item : ((ListBlock) block).items()) {
          size += ELEMENT + inlines(item.content());
        }
      } else if (block instanceof ImageBlock) {
        size += image(((ImageBlock) block).image());
      } else {
        size += PART;
      }
    }
    return size;
  }

  private static long inlines(List<Inline> inlines) {
    long size = 0;
    for (Inline inline : inlines) {
      if (inline instanceof Text) {
        size += ((Text) inline).value().length();
      } else if (inline instanceof Emphasis) {
        size += ELEMENT / 2 + inlines(((Emphasis) inline).content());
      } else if (inline instanceof Strong) {
        size += ELEMENT / 2 + inlines(((Strong) inline).content());
      } else if (inline instanceof Link) {
        Link link = (Link) inline;
        size += ELEMENT + link.url().toString().length() + optional(link.title()) + inlines(link.content());
      } else if (inline instanceof LanguageSpan) {
        size += ELEMENT + inlines(((LanguageSpan) inline).content());
      } else {
        size += ELEMENT / 4;
      }
    }
    return size;
  }

  private static long optional(Optional<String> text) {
    return text.isPresent() ? ELEMENT + text.get().length() : 0;
  }

  private static long url(Optional<URI> url) {
    return url.isPresent() ? ELEMENT + url.get().toString().length() : 0;
  }
}
