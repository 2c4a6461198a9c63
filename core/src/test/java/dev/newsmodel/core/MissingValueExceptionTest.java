package dev.newsmodel.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsmodel.core.body.Link;
import org.junit.jupiter.api.Test;

/**
 * A missing required attribute surfaces as a public, exported exception type (never one from an
 * internal package) with the attribute path.
 */
class MissingValueExceptionTest {

  @Test
  void missingAttributesNameThePathAndTheOthersMissing() {
    InvalidValueException e = assertThrows(InvalidValueException.class, () -> Article.builder()
        .id(ArticleId.of("a")).status(Article.Status.DRAFT).build());
    assertEquals(MissingValueException.class, e.getClass());
    assertEquals("article.language", e.path());
    assertEquals("is required (also missing: article.headline)", e.rule());
    assertTrue(e.value().isEmpty());
    assertEquals("article.language: is required (also missing: article.headline)", e.getMessage());
  }

  @Test
  void oneMissingAttributeIsRequired() {
    InvalidValueException e = assertThrows(InvalidValueException.class,
        () -> Correction.builder().text("An earlier version misspelt the name.")
            .date(Rfc9557.parse("2021-04-07T10:00:00+03:00[Europe/Moscow]")).build());
    assertEquals("correction.kind: is required", e.getMessage());
  }

  @Test
  void builderPackagesAllThrowTheExportedType() {
    InvalidValueException body = assertThrows(InvalidValueException.class, () -> Link.builder().build());
    InvalidValueException core = assertThrows(InvalidValueException.class,
        () -> Teaser.builder().headline("h").build());
    for (InvalidValueException e : new InvalidValueException[] {body, core}) {
      String pkg = e.getClass().getPackageName();
      assertEquals("dev.newsmodel.core", pkg, e.getClass().getName());
    }
    assertEquals("link.url: is required", body.getMessage());
    assertEquals("teaser.published: is required", core.getMessage());
  }

  @Test
  void anUnexpectedMessageIsKeptWhole() {
    MissingValueException e = new MissingValueException("something else");
    assertEquals("value", e.path());
    assertEquals("something else", e.rule());
  }
}
