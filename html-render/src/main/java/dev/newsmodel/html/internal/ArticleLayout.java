package dev.newsmodel.html.internal;

import dev.newsmodel.core.Article;
import dev.newsmodel.core.Byline;
import dev.newsmodel.core.Correction;
import dev.newsmodel.core.Disclaimer;
import dev.newsmodel.core.Rights;
import dev.newsmodel.core.SourceReference;
import dev.newsmodel.core.Teaser;
import dev.newsmodel.html.Phrase;
import dev.newsmodel.html.Slot;
import java.io.IOException;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The three documents and the article's frame: a fragment is the {@code <article>}; a page wraps it in
 * {@code <html>} with {@link PageHead} and {@code <main>}; a news list is a {@code <section>} of teasers.
 * The article is its header (status, kicker, headline, summary, bylines, times, dateline), lead
 * image, top disclaimers, body ({@link BodyRenderer}), footer (source notes, cited sources,
 * corrections, bottom disclaimers, rights) and related items. The parts a portal can replace go
 * through {@link DefaultComponents#render}.
 */
@SuppressWarnings("try")
public final class ArticleLayout {
  private ArticleLayout() {}

  /**
   * Writes an article as a fragment.
   *
   * @param r the document, started with the article's language, not null
   * @param article the article, not null
   * @throws IOException if the output fails
   */
  public static void fragment(Rendering r, Article article) throws IOException {
    article(r, article);
    r.out.newline();
    r.out.finish();
  }

  /**
   * Writes an article as a complete page.
   *
   * @param r the document, started with the article's language, not null
   * @param article the article, not null
   * @throws IOException if the output fails
   */
  public static void page(Rendering r, Article article) throws IOException {
    Markup out = r.out;
    out.raw("<!DOCTYPE html>\n");
    out.open("html").language(article.language(), Locale.ROOT).newline();
    PageHead.write(r, article);
    out.open(r.names.start(Start.PAGE)).newline();
    out.open(r.names.start(Start.MAIN)).newline();
    article(r, article);
    out.newline().close().newline(); // main
    out.close().newline(); // body
    out.close().newline(); // html
    out.finish();
  }

  /**
   * Writes teasers as a news list.
   *
   * @param r the document, started with the phrases' language, not null
   * @param teasers the teasers, not null
   * @throws IOException if the output fails
   */
  public static void newsList(Rendering r, List<Teaser> teasers) throws IOException {
    Markup out = r.out;
    Locale language = r.scope.content();
    out.open(r.names.start(Start.NEWS_LIST)).language(language, Locale.ROOT).newline();
    int level = r.settings.headingLevel();
    out.open(r.names.heading(Start.NEWS_LIST_HEADING, level))
        .text(r.scope.plain(Phrase.NEWS_LIST_HEADING)).close().newline();
    teaserList(r, teasers, Math.min(6, level + 1));
    out.close().newline();
    out.finish();
  }

  private static void article(Rendering r, Article article) throws IOException {
    Markup out = r.out;
    // Always marked, so a fragment carries its language and direction into any page.
    out.open(r.names.start(Start.ARTICLE)).language(article.language(), Locale.ROOT).newline();
    int level = r.settings.headingLevel();
    header(r, article, level);
    if (article.leadImage().isPresent()) {
      DefaultComponents.render(r, Slot.LEAD_IMAGE, article.leadImage().get());
      out.newline();
    }
    disclaimers(r, article, Disclaimer.Placement.TOP);
    out.open(r.names.start(Start.BODY)).newline();
    BodyRenderer.blocks(r, article.body(), level);
    out.close().newline();
    footer(r, article, level);
    if (!article.related().isEmpty()) {
      out.open(r.names.start(Start.RELATED));
      r.scope.markComposed();
      out.newline();
      try (LanguageScope.Entered composed = r.scope.enterComposed()) {
        out.open(r.names.heading(Start.RELATED_HEADING, level + 1))
            .text(r.scope.plain(Phrase.RELATED_HEADING)).close().newline();
        teaserList(r, article.related(), Math.min(6, level + 2));
      }
      out.close().newline();
    }
    out.close();
  }

  private static void header(Rendering r, Article article, int level) throws IOException {
    Markup out = r.out;
    ClassNames names = r.names;
    LanguageScope scope = r.scope;
    out.open(names.start(Start.HEADER)).newline();
    if (article.status() != Article.Status.PUBLISHED) {
      out.open(names.start(Start.STATUS));
      scope.markComposed();
      out.text(scope.plain(article.status() == Article.Status.DRAFT ? Phrase.STATUS_DRAFT : Phrase.STATUS_WITHDRAWN))
          .close().newline();
    }
    if (article.kicker().isPresent()) {
      out.open(names.start(Start.KICKER)).text(article.kicker().get()).close().newline();
    }
    out.open(names.heading(Start.HEADLINE, level)).modelText(article.headline()).close()
        .newline();
    if (article.alternativeHeadline().isPresent()) {
      out.open(names.start(Start.ALTERNATIVE_HEADLINE)).text(article.alternativeHeadline().get())
          .close().newline();
    }
    if (article.summary().isPresent()) {
      out.open(names.start(Start.SUMMARY)).modelLines(article.summary().get()).close().newline();
    }
    for (Byline byline : article.bylines()) {
      DefaultComponents.render(r, Slot.BYLINE, byline);
      out.newline();
    }
    if (article.published().isPresent() || article.modified().isPresent()) {
      out.open(names.start(Start.TIMES));
      scope.markComposed();
      try (LanguageScope.Entered composed = scope.enterComposed()) {
        boolean space = false;
        if (article.published().isPresent()) {
          ZonedDateTime published = article.published().get();
          scope.phrase(Phrase.PUBLISHED, () -> TimeText.time(r, published, true, Start.PUBLISHED));
          space = true;
        }
        if (article.modified().isPresent() && !sameInstant(article.modified(), article.published())) {
          ZonedDateTime modified = article.modified().get();
          if (space) {
            out.text(" ");
          }
          out.open(names.start(Start.UPDATED));
          scope.phrase(Phrase.UPDATED, () -> TimeText.time(r, modified, true, Start.MODIFIED));
          out.close();
        }
      }
      out.close().newline();
    }
    if (article.dateline().isPresent()) {
      DefaultComponents.render(r, Slot.DATELINE, article.dateline().get());
      out.newline();
    }
    out.close().newline();
  }

  private static boolean sameInstant(Optional<ZonedDateTime> a, Optional<ZonedDateTime> b) {
    return a.isPresent() && b.isPresent() && a.get().toInstant().equals(b.get().toInstant());
  }

  private static void disclaimers(Rendering r, Article article, Disclaimer.Placement placement) throws IOException {
    for (Disclaimer disclaimer : article.disclaimers()) {
      if (disclaimer.placement() == placement) {
        DefaultComponents.render(r, Slot.DISCLAIMER, disclaimer);
        r.out.newline();
      }
    }
  }

  private static void footer(Rendering r, Article article, int level) throws IOException {
    List<SourceReference> notes = new ArrayList<>();
    List<SourceReference> cited = new ArrayList<>();
    for (SourceReference source : article.sources()) {
      (source.relation() == SourceReference.Relation.CITES ? cited : notes).add(source);
    }
    boolean bottomDisclaimers = false;
    for (Disclaimer disclaimer : article.disclaimers()) {
      bottomDisclaimers |= disclaimer.placement() == Disclaimer.Placement.BOTTOM;
    }
    if (notes.isEmpty() && cited.isEmpty() && article.corrections().isEmpty() && !bottomDisclaimers
        && article.rights().isEmpty()) {
      return;
    }
    Markup out = r.out;
    ClassNames names = r.names;
    LanguageScope scope = r.scope;
    out.open(names.start(Start.FOOTER)).newline();
    for (SourceReference note : notes) {
      DefaultComponents.render(r, Slot.SOURCE, note);
      out.newline();
    }
    if (!cited.isEmpty()) {
      out.open(names.start(Start.SOURCES));
      scope.markComposed();
      try (LanguageScope.Entered composed = scope.enterComposed()) {
        out.newline();
        out.open(names.heading(Start.SOURCES_HEADING, level + 1))
            .text(scope.plain(Phrase.SOURCES_HEADING)).close().newline();
        out.open(names.start(Start.SOURCES_LIST)).newline();
        for (SourceReference source : cited) {
          DefaultComponents.render(r, Slot.SOURCE, source);
          out.newline();
        }
        out.close().newline();
      }
      out.close().newline();
    }
    if (!article.corrections().isEmpty()) {
      out.open(names.start(Start.CORRECTIONS));
      scope.markComposed();
      try (LanguageScope.Entered composed = scope.enterComposed()) {
        out.newline();
        out.open(names.heading(Start.CORRECTIONS_HEADING, level + 1))
            .text(scope.plain(Phrase.CORRECTIONS_HEADING)).close().newline();
        out.open(names.start(Start.CORRECTIONS_LIST)).newline();
        for (Correction correction : article.corrections()) {
          DefaultComponents.render(r, Slot.CORRECTION, correction);
          out.newline();
        }
        out.close().newline();
      }
      out.close().newline();
    }
    disclaimers(r, article, Disclaimer.Placement.BOTTOM);
    if (article.rights().isPresent()) {
      rights(r, article.rights().get());
    }
    out.close().newline();
  }

  private static void rights(Rendering r, Rights rights) throws IOException {
    Markup out = r.out;
    out.open(r.names.start(Start.RIGHTS));
    List<LanguageScope.Fill> parts = new ArrayList<>();
    if (rights.copyrightNotice().isPresent()) {
      parts.add(() -> out.isolated(rights.copyrightNotice().get()));
    } else if (rights.copyrightHolder().isPresent()) {
      parts.add(() -> r.scope.phrase(Phrase.COPYRIGHT, () -> out.isolated(rights.copyrightHolder().get())));
    }
    if (rights.license().isPresent()) {
      parts.add(() -> DefaultComponents.license(r, rights.license().get()));
    }
    DefaultComponents.join(r, parts);
    out.close().newline();
  }

  /** A list of teasers whose headlines are headings of the given level. */
  static void teaserList(Rendering r, List<Teaser> teasers, int level) throws IOException {
    Markup out = r.out;
    out.open(r.names.start(Start.TEASERS)).newline();
    int outer = r.teaserLevel;
    r.teaserLevel = level;
    for (Teaser teaser : teasers) {
      DefaultComponents.render(r, Slot.TEASER, teaser);
      out.newline();
    }
    r.teaserLevel = outer;
    out.close().newline();
  }
}
