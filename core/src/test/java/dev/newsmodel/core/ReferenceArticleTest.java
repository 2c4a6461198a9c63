package dev.newsmodel.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsmodel.core.lint.LintFinding;
import dev.newsmodel.core.lint.LintRule;
import dev.newsmodel.core.lint.Linter;
import dev.newsmodel.testing.ReferenceArticle;
import java.net.URI;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The reference article holds every fact of the seed page in a typed field. */
class ReferenceArticleTest {
  private final Article article = ReferenceArticle.article();

  @Test
  void holdsHeadlineTimeAndLanguage() {
    assertEquals("Baku and Yerevan analysts dispute about use of \"Iskanders\" in Karabakh conflict",
        article.headline());
    assertEquals("2021-04-06T17:45:00+03:00[Europe/Moscow]", Rfc9557.format(article.published().orElseThrow()));
    assertEquals(ZoneId.of("Europe/Moscow"), article.published().orElseThrow().getZone());
    assertEquals(Locale.ENGLISH, article.language());
    assertEquals(Article.Status.PUBLISHED, article.status());
  }

  @Test
  void holdsPhotoCaptionCreditAndSource() {
    Image image = article.leadImage().orElseThrow();
    assertEquals("The \"Iskander\" missile in Yerevan.", image.caption().orElseThrow());
    Attribution attribution = image.attribution().orElseThrow();
    assertEquals("Jonj7490", attribution.creator().orElseThrow());
    assertEquals("Photo: Jonj7490", attribution.creditLine().orElseThrow());
    assertEquals(URI.create("https://commons.wikimedia.org/w/index.php?curid=58111154"),
        attribution.sourceUrl().orElseThrow());
  }

  @Test
  void holdsRussianOriginalAsTranslationSource() {
    SourceReference original = article.sources().stream()
        .filter(s -> s.relation() == SourceReference.Relation.TRANSLATION_OF)
        .findFirst().orElseThrow();
    assertEquals("Caucasian Knot", original.outlet());
    assertEquals(Locale.forLanguageTag("ru"), original.language().orElseThrow());
    assertEquals("2021-04-06T02:24:00+03:00[Europe/Moscow]", Rfc9557.format(original.published().orElseThrow()));
    assertTrue(original.url().isPresent());
  }

  @Test
  void holdsCitedOutlet() {
    assertTrue(article.sources().stream()
        .anyMatch(s -> s.relation() == SourceReference.Relation.CITES && s.outlet().equals("caliber.az")));
  }

  @Test
  void holdsRussianLegalNoticeVerbatimUnderRussianJurisdiction() {
    Disclaimer notice = article.disclaimers().get(0);
    assertEquals(Disclaimer.Kind.LEGAL, notice.kind());
    assertEquals(ReferenceArticle.FOREIGN_AGENT_NOTICE, notice.text());
    assertTrue(notice.text().startsWith("НАСТОЯЩИЙ МАТЕРИАЛ (ИНФОРМАЦИЯ)"));
    assertEquals(Locale.forLanguageTag("ru"), notice.language().orElseThrow());
    assertEquals(CountryCode.of("RU"), notice.jurisdiction().orElseThrow());
    assertTrue(notice.verbatim());
  }

  @Test
  void holdsLatestNewsAsTeasers() {
    Teaser teaser = article.related().get(0);
    assertEquals("Case of Zhuravel, who burned down Koran, evidences voluntary law interpreting", teaser.headline());
    assertEquals("2024-11-15T23:07:00+03:00[Europe/Moscow]", Rfc9557.format(teaser.published()));
    assertTrue(teaser.summary().orElseThrow().startsWith("The treason case of Nikita Zhuravel"));
  }

  @Test
  void holdsBodyParagraphsWithoutTheComposedOriginalNote() {
    assertEquals(4, article.body().size());
    assertTrue(article.body().stream().noneMatch(b -> b.toString().contains("originally published")));
  }

  @Test
  void lintReportsOnlyWhatThePageLacks() {
    List<String> codes = Linter.defaults().lint(article).stream()
        .map(LintFinding::code).collect(Collectors.toList());
    assertEquals(List.of(LintRule.IMAGE_LICENSE_MISSING.code(), LintRule.BYLINE_MISSING.code()), codes);
  }

  @Test
  void derivesATeaser() {
    Teaser teaser = Teaser.from(article);
    assertEquals(article.headline(), teaser.headline());
    assertEquals(article.published().orElseThrow(), teaser.published());
    assertEquals(article.summary(), teaser.summary());
    assertEquals(article.leadImage(), teaser.image());
    assertEquals(Locale.ENGLISH, teaser.language().orElseThrow());
  }
}
