package dev.newsmodel.jsonld;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import dev.newsmodel.core.Article;
import dev.newsmodel.core.Byline;
import dev.newsmodel.core.Contributor;
import dev.newsmodel.core.Organization;
import dev.newsmodel.core.Rfc9557;
import dev.newsmodel.json.ArticleJson;
import dev.newsmodel.testing.ModelGenerators;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * newsmodel → JSON-LD ({@link SchemaOrgJsonLd}) → newsmodel ({@link SchemaOrgReader}) keeps every
 * fact that json-ld/README.md's table says survives, over generated articles and the reference
 * article. {@link #surviving} is that table, as code.
 */
class SchemaOrgRoundTripPropertiesTest {

  /**
   * The facts the README's table says survive, by name, as the original article holds them. Times
   * survive as RFC 3339 writes them: the instant to the millisecond and the offset (in UTC when the
   * offset has seconds), not the zone.
   */
  static Map<String, Object> surviving(Article a) {
    Map<String, Object> f = new LinkedHashMap<>();
    f.put("id", a.id().value());
    f.put("language", a.language().toLanguageTag());
    f.put("headline", a.headline().replaceAll("\\s+", " ").strip());
    f.put("alternativeHeadline", a.alternativeHeadline().map(s -> s.replaceAll("\\s+", " ").strip()));
    f.put("summary", a.summary().map(String::strip));
    f.put("canonicalUrl", a.canonicalUrl());
    f.put("section", a.section().map(s -> s.replaceAll("\\s+", " ").strip()));
    f.put("keywords", a.keywords().stream().map(s -> s.replaceAll("\\s+", " ").strip()).filter(s -> !s.isEmpty())
        .collect(Collectors.toList()));
    f.put("genre", a.genre());
    f.put("created", a.created().map(Rfc9557::formatRfc3339));
    f.put("published", a.published().map(Rfc9557::formatRfc3339));
    f.put("modified", a.modified().map(Rfc9557::formatRfc3339));
    f.put("status", a.published().isPresent() ? Article.Status.PUBLISHED : Article.Status.DRAFT);
    f.put("publisher", a.publisher().map(o -> o.name().replaceAll("\\s+", " ").strip() + " " + o.url()));
    List<String> contributors = new ArrayList<>();
    for (Contributor.Role[] roles : new Contributor.Role[][] {
        {Contributor.Role.AUTHOR, Contributor.Role.CORRESPONDENT}, {Contributor.Role.EDITOR},
        {Contributor.Role.TRANSLATOR}, {Contributor.Role.PHOTOGRAPHER, Contributor.Role.ILLUSTRATOR,
            Contributor.Role.CONTRIBUTOR}}) {
      for (Byline b : a.bylines()) {
        for (Contributor c : b.contributors()) {
          if (List.of(roles).contains(c.role())) {
            // schema.org's property names the role: author, editor, translator, contributor.
            contributors.add(contributor(c, roles[0] == Contributor.Role.PHOTOGRAPHER
                ? Contributor.Role.CONTRIBUTOR : roles[0]));
          }
        }
      }
    }
    f.put("contributors", contributors);
    return f;
  }

  private static String contributor(Contributor c, Contributor.Role role) {
    return c.kind() + " " + role + " " + c.name().replaceAll("\\s+", " ").strip() + " " + c.url() + " "
        + c.jobTitle().map(s -> s.replaceAll("\\s+", " ").strip()) + " "
        + c.affiliation().map(s -> s.replaceAll("\\s+", " ").strip());
  }

  /** The same facts of the article read back. */
  static Map<String, Object> read(Article b) {
    Map<String, Object> f = surviving(b);
    List<String> contributors = new ArrayList<>();
    for (Byline byline : b.bylines()) {
      for (Contributor c : byline.contributors()) {
        contributors.add(contributor(c, c.role()));
      }
    }
    f.put("contributors", contributors);
    f.put("status", b.status());
    return f;
  }

  private static void assertRoundTrip(Article a) {
    String jsonLd = SchemaOrgJsonLd.newsArticle(a);
    SchemaOrgArticle s = SchemaOrgReader.defaults().read(jsonLd).orElseThrow().get(0);
    Article b = s.toArticle(a.body()).orElseThrow();
    assertEquals(surviving(a), read(b), jsonLd);
    if (a.leadImage().isPresent()) {
      assertEquals(List.of(a.leadImage().get().url()), s.images());
    }
  }

  /**
   * schema.org has no status: a datePublished reads as published, which needs a body; a draft or
   * withdrawn article with a publication time and no body cannot be read back (see the README).
   */
  private static boolean readable(Article a) {
    return a.published().isEmpty() || !a.body().isEmpty();
  }

  @Test
  void generatedArticlesKeepTheirFacts() {
    qt().withFixedSeed(20210406L).withExamples(300).forAll(ModelGenerators.standard().articles())
        .assuming(SchemaOrgRoundTripPropertiesTest::readable)
        .checkAssert(SchemaOrgRoundTripPropertiesTest::assertRoundTrip);
  }

  @Test
  void hostileArticlesKeepTheirFacts() {
    qt().withFixedSeed(666L).withExamples(150).forAll(ModelGenerators.hostile().articles())
        .assuming(SchemaOrgRoundTripPropertiesTest::readable)
        .checkAssert(SchemaOrgRoundTripPropertiesTest::assertRoundTrip);
  }

  @Test
  void referenceArticleKeepsItsFacts() {
    Path file = Path.of("..", "examples", "reference-article.json");
    Assumptions.assumeTrue(Files.isRegularFile(file), "examples/reference-article.json is not next to this module");
    Article a = ArticleJson.defaults().read(file);
    assertRoundTrip(a);
    Article b = SchemaOrgReader.defaults().read(SchemaOrgJsonLd.newsArticle(a)).orElseThrow().get(0)
        .toArticle(a.body()).orElseThrow();
    assertEquals(a.headline(), b.headline());
    assertEquals(a.published().map(ZonedDateTime::toOffsetDateTime), b.published().map(ZonedDateTime::toOffsetDateTime));
    assertEquals(Optional.of(OffsetDateTime.parse("2021-04-06T17:45:00+03:00")),
        b.published().map(ZonedDateTime::toOffsetDateTime));
    assertEquals(a.publisher().map(Organization::name), b.publisher().map(Organization::name));
    assertEquals(a.canonicalUrl().map(URI::toString), b.canonicalUrl().map(URI::toString));
  }
}
