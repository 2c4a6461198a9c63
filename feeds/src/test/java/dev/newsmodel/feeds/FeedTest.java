package dev.newsmodel.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsmodel.core.Article;
import dev.newsmodel.core.InvalidValueException;
import dev.newsmodel.core.MissingValueException;
import dev.newsmodel.core.Rfc9557;
import dev.newsmodel.core.Teaser;
import dev.newsmodel.core.convert.Conversion;
import dev.newsmodel.core.convert.ConversionCode;
import dev.newsmodel.core.convert.ConversionProblem;
import dev.newsmodel.testing.ReferenceArticle;
import java.net.URI;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Feed descriptions and entries: the bad ones are refused with the attribute and the rule; order is kept. */
class FeedTest {
  private static Feed.Builder valid() {
    return Feed.builder().title("News").homePage(URI.create("https://example.com/"))
        .feedUrl(URI.create("https://example.com/feed.xml")).language(Locale.ENGLISH);
  }

  static Stream<Arguments> badFeeds() {
    return Stream.of(
        Arguments.of("no title", (UnaryOperator<Feed.Builder>) b -> Feed.builder().homePage(URI.create("https://example.com/"))
            .feedUrl(URI.create("https://example.com/feed.xml")).language(Locale.ENGLISH),
            "feed.title: is required"),
        Arguments.of("nothing", (UnaryOperator<Feed.Builder>) b -> Feed.builder(),
            "feed.title: is required (also missing: feed.homePage, feed.feedUrl, feed.language)"),
        Arguments.of("blank title", (UnaryOperator<Feed.Builder>) b -> b.title("  "),
            "feed.title: must not be blank, but was '  '"),
        Arguments.of("title on two lines", (UnaryOperator<Feed.Builder>) b -> b.title("News\nand more"),
            "feed.title: must be one line, without line breaks, but was 'News\nand more'"),
        Arguments.of("control character in the title", (UnaryOperator<Feed.Builder>) b -> b.title("News\u0007"),
            "feed.title: must not contain the control character U+0007 at index 4, but was 'News\u0007'"),
        Arguments.of("relative home page", (UnaryOperator<Feed.Builder>) b -> b.homePage(URI.create("/news")),
            "feed.homePage: must be an absolute http or https URL, not a relative one, but was '/news'"),
        Arguments.of("relative feed URL", (UnaryOperator<Feed.Builder>) b -> b.feedUrl(URI.create("feed.xml")),
            "feed.feedUrl: must be an absolute http or https URL, not a relative one, but was 'feed.xml'"),
        Arguments.of("javascript: icon", (UnaryOperator<Feed.Builder>) b -> b.icon(URI.create("javascript:alert(1)")),
            "feed.icon: must be an absolute http or https URL; the scheme 'javascript' is not allowed, but was "
                + "'javascript:alert(1)'"),
        Arguments.of("ftp home page", (UnaryOperator<Feed.Builder>) b -> b.homePage(URI.create("ftp://example.com/")),
            "feed.homePage: must be an absolute http or https URL; the scheme 'ftp' is not allowed, but was "
                + "'ftp://example.com/'"),
        Arguments.of("no language", (UnaryOperator<Feed.Builder>) b -> b.language(Locale.ROOT),
            "feed.language: must be a BCP 47 language tag with a language, such as 'en', but was 'und'"),
        Arguments.of("blank description", (UnaryOperator<Feed.Builder>) b -> b.description(""),
            "feed.description: must not be blank, but was ''"),
        Arguments.of("time out of range", (UnaryOperator<Feed.Builder>) b -> b.updated(ZonedDateTime.parse("+10000-01-01T00:00Z")),
            "feed.updated: must be from 0001-01-02 to 9999-12-30 (UTC), so that in every offset its year has the "
                + "four digits RFC 3339 and HTML write, but was '+10000-01-01T00:00Z'"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badFeeds")
  void refusesABadFeedNamingTheAttribute(String name, UnaryOperator<Feed.Builder> change, String message) {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> change.apply(valid()).build());
    assertEquals(message, e.getMessage());
    assertTrue(e.path().startsWith("feed."), e.path());
  }

  @Test
  void aMissingAttributeIsAMissingValue() {
    assertThrows(MissingValueException.class, () -> Feed.builder().build());
  }

  @Test
  void aFeedUrlCanBeChangedForAnotherFormat() {
    Feed rss = valid().description("d").build();
    Feed atom = rss.withFeedUrl(URI.create("https://example.com/atom.xml"));
    assertEquals(URI.create("https://example.com/atom.xml"), atom.feedUrl());
    assertEquals(rss, atom.withFeedUrl(rss.feedUrl()));
    assertFalse(rss.equals(atom));
  }

  @Test
  void refusesADraftNamingTheArticle() {
    Article draft = Article.builder().id(dev.newsmodel.core.ArticleId.of("draft-1")).status(Article.Status.DRAFT)
        .language(Locale.ENGLISH).headline("Not yet").build();
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> FeedEntry.of(draft));
    assertEquals("article.status: must be PUBLISHED for the article 'draft-1' to be a feed entry, but was 'DRAFT'",
        e.getMessage());
  }

  @Test
  void refusesAnArticleWithoutCanonicalUrlWithItsIndex() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> FeedEntry.ofArticles(List.of(FeedFixtures.arabic(), ReferenceArticle.article())));
    assertEquals("articles[1].canonicalUrl", e.path());
    assertEquals("is required for the article 'caucasian-knot-iskander-2021-04-06' to be a feed entry, which links "
        + "to it", e.rule());
  }

  @Test
  void refusesATeaserWithoutUrl() {
    Teaser teaser = Teaser.builder().headline("Somewhere").published(Rfc9557.parse("2021-04-06T02:24:00+03:00")).build();
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> FeedEntry.ofTeasers(List.of(teaser)));
    assertEquals("teasers[0].url", e.path());
  }

  @Test
  void atomNeedsAnAuthorForEveryEntry() {
    Feed noAuthor = valid().build();
    Conversion<String> atom = FeedWriter.defaults().atom(noAuthor, List.of(FeedEntry.of(FeedFixtures.arabic()),
        FeedEntry.of(FeedFixtures.russianTeaser())));
    assertFalse(atom.succeeded());
    ConversionProblem error = atom.problems().get(atom.problems().size() - 1);
    assertEquals(ConversionProblem.Severity.ERROR, error.severity());
    assertEquals(ConversionCode.INPUT_MISSING, error.code());
    assertEquals("entries[1].bylines", error.location());
    // RSS and JSON Feed need none.
    assertTrue(FeedWriter.defaults().rss(noAuthor, List.of(FeedEntry.of(FeedFixtures.russianTeaser()))).succeeded());
    assertTrue(FeedWriter.defaults().jsonFeed(noAuthor, List.of(FeedEntry.of(FeedFixtures.russianTeaser()))).succeeded());
  }

  @Test
  void anEmptyAtomFeedNeedsAnUpdatedTime() {
    Conversion<String> empty = FeedWriter.defaults().atom(FeedFixtures.feed(), List.of());
    assertEquals(List.of(ConversionProblem.error(ConversionCode.INPUT_MISSING, "feed.updated", "An Atom feed needs an "
        + "updated time (RFC 4287 §4.1.1): the feed has no entries to take it from; give it one (Feed.updated)")),
        empty.problems());
    Feed dated = Feed.builder().title("News").homePage(URI.create("https://example.com/"))
        .feedUrl(URI.create("https://example.com/atom.xml")).language(Locale.ENGLISH)
        .updated(Rfc9557.parse("2021-04-06T17:45:00+03:00[Europe/Moscow]")).build();
    String atom = FeedWriter.defaults().atom(dated, List.of()).orElseThrow();
    assertTrue(atom.contains("<updated>2021-04-06T17:45:00+03:00</updated>"), atom);
  }

  @ParameterizedTest
  @EnumSource(FeedFormat.class)
  void entriesAreWrittenInTheOrderGiven(FeedFormat format) {
    // Oldest first on purpose: the writer does not sort.
    List<FeedEntry> entries = List.of(FeedEntry.of(FeedFixtures.russianTeaser()), FeedEntry.of(FeedFixtures.arabic()));
    String text = FeedWriter.defaults().write(format, FeedFixtures.feed(), entries).orElseThrow();
    int teaser = text.indexOf("https://www.kavkaz-uzel.eu/articles/361924/");
    int arabic = text.indexOf("riyadh-2024-03-10");
    assertTrue(teaser >= 0 && arabic > teaser, text);
    List<FeedEntry> reversed = List.of(entries.get(1), entries.get(0));
    String other = FeedWriter.defaults().write(format, FeedFixtures.feed(), reversed).orElseThrow();
    assertTrue(other.indexOf("riyadh-2024-03-10") < other.indexOf("https://www.kavkaz-uzel.eu/articles/361924/"));
  }

  @Test
  void mediaTypes() {
    assertEquals("application/rss+xml", FeedFormat.RSS.mediaType());
    assertEquals("application/atom+xml", FeedFormat.ATOM.mediaType());
    assertEquals("application/feed+json", FeedFormat.JSON_FEED.mediaType());
  }
}
