package dev.newsmodel.examples;

import dev.newsmodel.core.Article;
import dev.newsmodel.core.ArticleId;
import dev.newsmodel.core.Attribution;
import dev.newsmodel.core.CountryCode;
import dev.newsmodel.core.Disclaimer;
import dev.newsmodel.core.Image;
import dev.newsmodel.core.Rfc9557;
import dev.newsmodel.core.SourceReference;
import dev.newsmodel.core.body.Paragraph;
import dev.newsmodel.core.lint.Linter;
import java.net.URI;
import java.util.Locale;

/** Recipe: build the reference article with the public API and lint it. */
public final class BuildArticle {
  private BuildArticle() {}

  /**
   * Builds the article and prints its lint findings.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    Article article = Article.builder()
        .id(ArticleId.of("caucasian-knot-iskander-2021-04-06"))
        .status(Article.Status.PUBLISHED)
        .language(Locale.ENGLISH)
        .headline("Baku and Yerevan analysts dispute about use of \"Iskanders\" in Karabakh conflict")
        .published(Rfc9557.parse("2021-04-06T17:45:00+03:00[Europe/Moscow]"))
        .leadImage(Image.builder()
            .url(URI.create("https://upload.wikimedia.org/wikipedia/commons/iskander-yerevan.jpg"))
            .alt("An Iskander missile on its launcher vehicle in Yerevan")
            .caption("The \"Iskander\" missile in Yerevan.")
            .attribution(Attribution.builder().creator("Jonj7490").creditLine("Photo: Jonj7490")
                .sourceUrl(URI.create("https://commons.wikimedia.org/w/index.php?curid=58111154")).build())
            .build())
        .addBody(Paragraph.of("In late March, at demining Shusha, fragments of two exploded missiles were found."))
        .addSources(SourceReference.builder().relation(SourceReference.Relation.TRANSLATION_OF)
            .outlet("Caucasian Knot").language(Locale.forLanguageTag("ru"))
            .published(Rfc9557.parse("2021-04-06T02:24:00+03:00[Europe/Moscow]"))
            .url(URI.create("https://www.kavkaz-uzel.eu/")).build())
        .addDisclaimers(Disclaimer.builder().kind(Disclaimer.Kind.LEGAL).verbatim(true)
            .text("НАСТОЯЩИЙ МАТЕРИАЛ (ИНФОРМАЦИЯ) ПРОИЗВЕДЕН И РАСПРОСТРАНЕН ИНОСТРАННЫМ АГЕНТОМ ...")
            .language(Locale.forLanguageTag("ru")).jurisdiction(CountryCode.of("RU"))
            .placement(Disclaimer.Placement.BOTTOM).build())
        .build();

    System.out.println(article.headline() + " — " + Rfc9557.format(article.published().orElseThrow()));
    Linter.defaults().lint(article).forEach(System.out::println);
  }
}
