package dev.newsmodel.testing;

import dev.newsmodel.core.Article;
import dev.newsmodel.core.ArticleId;
import dev.newsmodel.core.Attribution;
import dev.newsmodel.core.CountryCode;
import dev.newsmodel.core.Disclaimer;
import dev.newsmodel.core.Image;
import dev.newsmodel.core.Organization;
import dev.newsmodel.core.Rfc9557;
import dev.newsmodel.core.SourceReference;
import dev.newsmodel.core.Teaser;
import dev.newsmodel.core.body.Paragraph;
import java.net.URI;
import java.util.Locale;

/**
 * The reference article: the Caucasian Knot page of 6 April 2021 in {@code shared/seed/}, built with the
 * public API only, every fact on the page in a typed field.
 *
 * <p>The captured page is text: it lost its hyperlinks and image. So the Russian original ("click
 * here") points to Caucasian Knot's Russian site, the publisher to its English site, and the
 * photograph's file stands under Wikimedia's upload host beside the Commons page the credit names;
 * its alternative text describes what the caption says. The captured latest-news column kept the
 * headline of one item only; the other items (times only) are not invented. The page states no
 * licence for the photograph and no byline, so none is recorded, and lint reports both.
 */
public final class ReferenceArticle {
  private ReferenceArticle() {}

  /** The Russian foreign-agent notice, exactly as printed on the page. */
  public static final String FOREIGN_AGENT_NOTICE =
      "НАСТОЯЩИЙ МАТЕРИАЛ (ИНФОРМАЦИЯ) ПРОИЗВЕДЕН И РАСПРОСТРАНЕН ИНОСТРАННЫМ АГЕНТОМ ООО “МЕМО”, "
          + "ЛИБО КАСАЕТСЯ ДЕЯТЕЛЬНОСТИ ИНОСТРАННОГО АГЕНТА ООО “МЕМО”.";

  /** The headline, exactly as printed. */
  public static final String HEADLINE =
      "Baku and Yerevan analysts dispute about use of \"Iskanders\" in Karabakh conflict";

  private static final Locale RUSSIAN = Locale.forLanguageTag("ru");

  /**
   * Returns the reference article.
   *
   * @return the article, not null
   */
  public static Article article() {
    return Article.builder()
        .id(ArticleId.of("caucasian-knot-iskander-2021-04-06"))
        .status(Article.Status.PUBLISHED)
        .language(Locale.ENGLISH)
        .genre(Article.Genre.NEWS)
        .headline(HEADLINE)
        .summary("While demining the city of Shusha, Azerbaijani sappers have found fragments of \"Iskander\" "
            + "missiles. Some experts assert that this type of missiles is exclusively among Russia's weapons. "
            + "The scandal around the \"Iskander\" missile complexes may seriously harm Moscow's image as a "
            + "mediator in the settlement of the Karabakh conflict, experts in Baku believe. Their colleagues "
            + "in Yerevan parry that Azerbaijan is using the \"Iskander\" issue for its political purposes.")
        .publisher(Organization.of("Caucasian Knot", URI.create("https://www.eng.kavkaz-uzel.eu/")))
        .published(Rfc9557.parse("2021-04-06T17:45:00+03:00[Europe/Moscow]"))
        .leadImage(Image.builder()
            .url(URI.create("https://upload.wikimedia.org/wikipedia/commons/iskander-yerevan.jpg"))
            .alt("An Iskander missile on its launcher vehicle in Yerevan")
            .caption("The \"Iskander\" missile in Yerevan.")
            .attribution(Attribution.builder()
                .creator("Jonj7490")
                .creditLine("Photo: Jonj7490")
                .sourceUrl(URI.create("https://commons.wikimedia.org/w/index.php?curid=58111154"))
                .build())
            .build())
        .addBody(
            Paragraph.of("In late March, at demining Shusha, fragments of two exploded missiles were found. It was "
                + "established that they belonged to \"Iskander\" missiles, the \"caliber.az\" reported."),
            Paragraph.of("In February, President Ilham Aliev stated that Azerbaijan did not fix the use of "
                + "\"Iskanders\" during the autumn aggravation of the Karabakh conflict. The Russian Ministry of "
                + "Defence (MoD) has also denied the use of \"Iskanders\"."),
            Paragraph.of("In the opinion of an Azeri military analyst, the \"Iskander\" missile could have been "
                + "struck on November 6-7, when Shusha came under the control of Azerbaijani troops. He believes "
                + "Moscow will not publicly admit to providing Armenia with \"Iskander-M\" complexes, which would "
                + "mean admitting a violation of international obligations."),
            Paragraph.of("Ilham Ismail, the head of the Centre for Security Studies, believes that Russia is "
                + "directly responsible for the strikes on Azerbaijan. He does not rule out that Moscow took this "
                + "step in order to save its historical ally from the final defeat."))
        .addSources(
            SourceReference.builder()
                .relation(SourceReference.Relation.TRANSLATION_OF)
                .outlet("Caucasian Knot")
                .language(RUSSIAN)
                .published(Rfc9557.parse("2021-04-06T02:24:00+03:00[Europe/Moscow]"))
                .url(URI.create("https://www.kavkaz-uzel.eu/"))
                .build(),
            SourceReference.builder()
                .relation(SourceReference.Relation.CITES)
                .outlet("caliber.az")
                .url(URI.create("https://caliber.az/"))
                .build())
        .addDisclaimers(Disclaimer.builder()
            .kind(Disclaimer.Kind.LEGAL)
            .text(FOREIGN_AGENT_NOTICE)
            .language(RUSSIAN)
            .jurisdiction(CountryCode.of("RU"))
            .placement(Disclaimer.Placement.BOTTOM)
            .verbatim(true)
            .build())
        .addRelated(Teaser.builder()
            .headline("Case of Zhuravel, who burned down Koran, evidences voluntary law interpreting")
            .published(Rfc9557.parse("2024-11-15T23:07:00+03:00[Europe/Moscow]"))
            .summary("The treason case of Nikita Zhuravel is being considered at the place where the alleged "
                + "crime was committed, although the case of burning the Koran was transferred from Volgograd to "
                + "Chechnya. The voluntary nature of Zhuravel's testimonies on treason remains in question, but "
                + "the closed nature of the trial does not allow his statements to be heard.")
            .build())
        .build();
  }
}
