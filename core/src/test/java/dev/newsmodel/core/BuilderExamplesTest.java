package dev.newsmodel.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The builder examples in the javadoc of each model type, copied here word for word so that they
 * keep compiling and building valid values; change both together.
 */
class BuilderExamplesTest {

  @Test
  void byline() {
    Byline byline = Byline.builder()
        .addContributors(Contributor.of("Ilham Ismail", Contributor.Role.CORRESPONDENT))
        .text("By Ilham Ismail, Caucasian Knot correspondent")
        .build();
    assertEquals("By Ilham Ismail, Caucasian Knot correspondent", byline.text().orElseThrow());
    assertEquals("Ilham Ismail", byline.contributors().get(0).name());
  }

  @Test
  void contributor() {
    Contributor reporter = Contributor.builder()
        .name("Ilham Ismail")
        .role(Contributor.Role.CORRESPONDENT)     // default: AUTHOR
        .kind(Contributor.Kind.PERSON)            // default: PERSON
        .jobTitle("Correspondent in Baku")
        .affiliation("Caucasian Knot")
        .url(URI.create("https://www.eng.kavkaz-uzel.eu/authors/ilham-ismail"))
        .build();
    assertEquals(Contributor.Role.CORRESPONDENT, reporter.role());
    assertEquals("Caucasian Knot", reporter.affiliation().orElseThrow());
  }

  @Test
  void dateline() {
    Dateline dateline = Dateline.builder()
        .place("SHUSHA")
        .country(CountryCode.of("AZ"))
        .coordinates(GeoPoint.of(39.7579, 46.7489))
        .time(Rfc9557.parse("2021-04-06T18:45:00+04:00[Asia/Baku]"))   // a region zone, not "+04:00"
        .build();
    assertEquals("Asia/Baku", dateline.time().getZone().getId());
    assertEquals("SHUSHA", dateline.place());
  }

  @Test
  void correction() {
    Correction correction = Correction.builder()
        .date(Rfc9557.parse("2021-04-07T10:00:00+03:00[Europe/Moscow]"))
        .kind(Correction.Kind.CORRECTION)         // required: there is no default
        .text("An earlier version misspelt the analyst's name.")
        .build();
    assertEquals(Correction.Kind.CORRECTION, correction.kind());
  }

  @Test
  void license() {
    // Name a licence by its SPDX identifier (https://spdx.org/licenses/), spelt as SPDX spells it;
    // the name and URL are optional beside it.
    License ccBySa = License.builder()
        .spdxId("CC-BY-SA-4.0")
        .name("Creative Commons Attribution-Share Alike 4.0")
        .url(URI.create("https://creativecommons.org/licenses/by-sa/4.0/"))
        .build();
    // Shorter: License.of("CC-BY-SA-4.0", URI.create("https://creativecommons.org/licenses/by-sa/4.0/"))
    // A licence that has no SPDX identifier is named instead:
    License agency = License.builder().name("Agency editorial licence").build();
    assertEquals("CC-BY-SA-4.0", ccBySa.spdxId().orElseThrow());
    assertTrue(agency.spdxId().isEmpty());
  }

  @Test
  void attribution() {
    Attribution attribution = Attribution.builder()
        .creator("Jonj7490")
        .creditLine("Photo: Jonj7490")
        .sourceUrl(URI.create("https://commons.wikimedia.org/w/index.php?curid=58111154"))
        .license(License.of("CC-BY-SA-4.0", URI.create("https://creativecommons.org/licenses/by-sa/4.0/")))
        .build();
    assertEquals("CC-BY-SA-4.0", attribution.license().orElseThrow().spdxId().orElseThrow());
  }

  @Test
  void sourceReference() {
    SourceReference original = SourceReference.builder()
        .relation(SourceReference.Relation.TRANSLATION_OF)
        .outlet("Caucasian Knot")
        .language(Locale.forLanguageTag("ru"))
        .published(Rfc9557.parse("2021-04-06T02:24:00+03:00[Europe/Moscow]"))
        .url(URI.create("https://www.kavkaz-uzel.eu/"))
        .build();
    // Just a citation: SourceReference.of(SourceReference.Relation.CITES, "caliber.az")
    assertEquals(SourceReference.Relation.TRANSLATION_OF, original.relation());
    assertEquals("ru", original.language().orElseThrow().toLanguageTag());
  }

  @Test
  void disclaimer() {
    Disclaimer notice = Disclaimer.builder()
        .kind(Disclaimer.Kind.LEGAL)
        .text("НАСТОЯЩИЙ МАТЕРИАЛ (ИНФОРМАЦИЯ) ПРОИЗВЕДЕН И РАСПРОСТРАНЕН ИНОСТРАННЫМ АГЕНТОМ ...")
        .language(Locale.forLanguageTag("ru"))
        .jurisdiction(CountryCode.of("RU"))
        .placement(Disclaimer.Placement.BOTTOM)   // default: TOP
        .verbatim(true)                           // default: false
        .build();
    assertTrue(notice.verbatim());
    assertEquals(Disclaimer.Placement.BOTTOM, notice.placement());
  }

  @Test
  void teaser() {
    Teaser teaser = Teaser.builder()
        .headline("Case of Zhuravel, who burned down Koran, evidences voluntary law interpreting")
        .published(Rfc9557.parse("2024-11-15T23:07:00+03:00[Europe/Moscow]"))
        .url(URI.create("https://www.eng.kavkaz-uzel.eu/articles/zhuravel-case/"))
        .language(Locale.ENGLISH)
        .build();
    // From an article of your own: Teaser.from(article)
    assertEquals(2024, teaser.published().getYear());
    assertTrue(teaser.summary().isEmpty());
  }
}
