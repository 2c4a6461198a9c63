package dev.newsmodel.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsmodel.core.Article;
import dev.newsmodel.core.ArticleId;
import dev.newsmodel.core.Disclaimer;
import dev.newsmodel.core.Rfc9557;
import dev.newsmodel.core.body.Paragraph;
import dev.newsmodel.feeds.FeedFormat;
import dev.newsmodel.testing.Golden;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The portal's pages for {@code examples/articles}, compared with golden files under {@code src/test/resources/golden}. */
class PagesGoldenTest {
  private static final Path GOLDEN = Path.of("src/test/resources/golden");
  private static Library library;
  private static Pages pages;

  @BeforeAll
  static void read() {
    List<String> log = new ArrayList<>();
    library = new ArticleDirectory(Fixtures.articles(),
        new Fixtures.MovableClock(Instant.parse("2026-12-01T00:00:00Z")), log::add).current();
    assertEquals(List.of(Fixtures.articles() + ": serving 9 articles"), log);
    pages = new Pages("Newsmodel Portal", URI.create("https://portal.example/"));
  }

  @Test
  void homePage() {
    Golden.assertMatches(GOLDEN.resolve("home.html"), pages.home(library));
  }

  @Test
  void referenceArticlePage() {
    Golden.assertMatches(GOLDEN.resolve("article-reference.html"),
        pages.article(library.article("caucasian-knot-iskander-2021-04-06").orElseThrow()));
  }

  @Test
  void rightToLeftArticlePage() {
    Golden.assertMatches(GOLDEN.resolve("article-rtl.html"),
        pages.article(library.article("tal-al-ward-library-reopens-2026-11-03").orElseThrow()));
  }

  @Test
  void archiveAndOneMonth() {
    Golden.assertMatches(GOLDEN.resolve("archive.html"), pages.archive(library));
    Golden.assertMatches(GOLDEN.resolve("archive-2026-08.html"), pages.month(library, YearMonth.of(2026, 8)).orElseThrow());
    assertTrue(pages.month(library, YearMonth.of(2026, 7)).isEmpty());
  }

  @Test
  void feedsOfTheExampleArticles() {
    List<String> log = new ArrayList<>();
    FeedDocuments feeds = new FeedDocuments(pages, log::add);
    for (FeedFormat format : FeedFormat.values()) {
      Golden.assertMatches(GOLDEN.resolve(FeedDocuments.path(format)), feeds.document(format, library).orElseThrow());
    }
    assertEquals(List.of(), log, "every format carries what the example articles hold");
  }

  @Test
  void notFoundPage() {
    Golden.assertMatches(GOLDEN.resolve("not-found.html"), pages.notFound());
  }

  @Test
  void archiveMonthsAreTheArticlesOwnLocalMonths() {
    // 2026-10-25T02:30+01:00[Europe/Berlin] is October in Berlin; 2026-08-08T09:00-05:00[America/Lima] is August.
    Article overlap = library.article("erlenbrunn-nachtbus-zeitumstellung-2026-10-25").orElseThrow();
    assertEquals(YearMonth.of(2026, 10), Library.month(overlap));
    assertEquals(List.of(YearMonth.of(2026, 11), YearMonth.of(2026, 10), YearMonth.of(2026, 9), YearMonth.of(2026, 8),
        YearMonth.of(2021, 4)), List.copyOf(library.byMonth().keySet()));
  }

  @Test
  void hostileTextNeverBecomesMarkupInTheLayout() {
    String hostile = "</title><script>alert(1)</script>\"><img src=x onerror=alert(2)>";
    Article article = Article.builder()
        .id(ArticleId.of("hostile"))
        .status(Article.Status.PUBLISHED)
        .language(Locale.ENGLISH)
        .headline(hostile)
        .summary(hostile)
        .published(Rfc9557.parse("2026-11-01T10:00:00+01:00[Europe/Berlin]"))
        .addBody(Paragraph.of(hostile))
        .addDisclaimers(Disclaimer.builder().kind(Disclaimer.Kind.EDITORS_NOTE).text(hostile).build())
        .build();
    Pages hostilePages = new Pages(hostile, URI.create("https://portal.example/"));
    Library one = Library.of(List.of(article));
    for (String page : List.of(hostilePages.home(one), hostilePages.article(article), hostilePages.archive(one),
        hostilePages.notFound())) {
      assertFalse(page.contains("<script>"), page);
      assertFalse(page.contains("<img"), page);
      assertFalse(page.contains("</title><"), page);
    }
    String page = hostilePages.article(article);
    assertEquals(1, page.split("<script", -1).length - 1, "only the JSON-LD data block");
    assertTrue(page.contains("<title>&lt;/title&gt;&lt;script&gt;alert(1)&lt;/script&gt;"));
  }

  @Test
  void emptyLibraryPagesSayThereIsNothingYet() {
    Library empty = Library.EMPTY;
    assertTrue(pages.home(empty).contains("<p>No articles are published yet.</p>"));
    assertTrue(pages.archive(empty).contains("<p>No articles are published yet.</p>"));
    assertFalse(pages.archive(empty).contains("nm-news-list"));
  }
}
