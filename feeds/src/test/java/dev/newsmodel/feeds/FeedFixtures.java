package dev.newsmodel.feeds;

import dev.newsmodel.core.Article;
import dev.newsmodel.core.ArticleId;
import dev.newsmodel.core.Byline;
import dev.newsmodel.core.Contributor;
import dev.newsmodel.core.Image;
import dev.newsmodel.core.License;
import dev.newsmodel.core.Organization;
import dev.newsmodel.core.Rfc9557;
import dev.newsmodel.core.Rights;
import dev.newsmodel.core.Teaser;
import dev.newsmodel.core.body.Paragraph;
import dev.newsmodel.json.ArticleJson;
import dev.newsmodel.testing.FullArticle;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** The fixed set of feeds and entries the golden files and the ROME tests are written from. */
final class FeedFixtures {
  private FeedFixtures() {}

  static final URI HOME = URI.create("https://www.eng.kavkaz-uzel.eu/");

  /** The portal's feed: English, with an icon and the publisher as its author. */
  static Feed feed() {
    return Feed.builder()
        .title("Caucasian Knot — All news")
        .homePage(HOME)
        .feedUrl(URI.create("https://www.eng.kavkaz-uzel.eu/feed.xml"))
        .language(Locale.ENGLISH)
        .description("The latest news from the Caucasus, in English.")
        .icon(URI.create("https://www.eng.kavkaz-uzel.eu/icon.png"))
        .author(Organization.of("Caucasian Knot", HOME))
        .build();
  }

  /**
   * The reference article as users have it, examples/reference-article.json read through the JSON
   * module, at a canonical URL of the portal's (the captured page names none).
   */
  static Article reference() {
    Path file = Path.of("..", "examples", "reference-article.json");
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException(file.toAbsolutePath() + " is missing: the tests run in the feeds module of a "
          + "newsmodel checkout");
    }
    return ArticleJson.defaults().read(file)
        .withCanonicalUrl(URI.create("https://www.eng.kavkaz-uzel.eu/articles/iskander-2021-04-06/"));
  }

  /** An Arabic article (right to left) in Riyadh's zone, two authors and a photographer, with a licence. */
  static Article arabic() {
    return Article.builder()
        .id(ArticleId.of("riyadh-2024-03-10"))
        .status(Article.Status.PUBLISHED)
        .language(Locale.forLanguageTag("ar"))
        .canonicalUrl(URI.create("https://www.eng.kavkaz-uzel.eu/ar/articles/riyadh-2024-03-10/"))
        .headline("محادثات في الرياض حول ممر زنغزور")
        .summary("التقى وفدان في الرياض لمناقشة طرق النقل <بين> أذربيجان وأرمينيا & جيرانهما.")
        .section("القوقاز")
        .addKeywords("أذربيجان", "أرمينيا")
        .addBylines(Byline.of(
            Contributor.builder().name("ليلى حسن").role(Contributor.Role.AUTHOR)
                .url(URI.create("https://www.eng.kavkaz-uzel.eu/ar/people/layla-hassan")).build(),
            Contributor.of("Omar Nadir", Contributor.Role.CORRESPONDENT),
            Contributor.of("Sami Farouk", Contributor.Role.PHOTOGRAPHER)))
        .leadImage(Image.builder().url(URI.create("https://www.eng.kavkaz-uzel.eu/images/riyadh.png"))
            .alt("قاعة الاجتماعات").width(1200).height(800).build())
        .published(Rfc9557.parse("2024-03-10T09:15:30+03:00[Asia/Riyadh]"))
        .modified(Rfc9557.parse("2024-03-10T11:02:00.123456+03:00[Asia/Riyadh]"))
        .addBody(Paragraph.of("جرت المحادثات خلف أبواب مغلقة."))
        .rights(Rights.builder().copyrightNotice("© 2024 Caucasian Knot")
            .license(License.of("CC-BY-4.0", URI.create("https://creativecommons.org/licenses/by/4.0/"))).build())
        .build();
  }

  /** A teaser in Russian, as a news list gives it: no id of its own, no author. */
  static Teaser russianTeaser() {
    return Teaser.builder()
        .headline("В Шуше нашли обломки ракет")
        .url(URI.create("https://www.kavkaz-uzel.eu/articles/361924/"))
        .published(Rfc9557.parse("2021-04-06T02:24:00+03:00[Europe/Moscow]"))
        .summary("Сапёры нашли обломки двух ракет.")
        .language(Locale.forLanguageTag("ru"))
        .build();
  }

  /** The entries of the golden feeds, as given: newest first except the teaser, which is oldest and last. */
  static List<FeedEntry> entries() {
    return List.of(FeedEntry.of(arabic()), FeedEntry.of(FullArticle.article()), FeedEntry.of(reference()),
        FeedEntry.of(russianTeaser()));
  }
}
