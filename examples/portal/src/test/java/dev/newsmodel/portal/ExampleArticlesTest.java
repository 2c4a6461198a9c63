package dev.newsmodel.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsmodel.core.Article;
import dev.newsmodel.core.Contributor;
import dev.newsmodel.core.Disclaimer;
import dev.newsmodel.core.SourceReference;
import dev.newsmodel.json.ArticleJson;
import dev.newsmodel.json.ArticleValidator;
import dev.newsmodel.json.ValidationReport;
import dev.newsmodel.testing.Golden;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.zone.ZoneRules;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The articles in {@code examples/articles}: every one is valid as the CLI's {@code validate} judges it
 * (the same {@link ArticleValidator}), is in the writer's canonical form, and together they hold what
 * the portal must show: the reference article, another language in its own zone, a right-to-left
 * language, a daylight-saving overlap, several bylines with roles, dated corrections, a translation
 * chain and a sponsored disclaimer.
 */
class ExampleArticlesTest {
  private static List<Path> files;
  private static Map<String, Article> articles;

  @BeforeAll
  static void read() throws IOException {
    try (Stream<Path> list = Files.list(Fixtures.articles())) {
      files = list.filter(p -> p.toString().endsWith(".json")).sorted().toList();
    }
    articles = files.stream().map(f -> ArticleJson.defaults().read(f))
        .collect(Collectors.toMap(a -> a.id().value(), Function.identity()));
  }

  static Stream<Path> files() throws IOException {
    read();
    return files.stream();
  }

  @ParameterizedTest
  @MethodSource("files")
  void validatesWithoutErrors(Path file) throws IOException {
    ValidationReport report = ArticleValidator.defaults().validate(Files.readAllBytes(file), file.toString());
    assertTrue(report.isValid(), () -> String.join("\n", report.formatted()));
    if (!file.getFileName().toString().equals("reference-article.json")) {
      // The reference page lacks a byline and a photo licence; the articles written for the portal do not.
      assertEquals(List.of(), report.formatted(), "lint findings in " + file);
    }
  }

  @ParameterizedTest
  @MethodSource("files")
  void isWrittenInCanonicalForm(Path file) {
    Golden.assertMatches(file, ArticleJson.defaults().write(ArticleJson.defaults().read(file)));
  }

  @Test
  void holdAtLeastSixArticlesBesideTheReference() {
    assertTrue(articles.containsKey("caucasian-knot-iskander-2021-04-06"));
    assertTrue(articles.size() >= 7, "articles: " + articles.keySet());
  }

  @Test
  void holdAnotherLanguageInItsOwnZone() {
    assertTrue(articles.values().stream().anyMatch(a -> a.language().getLanguage().equals("de")
        && a.published().orElseThrow().getZone().getId().equals("Europe/Berlin")));
  }

  @Test
  void holdARightToLeftLanguageInItsOwnZone() {
    assertTrue(articles.values().stream().anyMatch(a ->
        Set.of("ar", "he", "fa", "ur").contains(a.language().getLanguage())
            && a.published().orElseThrow().getZone().getId().equals("Asia/Amman")));
  }

  @Test
  void holdTheSecondOccurrenceOfATimeInADaylightSavingOverlap() {
    ZonedDateTime published = articles.get("erlenbrunn-nachtbus-zeitumstellung-2026-10-25").published().orElseThrow();
    ZoneRules rules = published.getZone().getRules();
    List<java.time.ZoneOffset> offsets = rules.getValidOffsets(published.toLocalDateTime());
    assertEquals(2, offsets.size(), "02:30 on 25 October 2026 happens twice in Berlin");
    assertEquals(offsets.get(1), published.getOffset(), "the later of the two, in winter time");
    assertEquals("2026-10-25T02:30+01:00[Europe/Berlin]", published.toString());
  }

  @Test
  void holdSeveralBylinesWithRoles() {
    Article article = articles.get("millbrook-footbridge-approved-2026-09-14");
    Set<Contributor.Role> roles = article.bylines().stream().flatMap(b -> b.contributors().stream())
        .map(Contributor::role).collect(Collectors.toSet());
    assertTrue(article.bylines().size() >= 2);
    assertTrue(roles.containsAll(Set.of(Contributor.Role.AUTHOR, Contributor.Role.PHOTOGRAPHER,
        Contributor.Role.EDITOR, Contributor.Role.CONTRIBUTOR)), roles.toString());
  }

  @Test
  void holdDatedCorrectionsOfEveryKind() {
    Article article = articles.get("port-wattle-jetty-repairs-2026-11-20");
    assertEquals(3, article.corrections().size());
    assertTrue(article.corrections().stream().allMatch(c -> !c.date().isBefore(article.published().orElseThrow())
        && !c.date().isAfter(article.modified().orElseThrow())));
  }

  @Test
  void holdATranslationChainFromJapaneseThroughEnglishToSpanish() {
    Article spanish = articles.get("puerto-lirio-festival-sin-basura-2026-08-08");
    Article english = articles.get("minatodai-zero-waste-festival-en-2026-08-07");
    Article japanese = articles.get("minatodai-zero-waste-festival-ja-2026-08-06");
    assertEquals(english.canonicalUrl(), translatedFrom(spanish));
    assertEquals(japanese.canonicalUrl(), translatedFrom(english));
    assertEquals(english.published(), source(spanish, SourceReference.Relation.TRANSLATION_OF).published());
    assertEquals(japanese.published(), source(english, SourceReference.Relation.TRANSLATION_OF).published());
  }

  @Test
  void holdASponsoredDisclaimer() {
    assertTrue(articles.values().stream().flatMap(a -> a.disclaimers().stream())
        .anyMatch(d -> d.kind() == Disclaimer.Kind.SPONSORED));
  }

  private static Optional<URI> translatedFrom(Article article) {
    return source(article, SourceReference.Relation.TRANSLATION_OF).url();
  }

  private static SourceReference source(Article article, SourceReference.Relation relation) {
    return article.sources().stream().filter(s -> s.relation() == relation).findFirst().orElseThrow();
  }
}
