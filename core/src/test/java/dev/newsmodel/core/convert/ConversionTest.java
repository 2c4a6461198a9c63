package dev.newsmodel.core.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ConversionTest {
  private static final ConversionProblem LOSS =
      ConversionProblem.warning(ConversionCode.HTML_UNSUPPORTED_ELEMENT, "body > table[1]", "a table");
  private static final ConversionProblem FAILURE =
      ConversionProblem.error(ConversionCode.INPUT_NOT_AN_ARTICLE, "", "a ninjs 'video' item is not an article");

  @Test
  void aValueKeepsItsWarnings() {
    Conversion<String> c = Conversion.of("x", List.of(LOSS));
    assertTrue(c.succeeded());
    assertEquals(Optional.of("x"), c.value());
    assertEquals("x", c.orElseThrow());
    assertEquals(List.of(LOSS), c.problems());
  }

  @Test
  void aValueWithAnErrorIsRefused() {
    assertThrows(IllegalArgumentException.class, () -> Conversion.of("x", List.of(LOSS, FAILURE)));
  }

  @Test
  void aFailureNamesAnError() {
    assertThrows(IllegalArgumentException.class, () -> Conversion.failed(List.of(LOSS)));
    Conversion<String> c = Conversion.failed(List.of(LOSS, FAILURE));
    assertFalse(c.succeeded());
    ConversionException e = assertThrows(ConversionException.class, c::orElseThrow);
    assertEquals(List.of(LOSS, FAILURE), e.problems());
    assertEquals("cannot convert:\n"
        + "error input.not-an-article: a ninjs 'video' item is not an article\n"
        + "warning html.unsupported-element body > table[1]: a table", e.getMessage());
  }

  @Test
  void codesAreUniqueLowerCaseAndFoundByCode() {
    Pattern form = Pattern.compile("[a-z]+(\\.[a-z]+(-[a-z]+)*)+");
    Set<String> seen = new HashSet<>();
    for (ConversionCode c : ConversionCode.values()) {
      assertTrue(form.matcher(c.code()).matches(), c.code());
      assertTrue(seen.add(c.code()), "twice: " + c.code());
      assertEquals(Optional.of(c), ConversionCode.of(c.code()));
      assertFalse(c.meaning().isBlank(), c.code());
    }
    assertEquals(Optional.empty(), ConversionCode.of("url.nope"));
  }
}
