package dev.newsmodel.testing;

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
import dev.newsmodel.core.body.LineBreak;
import dev.newsmodel.core.body.Link;
import dev.newsmodel.core.body.ListBlock;
import dev.newsmodel.core.body.ListItem;
import dev.newsmodel.core.body.Paragraph;
import dev.newsmodel.core.body.Quote;
import dev.newsmodel.core.body.Strong;
import dev.newsmodel.core.body.Text;
import java.net.URI;
import java.util.Locale;

/** An article that sets every attribute of every type once, so that its document uses every property. */
public final class FullArticle {
  private FullArticle() {}

  /**
   * Returns the article.
   *
   * @return the article, not null
   */
  public static Article article() {
    Image photo = Image.builder()
        .url(URI.create("https://example.com/photo.jpg"))
        .alt("A launcher in a square")
        .caption("The launcher in Yerevan.")
        .width(1200)
        .height(800)
        .addRenditions(ImageRendition.of(URI.create("https://example.com/photo-600.jpg"), 600))
        .attribution(Attribution.builder()
            .creator("Jonj7490")
            .creditLine("Photo: Jonj7490")
            .sourceUrl(URI.create("https://commons.wikimedia.org/w/index.php?curid=58111154"))
            .copyrightHolder("Jonj7490")
            .copyrightNotice("© 2018 Jonj7490")
            .license(License.builder().spdxId("CC-BY-SA-4.0").name("Creative Commons Attribution-Share Alike 4.0")
                .url(URI.create("https://creativecommons.org/licenses/by-sa/4.0/")).build())
            .acquireLicenseUrl(URI.create("https://example.com/licensing"))
            .build())
        .build();
    Image logo = Image.builder().url(URI.create("https://example.com/logo.svg")).decorative(true).build();
    return Article.builder()
        .id(ArticleId.of("full-2021-04-06"))
        .revision(3)
        .status(Article.Status.PUBLISHED)
        .language(Locale.ENGLISH)
        .canonicalUrl(URI.create("https://example.com/en/full"))
        .addAlternates(Alternate.of(Locale.forLanguageTag("ru"), URI.create("https://example.com/ru/full")))
        .headline("Every field of the model")
        .alternativeHeadline("All of it")
        .kicker("Exclusive")
        .summary("A summary.\nOn two lines.")
        .section("Karabakh conflict")
        .addKeywords("Iskander", "Shusha")
        .genre(Article.Genre.ANALYSIS)
        .publisher(Organization.builder().name("Caucasian Knot").url(URI.create("https://www.eng.kavkaz-uzel.eu/"))
            .logo(logo).build())
        .addBylines(Byline.builder()
            .addContributors(Contributor.builder().name("Ilham Ismail").kind(Contributor.Kind.PERSON)
                .role(Contributor.Role.CORRESPONDENT).jobTitle("Baku correspondent").affiliation("Caucasian Knot")
                .url(URI.create("https://example.com/people/ii")).build())
            .text("By our correspondent")
            .build())
        .dateline(Dateline.builder().place("SHUSHA").country(CountryCode.of("AZ"))
            .coordinates(GeoPoint.of(39.7583, 46.7481))
            .time(Rfc9557.parse("2021-04-06T14:00:00+04:00[Asia/Baku]")).build())
        .leadImage(photo)
        .created(Rfc9557.parse("2021-04-06T10:00:00+03:00[Europe/Moscow]"))
        .published(Rfc9557.parse("2021-04-06T17:45:00+03:00[Europe/Moscow]"))
        .modified(Rfc9557.parse("2021-04-07T09:30:00.5+03:00[Europe/Moscow]"))
        .embargo(Rfc9557.parse("2021-04-06T15:00:00Z"))
        .addBody(
            Paragraph.of(Text.of("Plain, "), Emphasis.of("emphasis, "), Strong.of("strong, "),
                Link.builder().url(URI.create("mailto:editor@example.com")).title("Write to us")
                    .addContent(Text.of("a link")).build(),
                LineBreak.instance(),
                LanguageSpan.of(Locale.forLanguageTag("ru"), "по-русски")),
            Heading.of(2, "A heading"),
            Quote.builder().addContent(Text.of("A quotation.")).attribution("Ilham Ismail")
                .citeUrl(URI.create("https://example.com/source")).language(Locale.forLanguageTag("az")).build(),
            ListBlock.ordered(ListItem.of("First"), ListItem.of("Second")),
            ImageBlock.of(photo))
        .addSources(SourceReference.builder().relation(SourceReference.Relation.TRANSLATION_OF)
            .outlet("Caucasian Knot").url(URI.create("https://www.kavkaz-uzel.eu/")).title("Оригинал")
            .language(Locale.forLanguageTag("ru")).published(Rfc9557.parse("2021-04-06T02:24:00+03:00[Europe/Moscow]"))
            .build())
        .addDisclaimers(Disclaimer.builder().kind(Disclaimer.Kind.LEGAL).text("Уведомление.")
            .language(Locale.forLanguageTag("ru")).jurisdiction(CountryCode.of("RU")).legalBasis("Federal Law 121-FZ")
            .placement(Disclaimer.Placement.BOTTOM).verbatim(true).build())
        .addCorrections(Correction.of(Rfc9557.parse("2021-04-07T09:30:00+03:00[Europe/Moscow]"),
            Correction.Kind.CORRECTION, "An earlier version misspelt a name."))
        .addRelated(Teaser.builder().headline("Another story").url(URI.create("https://example.com/en/other"))
            .published(Rfc9557.parse("2021-04-05T12:00:00+03:00[Europe/Moscow]")).summary("Its summary.")
            .image(photo).language(Locale.ENGLISH).build())
        .rights(Rights.builder().copyrightHolder("Caucasian Knot").copyrightNotice("© 2021 Caucasian Knot")
            .license(License.builder().name("All rights reserved").build()).build())
        .build();
  }
}
