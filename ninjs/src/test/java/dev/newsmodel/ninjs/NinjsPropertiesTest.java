package dev.newsmodel.ninjs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import dev.newsmodel.core.Article;
import dev.newsmodel.core.convert.Conversion;
import dev.newsmodel.testing.ModelGenerators;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What the README's table promises, over generated articles: every export is valid ninjs 3.1 by IPTC's
 * own schema, and newsmodel → ninjs → newsmodel keeps every fact (the body as HTML keeps its structure and
 * text, white space collapsed as a browser collapses it).
 */
class NinjsPropertiesTest {
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
