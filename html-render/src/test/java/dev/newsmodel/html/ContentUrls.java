package dev.newsmodel.html;

import dev.newsmodel.core.Alternate;
import dev.newsmodel.core.Article;
import dev.newsmodel.core.Attribution;
import dev.newsmodel.core.Byline;
import dev.newsmodel.core.Contributor;
import dev.newsmodel.core.Image;
import dev.newsmodel.core.ImageRendition;
import dev.newsmodel.core.License;
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
import java.net.URI;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What an article's content asks for, counted by walking the model: every URL it holds, and how many
 * images, emphases, quotations and line breaks it has. The safety property compares rendered HTML
 * with these.
 */
final class ContentUrls {
  final Set<String> urls = new HashSet<>();
  int images;
  int emphases;
  int strongs;
  int quotes;
  int lineBreaks;

  static ContentUrls of(Article article) {
    ContentUrls c = new ContentUrls();
    article.canonicalUrl().ifPresent(c::url);
    for (Alternate alternate : article.alternates()) {
      c.url(alternate.url());
    }
    article.publisher().ifPresent(p -> {
      p.url().ifPresent(c::url);
      p.logo().ifPresent(logo -> c.image(logo, false));
    });
    for (Byline byline : article.bylines()) {
      for (Contributor contributor : byline.contributors()) {
        contributor.url().ifPresent(c::url);
      }
    }
    article.leadImage().ifPresent(image -> c.image(image, true));
    for (Block block : article.body()) {
      c.block(block);
    }
    for (SourceReference source : article.sources()) {
      source.url().ifPresent(c::url);
    }
    c.related(article.related());
    article.rights().flatMap(r -> r.license()).ifPresent(c::license);
    return c;
  }

  static ContentUrls of(List<Teaser> teasers) {
    ContentUrls c = new ContentUrls();
    c.related(teasers);
    return c;
  }

  private void related(List<Teaser> teasers) {
    for (Teaser teaser : teasers) {
      teaser.url().ifPresent(this::url);
      teaser.image().ifPresent(image -> image(image, true));
    }
  }

  private void url(URI url) {
    urls.add(url.toASCIIString());
  }

  private void image(Image image, boolean shown) {
    if (shown) {
      images++;
    }
    url(image.url());
    for (ImageRendition rendition : image.renditions()) {
      url(rendition.url());
    }
    Optional<Attribution> attribution = image.attribution();
    if (attribution.isPresent()) {
      attribution.get().sourceUrl().ifPresent(this::url);
      attribution.get().acquireLicenseUrl().ifPresent(this::url);
      attribution.get().license().ifPresent(this::license);
    }
  }

  private void license(License license) {
    license.url().ifPresent(this::url);
  }

  private void block(Block block) {
    if (block instanceof Paragraph) {
      inlines(((Paragraph) block).content());
    } else if (block instanceof Heading) {
      inlines(((Heading) block).content());
    } else if (block instanceof Quote) {
      Quote quote = (Quote) block;
      quotes++;
      quote.citeUrl().ifPresent(this::url);
      inlines(quote.content());
    } else if (block instanceof ListBlock) {
      for (ListItem item : ((ListBlock) block).items()) {
        inlines(item.content());
      }
    } else if (block instanceof ImageBlock) {
      image(((ImageBlock) block).image(), true);
    }
  }

  private void inlines(List<Inline> inlines) {
    for (Inline inline : inlines) {
      if (inline instanceof Emphasis) {
        emphases++;
        inlines(((Emphasis) inline).content());
      } else if (inline instanceof Strong) {
        strongs++;
        inlines(((Strong) inline).content());
      } else if (inline instanceof Link) {
        url(((Link) inline).url());
        inlines(((Link) inline).content());
      } else if (inline instanceof LanguageSpan) {
        inlines(((LanguageSpan) inline).content());
      } else if (inline instanceof LineBreak) {
        lineBreaks++;
      }
    }
  }
}
