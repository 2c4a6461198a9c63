package dev.newsmodel.ninjs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import dev.newsmodel.core.Article;
import dev.newsmodel.core.convert.Conversion;
import dev.newsmodel.testing.ModelGenerators;
import dev.newsmodel.core.body.ImageBlock;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import org.junit.jupiter.api.Test;

/**
 * What the README's table promises, over generated articles: every export is valid ninjs 3.1 by IPTC's
 * own schema, and newsmodel → ninjs → newsmodel keeps every fact (the body as HTML keeps its structure and
 * text, white space collapsed as a browser collapses it).
 */
class NinjsPropertiesTest {
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  @Test
  void everyExportOfAnOrdinaryArticleIsValidNinjs31() {
    qt().withFixedSeed(20130709L).withExamples(150)
        .forAll(ModelGenerators.standard().articles())
        .checkAssert(article -> {
          String ninjs = Ninjs.write(article).orElseThrow();
          assertEquals(List.of(), Standards.violations(ninjs), ninjs);
        });
  }

  @Test
  void everyExportOfAHostileArticleIsValidNinjs31() {
    qt().withFixedSeed(20210406L).withExamples(150)
        .forAll(ModelGenerators.hostile().articles())
        .checkAssert(article -> {
          String ninjs = Ninjs.write(article).orElseThrow();
          assertEquals(List.of(), Standards.violations(ninjs), ninjs);
        });
  }

  @Test
  void exportIsDeterministic() {
    qt().withFixedSeed(7L).withExamples(100)
        .forAll(ModelGenerators.twice(ModelGenerators.hostile().articles()))
        .checkAssert(pair -> assertEquals(Ninjs.write(pair.get(0)).orElseThrow(),
            Ninjs.write(pair.get(1)).orElseThrow()));
  }

  @Test
  void roundTripKeepsEveryFactWithoutAProblem() {
    qt().withFixedSeed(20260406L).withExamples(300)
        .forAll(ModelGenerators.standard().articles())
        .checkAssert(NinjsPropertiesTest::assertRoundTrip);
  }

  @Test
  void roundTripOfHostileTextKeepsEveryFact() {
    qt().withFixedSeed(20260407L).withExamples(300)
        .forAll(ModelGenerators.hostile().articles())
        .checkAssert(NinjsPropertiesTest::assertRoundTrip);
  }

  @Test
  void withoutTheExtensionEveryNinjsFieldStillComesBack() {
    qt().withFixedSeed(20260408L).withExamples(200)
        .forAll(ModelGenerators.standard().articles())
        .checkAssert(article -> {
          String ninjs = withoutExtension(Ninjs.write(article).orElseThrow());
          Article back = Ninjs.read(ninjs, NinjsReadOptions.defaults()).orElseThrow();
          assertEquals(article.id(), back.id());
          assertEquals(article.revision(), back.revision());
          assertEquals(article.status(), back.status());
          assertEquals(article.language(), back.language());
          assertEquals(article.canonicalUrl(), back.canonicalUrl());
          assertEquals(article.headline(), back.headline());
          assertEquals(article.alternativeHeadline(), back.alternativeHeadline());
          assertEquals(article.kicker(), back.kicker());
          assertEquals(article.summary(), back.summary());
          assertEquals(article.section(), back.section());
          assertEquals(article.keywords(), back.keywords());
          assertEquals(article.genre(), back.genre());
          assertEquals(instant(article.published()), instant(back.published()), ninjs);
          assertEquals(instant(article.modified().filter(m -> !m.toInstant().equals(instant(article.published())))),
              instant(back.modified()));
          assertEquals(instant(article.created()), instant(back.created()));
          assertEquals(instant(article.embargo()), instant(back.embargo()));
          assertEquals(article.publisher().map(p -> p.name()), back.publisher().map(p -> p.name()));
          assertEquals(article.rights().flatMap(r -> r.copyrightHolder()), back.rights().flatMap(r -> r.copyrightHolder()));
          assertEquals(article.rights().flatMap(r -> r.copyrightNotice()), back.rights().flatMap(r -> r.copyrightNotice()));
          assertEquals(BrowserNormal.of(article.body().stream().filter(b -> !(b instanceof ImageBlock))
              .collect(Collectors.toList())), BrowserNormal.of(back.body().stream()
              .filter(b -> !(b instanceof ImageBlock)).collect(Collectors.toList())), ninjs);
        });
  }

  private static java.time.@org.jspecify.annotations.Nullable Instant instant(Optional<ZonedDateTime> time) {
    return time.map(ZonedDateTime::toInstant).orElse(null);
  }

  /** The document as a system that drops newsmodel's extension would pass it on. */
  private static String withoutExtension(String ninjs) {
    JsonNode root = MAPPER.readTree(ninjs);
    strip(root);
    return MAPPER.writeValueAsString(root);
  }

  private static void strip(JsonNode node) {
    if (node.isObject()) {
      JsonNode descriptions = node.get("descriptions");
      if (descriptions != null && descriptions.isArray()) {
        ArrayNode a = (ArrayNode) descriptions;
        for (int i = a.size() - 1; i >= 0; i--) {
          if ("newsmodel-extension".equals(a.get(i).path("role").asString(""))) {
            a.remove(i);
          }
        }
      }
      node.properties().forEach(e -> strip(e.getValue()));
    } else if (node.isArray()) {
      node.forEach(NinjsPropertiesTest::strip);
    }
  }

  static void assertRoundTrip(Article article) {
    Conversion<String> written = Ninjs.write(article);
    String ninjs = written.orElseThrow();
    assertEquals(BrowserNormal.nestedLinks(article.body()), written.problems().size(), ninjs);
    Conversion<Article> read = Ninjs.read(ninjs, NinjsReadOptions.defaults());
    assertEquals(List.of(), read.problems(), ninjs);
    Article back = read.orElseThrow();
    assertEquals(article.withStatus(Article.Status.DRAFT).withBody(List.of()),
        back.withStatus(Article.Status.DRAFT).withBody(List.of()), ninjs);
    assertEquals(article.status(), back.status());
    assertEquals(BrowserNormal.of(article.body()), BrowserNormal.of(back.body()), ninjs);
    assertEquals(article.body().size(), back.body().size(), ninjs);
  }
}
