package dev.newsmodel.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import dev.newsmodel.core.Article;
import dev.newsmodel.core.Rfc9557;
import dev.newsmodel.testing.ModelGenerators;
import dev.newsmodel.testing.ReferenceArticle;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;
import java.util.Optional;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * One instant is written one way on a page: the {@code <time datetime>} of the byline, Open Graph's
 * {@code article:published_time} and JSON-LD's {@code datePublished} all carry
 * {@link Rfc9557#formatRfc3339}'s text, for times with fractions of a second and for the local mean
 * time offsets with seconds that region zones had before their first standard time.
 */
class OneInstantOneTextTest {
  private static final JsonFactory JSON = JsonFactory.builder().build();
  private static final HtmlRenderer RENDERER = HtmlRenderer.defaults();

  /** Instants from 1700 to 2100 in every region zone, a third with milliseconds, a third with nanoseconds. */
  private static final Gen<ZonedDateTime> TIMES = in -> {
    long second = in.next(Constraint.between(Instant.parse("1700-01-01T00:00:00Z").getEpochSecond(),
        Instant.parse("2100-01-01T00:00:00Z").getEpochSecond()));
    long nanos = switch ((int) in.next(Constraint.between(0, 2))) {
      case 0 -> 0;
      case 1 -> in.next(Constraint.between(0, 999)) * 1_000_000L;
      default -> in.next(Constraint.between(0, 999_999_999));
    };
    ZoneId zone = ModelGenerators.REGION_ZONES.get(
        (int) in.next(Constraint.between(0, ModelGenerators.REGION_ZONES.size() - 1)));
    return ZonedDateTime.ofInstant(Instant.ofEpochSecond(second, nanos), zone);
  };

  @Test
  void timeElementOpenGraphAndJsonLdAgreeOnEveryInstant() {
    qt().withFixedSeed(3339L).withExamples(400).forAll(TIMES).checkAssert(published -> {
      Article article = ReferenceArticle.article().withCreated(Optional.empty()).withPublished(published)
          .withModified(published);
      Document page = Jsoup.parse(RENDERER.renderPage(article));
      String expected = Rfc9557.formatRfc3339(published);

      String timeElement = page.selectFirst("article time[datetime]").attr("datetime");
      String openGraph = page.selectFirst("meta[property=article:published_time]").attr("content");
      String jsonLd = topLevelString(page.selectFirst("script[type=application/ld+json]").data(), "datePublished");

      assertEquals(expected, timeElement, published.toString());
      assertEquals(expected, openGraph, published.toString());
      assertEquals(expected, jsonLd, published.toString());
      assertEquals(published.toInstant().truncatedTo(ChronoUnit.MILLIS), OffsetDateTime.parse(expected).toInstant());
    });
  }

  /** The string value of a top-level property, read with jackson-core's parser (html-render has no databind). */
  private static String topLevelString(String json, String name) {
    try (JsonParser p = JSON.createParser(ObjectReadContext.empty(), json)) {
      p.nextToken();
      while (p.nextToken() == JsonToken.PROPERTY_NAME) {
        String property = p.currentName();
        p.nextToken();
        if (property.equals(name)) {
          return p.getString();
        }
        p.skipChildren();
      }
    }
    throw new AssertionError("no top-level " + name + " in " + json);
  }
}
