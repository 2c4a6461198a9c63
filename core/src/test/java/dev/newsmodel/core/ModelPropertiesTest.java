package dev.newsmodel.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.quicktheories.QuickTheory.qt;

import dev.newsmodel.testing.ModelGenerators;
import java.net.URI;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.quicktheories.core.Gen;

/** Equality, hash codes and withX copies over generated values of every model type. */
class ModelPropertiesTest {
  private static final ModelGenerators GEN = ModelGenerators.standard();
  private static final long SEED = 20210406L;

  /** A type's generator and a change that must make a value unequal. */
  private static <T> Arguments type(String name, Gen<T> gen, UnaryOperator<T> change) {
    return Arguments.of(name, gen, change);
  }

  static Stream<Arguments> types() {
    return Stream.of(
        type("Article", GEN.articles(),
            a -> a.withRevision(a.revision() + 1)),
        type("Image", GEN.images(),
            i -> i.withUrl(URI.create(i.url() + "x"))),
        type("Attribution", GEN.attributions(),
            a -> a.withCreator(a.creator().orElse("") + "x")),
        type("License", GEN.licenses(),
            l -> l.withName(l.name().orElse("") + "x")),
        type("Contributor", GEN.contributors(),
            c -> c.withName(c.name() + "x")),
        type("Byline", GEN.bylines(),
            b -> b.withText(b.text().orElse("") + "x")),
        type("Organization", GEN.organizations(),
            o -> o.withName(o.name() + "x")),
        type("Dateline", GEN.datelines(),
            d -> d.withTime(d.time().plusSeconds(1))),
        type("SourceReference", GEN.sourceReferences(),
            s -> s.withOutlet(s.outlet() + "x")),
        type("Disclaimer", GEN.disclaimers(),
            d -> d.withVerbatim(!d.verbatim())),
        type("Correction", GEN.corrections(),
            c -> c.withText(c.text() + "x")),
        type("Teaser", GEN.teasers(),
            t -> t.withPublished(t.published().plusNanos(1))),
        type("Rights", GEN.rights(),
            r -> r.withCopyrightHolder(r.copyrightHolder().orElse("") + "x")),
        type("GeoPoint", GEN.geoPoints(),
            p -> GeoPoint.of(p.latitude() / 2, p.longitude() == 0 ? 1 : -p.longitude())),
        type("CountryCode", GEN.countryCodes(),
            c -> CountryCode.of(c.value().equals("RU") ? "AZ" : "RU")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("types")
  <T> void equalValuesHaveEqualHashCodesAndChangesAreUnequal(String name, Gen<T> gen, UnaryOperator<T> change) {
    qt().withFixedSeed(SEED).withExamples(150).forAll(ModelGenerators.twice(gen)).checkAssert(twins -> {
      T value = twins.get(0);
      T copied = twins.get(1);
      assertNotSame(value, copied);
      assertEquals(value, copied);
      assertEquals(value.hashCode(), copied.hashCode());
      assertEquals(value.toString(), copied.toString());
      T changed = change.apply(value);
      assertNotEquals(value, changed);
      assertNotEquals(changed, value);
    });
  }

  @Test
  void withCopiesChangeOneAttributeAndLeaveTheOriginal() {
    qt().withFixedSeed(SEED).withExamples(200).forAll(GEN.articles(), GEN.lines(), GEN.texts())
        .checkAssert((article, headline, summary) -> {
          Article before = article.withRevision(article.revision() + 1).withRevision(article.revision());
          Article renamed = article.withHeadline(headline);
          assertEquals(headline, renamed.headline());
          assertEquals(article.body(), renamed.body());
          assertEquals(article.published(), renamed.published());
          assertEquals(article, renamed.withHeadline(article.headline()));
          assertEquals(before, article);

          Article summarised = article.withSummary(summary);
          assertEquals(summary, summarised.summary().orElseThrow());
          assertEquals(article.headline(), summarised.headline());
          assertEquals(article.summary(), summarised.withSummary(article.summary()).summary());
        });
  }

  @Test
  void withCopyOfTheSameValueIsTheSameInstance() {
    qt().withFixedSeed(SEED).withExamples(100).forAll(GEN.articles()).checkAssert(article -> {
      assertSame(article, article.withHeadline(article.headline()));
      assertSame(article, article.withStatus(article.status()));
    });
  }

  @Test
  void listsKeepTheirOrderAndCannotBeChanged() {
    qt().withFixedSeed(SEED).withExamples(100).forAll(GEN.articles()).checkAssert(article -> {
      List<dev.newsmodel.core.body.Block> body = article.body();
      assertEquals(body, article.withHeadline(article.headline() + "x").body());
      org.junit.jupiter.api.Assertions.assertThrows(UnsupportedOperationException.class, () -> body.add(dev.newsmodel.core.body.Paragraph.of("more")));
    });
  }
}
