package dev.newsmodel.benchmarks;

import dev.newsmodel.core.Alternate;
import dev.newsmodel.core.Article;
import dev.newsmodel.core.ArticleId;
import dev.newsmodel.core.Attribution;
import dev.newsmodel.core.Byline;
import dev.newsmodel.core.Contributor;
import dev.newsmodel.core.Correction;
import dev.newsmodel.core.CountryCode;
import dev.newsmodel.core.Dateline;
import dev.newsmodel.core.Disclaimer;
import dev.newsmodel.core.GeoPoint;
import dev.newsmodel.core.Image;
import dev.newsmodel.core.ImageRendition;
import dev.newsmodel.core.License;
import dev.newsmodel.core.Organization;
import dev.newsmodel.core.Rfc9557;
import dev.newsmodel.core.Rights;
import dev.newsmodel.core.SourceReference;
import dev.newsmodel.core.Teaser;
import dev.newsmodel.core.body.Emphasis;
import dev.newsmodel.core.body.Heading;
import dev.newsmodel.core.body.ImageBlock;
import dev.newsmodel.core.body.LanguageSpan;
import dev.newsmodel.core.body.Link;
import dev.newsmodel.core.body.ListBlock;
import dev.newsmodel.core.body.ListItem;
import dev.newsmodel.core.body.Paragraph;
import dev.newsmodel.core.body.Quote;
import dev.newsmodel.core.body.Strong;
import dev.newsmodel.core.body.Text;
import java.net.URI;
import java.time.ZonedDateTime;
import java.util.Locale;

/**
 * A long article for the benchmarks, such as a feature with 40 paragraphs, 10 photographs and a column
 * of 20 related items, built with the public API from fixed text: every call returns an equal article.
 *
 * <p>It exercises what the reference article does not: bylines with several contributors, a dateline
 * with coordinates, headings, a quote, a list, emphasis, strong text, links, foreign-language spans,
 * licensed images with renditions, corrections and rights. The text carries characters that must be
 * escaped in HTML ({@code < > & " '}) and non-ASCII letters, as real copy does.
 */
public final class LargeArticle {
  private LargeArticle() {}

  /** How many paragraphs the body holds. */
  public static final int PARAGRAPHS = 40;

  /** How many image blocks the body holds (the lead image and teaser images come on top). */
  public static final int IMAGES = 10;

  /** How many related items (teasers) the article lists. */
  public static final int TEASERS = 20;

  private static final Locale RUSSIAN = Locale.forLanguageTag("ru");
  private static final ZonedDateTime PUBLISHED = Rfc9557.parse("2025-03-30T09:15:00+04:00[Asia/Baku]");

  private static final String[] SENTENCES = {
      "Sappers working on the outskirts of the town found fragments of two missiles in a field near the old road.",
      "Local officials said the clearance would take \"at least another year\", weather permitting.",
      "The ministry's statement, issued late on Friday, did not name the units involved.",
      "Residents who returned in the spring describe streets where every third house is <still> empty.",
      "Analysts in the capital & abroad disagree about what the find means for the talks.",
      "One of them, a former officer, said the debris was consistent with a short-range ballistic missile.",
      "Another pointed out that similar fragments had been shown to journalists in 2021 and were never examined.",
      "The mission's report, due in June, is expected to list every site where ordnance was recovered.",
      "Prices in the market have doubled since January, traders said, as supplies arrive only twice a week.",
      "Schools reopened in two districts; a third is waiting for its roof to be repaired before the autumn.",
  };

  private static final String[] PLACES = {
      "Shusha", "Fuzuli", "Aghdam", "Lachin", "Kalbajar", "Zangilan", "Jabrayil", "Gubadly", "Khojaly", "Khankendi",
  };

  /**
   * Returns the large article; equal on every call.
   *
   * @return the article, not null
   */
  public static Article article() {
    Article.Builder article = Article.builder()
        .id(ArticleId.of("benchmark-large-feature-2025-03-30"))
        .revision(3)
        .status(Article.Status.PUBLISHED)
        .language(Locale.ENGLISH)
        .canonicalUrl(URI.create("https://news.example.org/en/features/2025/03/30/after-the-war-the-clearance"))
        .addAlternates(Alternate.of(RUSSIAN,
            URI.create("https://news.example.org/ru/features/2025/03/30/after-the-war-the-clearance")))
        .headline("After the war, the clearance: a year with the sappers of Karabakh")
        .alternativeHeadline("A year with Karabakh's sappers")
        .kicker("Feature")
        .summary("Sappers have cleared a tenth of the land returned in 2020. Residents, officials and analysts "
            + "describe what was found, what is still buried and what the fragments of \"Iskander\" missiles "
            + "mean for the talks.")
        .section("Karabakh conflict")
        .addKeywords("Karabakh", "demining", "Azerbaijan", "Armenia", "Iskander")
        .genre(Article.Genre.FEATURE)
        .publisher(Organization.builder()
            .name("Example News")
            .url(URI.create("https://news.example.org/"))
            .logo(Image.builder()
                .url(URI.create("https://news.example.org/static/logo.png"))
                .alt("Example News")
                .width(600)
                .height(60)
                .build())
            .build())
        .addBylines(
            Byline.builder()
                .addContributors(
                    Contributor.builder()
                        .name("Leyla Mammadova")
                        .role(Contributor.Role.CORRESPONDENT)
                        .jobTitle("South Caucasus correspondent")
                        .affiliation("Example News")
                        .url(URI.create("https://news.example.org/authors/leyla-mammadova"))
                        .build(),
                    Contributor.of("Arman Petrosyan", Contributor.Role.AUTHOR))
                .build(),
            Byline.builder()
                .addContributors(Contributor.of("Oleg O'Neill", Contributor.Role.PHOTOGRAPHER))
                .text("Photographs by Oleg O'Neill")
                .build())
        .dateline(Dateline.builder()
            .place("SHUSHA")
            .country(CountryCode.of("AZ"))
            .coordinates(GeoPoint.of(39.7583, 46.7486))
            .time(Rfc9557.parse("2025-03-29T18:40:00+04:00[Asia/Baku]"))
            .build())
        .leadImage(image(0))
        .created(Rfc9557.parse("2025-03-28T10:00:00+04:00[Asia/Baku]"))
        .published(PUBLISHED)
        .modified(Rfc9557.parse("2025-03-31T12:30:00+04:00[Asia/Baku]"))
        .addSources(
            SourceReference.builder()
                .relation(SourceReference.Relation.CITES)
                .outlet("caliber.az")
                .title("Fragments of \"Iskander\" found in Shusha")
                .url(URI.create("https://caliber.az/"))
                .published(Rfc9557.parse("2025-03-25T11:00:00+04:00[Asia/Baku]"))
                .build(),
            SourceReference.builder()
                .relation(SourceReference.Relation.BASED_ON)
                .outlet("Mine Action Agency")
                .title("Quarterly clearance report, Q1 2025")
                .language(Locale.forLanguageTag("az"))
                .url(URI.create("https://anama.example.org/reports/2025-q1"))
                .build())
        .addDisclaimers(Disclaimer.builder()
            .kind(Disclaimer.Kind.EDITORS_NOTE)
            .text("Some names have been changed to protect the people who spoke to us.")
            .placement(Disclaimer.Placement.TOP)
            .build())
        .addCorrections(
            Correction.of(Rfc9557.parse("2025-03-30T14:00:00+04:00[Asia/Baku]"), Correction.Kind.CORRECTION,
                "An earlier version gave the wrong year for the first clearance survey."),
            Correction.of(Rfc9557.parse("2025-03-31T12:30:00+04:00[Asia/Baku]"), Correction.Kind.UPDATE,
                "Adds the ministry's response, received on Monday."))
        .rights(Rights.builder()
            .copyrightHolder("Example News Ltd")
            .copyrightNotice("© 2025 Example News Ltd. All rights reserved.")
            .build());
    int image = 1;
    for (int i = 0; i < PARAGRAPHS; i++) {
      if (i > 0 && i % 8 == 0) {
        article.addBody(Heading.of(2, "Part " + (i / 8 + 1) + ": " + PLACES[i / 8]));
      }
      article.addBody(paragraph(i));
      if (i == 12) {
        article.addBody(Quote.builder()
            .addContent(Text.of("We find something every day. Most of it is small; some of it is not."))
            .attribution("Rashad, a team leader")
            .build());
      }
      if (i == 25) {
        article.addBody(ListBlock.unordered(
            ListItem.of("Anti-personnel mines: 412"),
            ListItem.of("Anti-tank mines: 97"),
            ListItem.of(Text.of("Unexploded ordnance: "), Strong.of("2,315"))));
      }
      if (i % 4 == 3 && image <= IMAGES) {
        article.addBody(ImageBlock.of(image(image++)));
      }
    }
    for (int t = 0; t < TEASERS; t++) {
      article.addRelated(teaser(t));
    }
    return article.build();
  }

  private static Paragraph paragraph(int i) {
    String first = SENTENCES[i % SENTENCES.length];
    String second = SENTENCES[(i * 3 + 1) % SENTENCES.length];
    String third = SENTENCES[(i * 7 + 2) % SENTENCES.length];
    switch (i % 5) {
      case 0:
        return Paragraph.of(first + " " + second + " " + third);
      case 1:
        return Paragraph.of(Text.of(first + " "), Emphasis.of(second), Text.of(" " + third));
      case 2:
        return Paragraph.of(Text.of(first + " According to "),
            Link.of(URI.create("https://news.example.org/en/reports/" + i + "?from=feature&part=" + (i / 8)),
                "the agency's report"),
            Text.of(", " + second.toLowerCase(Locale.ROOT) + " " + third));
      case 3:
        return Paragraph.of(Text.of(first + " Locals call it "),
            LanguageSpan.of(RUSSIAN, "«Шуша́-ка́мень»"),
            Text.of(". " + second + " "), Strong.of(third));
      default:
        return Paragraph.of(Text.of(first + " " + second + " " + third + " 1 < 2 & 3 > 2."));
    }
  }

  private static Image image(int n) {
    String name = "clearance-" + n;
    String base = "https://images.example.org/2025/03/" + name;
    return Image.builder()
        .url(URI.create(base + "-1600.jpg"))
        .alt("Sappers at work near " + PLACES[n % PLACES.length] + ", photograph " + (n + 1))
        .caption("A clearance team near " + PLACES[n % PLACES.length] + " & the road to the \"old bridge\".")
        .width(1600)
        .height(900)
        .addRenditions(
            ImageRendition.of(URI.create(base + "-480.jpg"), 480),
            ImageRendition.of(URI.create(base + "-960.jpg"), 960),
            ImageRendition.of(URI.create(base + "-1600.jpg"), 1600))
        .attribution(Attribution.builder()
            .creator("Oleg O'Neill")
            .creditLine("Photo: Oleg O'Neill / Example News")
            .sourceUrl(URI.create("https://images.example.org/archive/" + name))
            .copyrightHolder("Example News Ltd")
            .license(License.builder()
                .spdxId("CC-BY-SA-4.0")
                .name("Creative Commons Attribution-ShareAlike 4.0")
                .url(URI.create("https://creativecommons.org/licenses/by-sa/4.0/"))
                .build())
            .build())
        .build();
  }

  private static Teaser teaser(int t) {
    Teaser.Builder teaser = Teaser.builder()
        .headline(SENTENCES[t % SENTENCES.length].replace(".", "") + " (" + PLACES[t % PLACES.length] + ")")
        .url(URI.create("https://news.example.org/en/news/2025/03/" + (1000 + t)))
        .published(PUBLISHED.minusHours(3L * t + 1));
    if (t % 2 == 0) {
      teaser.summary(SENTENCES[(t + 3) % SENTENCES.length] + " " + SENTENCES[(t + 5) % SENTENCES.length]);
    }
    if (t % 5 == 0) {
      teaser.image(Image.of(URI.create("https://images.example.org/2025/03/teaser-" + t + ".jpg"),
          "Teaser photograph " + (t + 1)));
    }
    return teaser.build();
  }
}
