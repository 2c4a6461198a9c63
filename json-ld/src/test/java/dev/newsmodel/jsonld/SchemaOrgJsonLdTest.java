package dev.newsmodel.jsonld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.newsmodel.core.Article;
import dev.newsmodel.core.ArticleId;
import dev.newsmodel.core.Attribution;
import dev.newsmodel.core.Byline;
import dev.newsmodel.core.Contributor;
import dev.newsmodel.core.Correction;
import dev.newsmodel.core.CountryCode;
import dev.newsmodel.core.Dateline;
import dev.newsmodel.core.GeoPoint;
import dev.newsmodel.core.Image;
import dev.newsmodel.core.License;
import dev.newsmodel.core.Rfc9557;
import dev.newsmodel.core.Rights;
import dev.newsmodel.core.SourceReference;
import dev.newsmodel.core.body.Paragraph;
import dev.newsmodel.testing.FullArticle;
import dev.newsmodel.testing.Golden;
import dev.newsmodel.testing.ModelGenerators;
import dev.newsmodel.testing.ReferenceArticle;
import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class SchemaOrgJsonLdTest {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  @Test
  void writesTheReferenceArticleAsInTheGoldenFile() {
    Golden.assertMatches(Path.of("src/test/resources/dev/newsmodel/jsonld/reference-article.jsonld"),
        SchemaOrgJsonLd.newsArticle(ReferenceArticle.article()) + "\n");
  }

  @Test
  void writesTheFullArticleAsInTheGoldenFile() {
    Golden.assertMatches(Path.of("src/test/resources/dev/newsmodel/jsonld/full-article.jsonld"),
        SchemaOrgJsonLd.newsArticle(FullArticle.article()) + "\n");
  }

  @Test
  void escapesEverythingThatCouldCloseTheScriptElement() {
    Article article = minimal()
        .headline("</script><script>alert(1)</script> & <!-- 'Ümlaut' \"q\"")
        .summary("a\u2028b\u2029c")
        .build();
    String jsonLd = SchemaOrgJsonLd.newsArticle(article);
    assertTrue(jsonLd.contains(
        "\"headline\":\"\\u003C/script\\u003E\\u003Cscript\\u003Ealert(1)\\u003C/script\\u003E \\u0026 "
            + "\\u003C!-- 'Ümlaut' \\\"q\\\"\""), jsonLd);
    assertTrue(jsonLd.contains("\"description\":\"a\\u2028b\\u2029c\""), jsonLd);
    assertEquals(article.headline(), MAPPER.readTree(jsonLd).get("headline").asString());
    assertEquals(article.summary().get(), MAPPER.readTree(jsonLd).get("description").asString());
  }

  @Test
  void mapsEveryPartOfAFullArticle() {
    Article article = minimal()
        .headline("Full")
        .canonicalUrl(URI.create("https://example.com/a"))
        .modified(Rfc9557.parse("2021-04-07T09:00:00+03:00[Europe/Moscow]"))
        .addBylines(Byline.of(
            Contributor.builder().name("Ilham Ismail").role(Contributor.Role.CORRESPONDENT)
                .jobTitle("Baku correspondent").affiliation("Caucasian Knot")
                .url(URI.create("https://example.com/ii")).build(),
            Contributor.of("Anna Translator", Contributor.Role.TRANSLATOR),
            Contributor.builder().name("AP").kind(Contributor.Kind.ORGANIZATION)
                .role(Contributor.Role.PHOTOGRAPHER).build()))
        .leadImage(Image.builder().url(URI.create("https://example.com/i.jpg")).alt("A launcher")
            .width(1200).height(800)
            .attribution(Attribution.builder().copyrightHolder("AP").copyrightNotice("© 2021 AP")
                .license(License.builder().spdxId("CC-BY-4.0").build())
                .acquireLicenseUrl(URI.create("https://example.com/buy")).build())
            .build())
        .dateline(Dateline.builder().place("SHUSHA").country(CountryCode.of("AZ"))
            .coordinates(GeoPoint.of(39.76, 46.75))
            .time(Rfc9557.parse("2021-04-06T01:30:00+04:00[Asia/Baku]")).build())
        .addSources(SourceReference.builder().relation(SourceReference.Relation.SYNDICATED_FROM).outlet("AP")
            .title("Original").build())
        .addCorrections(Correction.of(Rfc9557.parse("2021-04-08T10:00:00Z"), Correction.Kind.CORRECTION,
            "An earlier version misspelt a name."))
        .rights(Rights.builder().copyrightHolder("Caucasian Knot")
            .license(License.of("CC-BY-4.0", URI.create("https://creativecommons.org/licenses/by/4.0/"))).build())
        .build();
    JsonNode n = MAPPER.readTree(SchemaOrgJsonLd.newsArticle(article));
    assertEquals("https://example.com/a", n.get("mainEntityOfPage").asString());
    assertEquals("2021-04-07T09:00:00+03:00", n.get("dateModified").asString());
    assertEquals("Baku correspondent", n.at("/author/0/jobTitle").asString());
    assertEquals("Caucasian Knot", n.at("/author/0/affiliation/name").asString());
    assertEquals("Anna Translator", n.at("/translator/0/name").asString());
    assertEquals("Organization", n.at("/contributor/0/@type").asString());
    assertEquals(1200, n.at("/image/width").asInt());
    assertEquals("https://spdx.org/licenses/CC-BY-4.0.html", n.at("/image/license").asString());
    assertEquals("AP", n.at("/image/copyrightHolder/name").asString());
    assertEquals("SHUSHA, 2021-04-06", n.get("dateline").asString());
    assertEquals("AZ", n.at("/contentLocation/address/addressCountry").asString());
    assertEquals(46.75, n.at("/contentLocation/geo/longitude").asDouble());
    assertEquals("Original", n.at("/isBasedOn/0/name").asString());
    assertEquals("2021-04-08T10:00:00Z", n.at("/correction/0/datePublished").asString());
    assertEquals("https://creativecommons.org/licenses/by/4.0/", n.get("license").asString());
  }

  @Test
  void hostileArticlesGiveParseableJsonWithoutRawMarkupCharacters() {
    qt().withFixedSeed(20260406L).withExamples(200)
        .forAll(ModelGenerators.hostile().articles())
        .checkAssert(article -> {
          String jsonLd = SchemaOrgJsonLd.newsArticle(article);
          for (char c : new char[] {'<', '>', '&', '\u2028', '\u2029'}) {
            assertFalse(jsonLd.indexOf(c) >= 0, () -> "raw '" + c + "' in " + jsonLd);
          }
          JsonNode node = MAPPER.readTree(jsonLd);
          assertEquals(article.headline(), node.get("headline").asString());
          assertEquals(jsonLd, SchemaOrgJsonLd.newsArticle(article));
        });
  }

  private static Article.Builder minimal() {
    return Article.builder()
        .id(ArticleId.of("a-1"))
        .status(Article.Status.PUBLISHED)
        .language(Locale.ENGLISH)
        .published(Rfc9557.parse("2021-04-06T17:45:00+03:00[Europe/Moscow]"))
        .addBody(Paragraph.of("Body."));
  }

  @Test
  void theExportNamesWhatJsonLdDoesNotHold() {
    Article reference = ReferenceArticle.article();
    dev.newsmodel.core.convert.Conversion<String> export = SchemaOrgJsonLd.export(reference);
    assertEquals(SchemaOrgJsonLd.newsArticle(reference), export.orElseThrow());
    java.util.List<String> paths = export.problems().stream()
        .peek(p -> assertEquals(dev.newsmodel.core.convert.ConversionCode.EXPORT_LOST, p.code()))
        .map(dev.newsmodel.core.convert.ConversionProblem::location).collect(java.util.stream.Collectors.toList());
    assertTrue(paths.containsAll(java.util.List.of("article.body", "article.related", "article.disclaimers[0]")),
        paths.toString());
    Article fewer = reference.withRelated(java.util.List.of()).withDisclaimers(java.util.List.of());
    assertEquals(java.util.List.of("article.body"), SchemaOrgJsonLd.export(fewer).problems().stream()
        .map(dev.newsmodel.core.convert.ConversionProblem::location).collect(java.util.stream.Collectors.toList()));
  }
}
