package dev.newsmodel.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.rometools.rome.feed.module.DCModule;
import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndEnclosure;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import dev.newsmodel.core.Article;
import dev.newsmodel.core.Contributor;
import dev.newsmodel.core.Teaser;
import dev.newsmodel.html.HtmlRenderer;
import dev.newsmodel.testing.ModelGenerators;
import java.io.StringReader;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.owasp.encoder.Encode;
import org.quicktheories.core.Gen;

/**
 * ROME, the feed library Java users know, reads our RSS and Atom back to the same entries: ids, links,
 * headlines, summaries, times (the same instants), authors with their URLs (Atom), categories and the
 * lead image, over the fixed entries and over generated articles, ordinary and hostile.
 */
class RomeRoundTripTest {
  private static final FeedWriter WRITER = FeedWriter.defaults().withContent(HtmlRenderer.defaults());

  @Test
  void romeReadsTheFixedRssFeedBack() throws FeedException {
    assertEntries(FeedFormat.RSS, FeedFixtures.entries());
  }

  @Test
  void romeReadsTheFixedAtomFeedBack() throws FeedException {
    assertEntries(FeedFormat.ATOM, FeedFixtures.entries());
  }

  static Stream<Arguments> cases() {
    List<Arguments> cases = new ArrayList<>();
    for (FeedFormat format : List.of(FeedFormat.RSS, FeedFormat.ATOM)) {
      cases.add(Arguments.of(format, "standard", ModelGenerators.standard()));
      cases.add(Arguments.of(format, "hostile", ModelGenerators.hostile()));
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("cases")
  void romeReadsGeneratedArticlesBack(FeedFormat format, String name, ModelGenerators generators) {
    qt().withFixedSeed(20210406L).withExamples(150)
        .forAll(entries(generators))
        .checkAssert(entries -> {
          try {
            assertEntries(format, entries);
          } catch (FeedException e) {
            throw new AssertionError(e);
          }
        });
  }

  /**
   * One to four published articles, each given a canonical URL when it has none, and a teaser with a
   * URL now and then: drafts, withdrawn articles and teasers without URL are drawn and passed over, as
   * no feed holds them.
   */
  static Gen<List<FeedEntry>> entries(ModelGenerators generators) {
    Gen<Article> articles = generators.articles();
    Gen<Teaser> teasers = generators.teasers();
    return in -> {
      List<FeedEntry> list = new ArrayList<>();
      int n = 1 + (int) in.next(org.quicktheories.impl.Constraint.between(0, 3));
      for (int tries = 0; list.size() < n && tries < 40; tries++) {
        Article a = articles.generate(in);
        if (a.status() == Article.Status.PUBLISHED) {
          list.add(FeedEntry.of(a.canonicalUrl().isPresent() ? a
              : a.withCanonicalUrl(URI.create("https://example.com/" + a.id()))));
        }
      }
      Teaser t = teasers.generate(in);
      if (t.url().isPresent()) {
        list.add(FeedEntry.of(t));
      }
      return list;
    };
  }

  private static void assertEntries(FeedFormat format, List<FeedEntry> entries) throws FeedException {
    String xml = WRITER.write(format, FeedFixtures.feed(), entries).orElseThrow();
    SyndFeed feed = new SyndFeedInput().build(new StringReader(xml));
    assertEquals(FeedFixtures.feed().title(), feed.getTitle(), xml);
    assertEquals(entries.size(), feed.getEntries().size(), xml);
    for (int i = 0; i < entries.size(); i++) {
      assertEntry(format, entries.get(i), feed.getEntries().get(i), xml);
    }
  }

  private static void assertEntry(FeedFormat format, FeedEntry entry, SyndEntry read, String xml) {
    Teaser teaser = entry.teaser();
    Optional<Article> article = entry.article();
    String where = format + " entry " + teaser.headline() + "\n" + xml;
    assertEquals(expectedId(entry), read.getUri(), where);
    assertEquals(teaser.url().orElseThrow().toString(), read.getLink(), where);
    assertEquals(teaser.headline(), read.getTitle(), where);
    if (format == FeedFormat.RSS) {
      // RSS readers take a description as HTML: the summary arrives HTML-encoded.
      assertEquals(teaser.summary().map(Encode::forHtmlContent).orElse(null),
          read.getDescription() == null ? null : read.getDescription().getValue(), where);
      // RFC 822 carries whole seconds.
      assertEquals(teaser.published().toInstant().truncatedTo(ChronoUnit.SECONDS), instant(read.getPublishedDate()),
          where);
    } else {
      assertEquals(teaser.summary().orElse(null),
          read.getDescription() == null ? null : read.getDescription().getValue(), where);
      assertEquals(millis(teaser.published()), instant(read.getPublishedDate()), where);
      ZonedDateTime updated = article.flatMap(Article::modified).orElse(teaser.published());
      assertEquals(millis(updated), instant(read.getUpdatedDate()), where);
    }
    // RSS names authors with Dublin Core's dc:creator, which ROME keeps in its DC module.
    List<String> names = format == FeedFormat.RSS
        ? ((DCModule) read.getModule(DCModule.URI)).getCreators()
        : read.getAuthors().stream().map(SyndPerson::getName).collect(Collectors.toList());
    assertEquals(authors(article).stream().map(Contributor::name).collect(Collectors.toList()), names, where);
    if (format == FeedFormat.ATOM) {
      assertEquals(authors(article).stream().map(c -> c.url().map(URI::toString).orElse(null))
          .collect(Collectors.toList()),
          read.getAuthors().stream().map(SyndPerson::getUri).collect(Collectors.toList()), where);
    }
    assertEquals(categories(article), read.getCategories().stream().map(SyndCategory::getName)
        .collect(Collectors.toList()), where);
    Optional<String> image = teaser.image().map(i -> i.url().toString());
    List<String> enclosures = read.getEnclosures().stream().map(SyndEnclosure::getUrl).collect(Collectors.toList());
    if (image.isPresent() && (format == FeedFormat.ATOM || hasKnownType(image.get()))) {
      assertEquals(List.of(image.get()), enclosures, where);
    } else {
      assertTrue(enclosures.isEmpty(), where);
    }
  }

  private static boolean hasKnownType(String url) {
    String path = URI.create(url).getPath().toLowerCase(Locale.ROOT);
    return Stream.of(".jpg", ".jpeg", ".png", ".gif", ".webp", ".avif", ".svg").anyMatch(path::endsWith);
  }

  static String expectedId(FeedEntry entry) {
    if (entry.article().isEmpty()) {
      return entry.teaser().url().orElseThrow().toString();
    }
    Article a = entry.article().get();
    String date = a.published().orElseThrow().withZoneSameInstant(ZoneOffset.UTC).toLocalDate().toString();
    return "tag:" + a.canonicalUrl().orElseThrow().getHost() + "," + date + ":" + a.id().value();
  }

  static List<Contributor> authors(Optional<Article> article) {
    return article.map(a -> a.bylines().stream().flatMap(b -> b.contributors().stream())
        .filter(c -> c.role() == Contributor.Role.AUTHOR || c.role() == Contributor.Role.CORRESPONDENT)
        .collect(Collectors.toList())).orElse(List.of());
  }

  private static List<String> categories(Optional<Article> article) {
    if (article.isEmpty()) {
      return List.of();
    }
    LinkedHashSet<String> set = new LinkedHashSet<>();
    article.get().section().ifPresent(set::add);
    set.addAll(article.get().keywords());
    return List.copyOf(set);
  }

  private static Instant millis(ZonedDateTime time) {
    return time.toInstant().truncatedTo(ChronoUnit.MILLIS);
  }

  private static Instant instant(java.util.Date date) {
    return date == null ? null : date.toInstant();
  }
}
