package dev.newsmodel.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsmodel.core.lint.Severity;
import dev.newsmodel.json.internal.FastReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * RFC 8259 requires UTF-8: a UTF-16 or UTF-32 document, which Jackson would detect and decode, is
 * refused with one located {@code json.encoding} error naming what it is, with or without a byte-order
 * mark, by the validator and by reading for use alike.
 */
class EncodingTest {
  static Stream<Arguments> encodings() {
    return Stream.of(
        Arguments.of("UTF-16LE", false, "UTF-16LE (its first bytes are xx 00)"),
        Arguments.of("UTF-16BE", false, "UTF-16BE (its first bytes are 00 xx)"),
        Arguments.of("UTF-32LE", false, "UTF-32LE (its first bytes are xx 00 00 00)"),
        Arguments.of("UTF-32BE", false, "UTF-32BE (its first bytes are 00 00 00 xx)"),
        Arguments.of("UTF-16LE", true, "UTF-16LE, with the byte-order mark FF FE"),
        Arguments.of("UTF-16BE", true, "UTF-16BE, with the byte-order mark FE FF"),
        Arguments.of("UTF-32LE", true, "UTF-32LE, with the byte-order mark FF FE 00 00"),
        Arguments.of("UTF-32BE", true, "UTF-32BE, with the byte-order mark 00 00 FE FF"));
  }

  @ParameterizedTest(name = "{0}, mark {1}")
  @MethodSource("encodings")
  void refusesTextThatIsNotUtf8(String charset, boolean mark, String found) {
    for (String text : List.of(ReferenceArticleJsonTest.referenceText(), "{}", "[", "1")) {
      byte[] json = ((mark ? "\uFEFF" : "") + text).getBytes(Charset.forName(charset));
      ValidationReport report = ArticleValidator.defaults().validate(json, "a.json");
      assertEquals(List.of("a.json:1:1: error json.encoding at (root): Expected UTF-8 JSON text (RFC 8259, "
          + "section 8.1), but the document is " + found + "; save it as UTF-8 without a byte-order mark."),
          report.formatted(), text);
      assertEquals(Severity.ERROR, report.problems().get(0).severity());
      assertTrue(report.article().isEmpty());
      assertNull(new FastReader(Limits.defaults()).read(json));
      ArticleReadException e = assertThrows(ArticleReadException.class, () -> ArticleJson.defaults().read(json));
      assertEquals(report.problems(), e.problems());
    }
  }

  @Test
  void theSameTextInUtf8IsNotRefusedForItsEncoding() {
    byte[] json = ReferenceArticleJsonTest.referenceText().getBytes(StandardCharsets.UTF_8);
    assertTrue(ArticleValidator.defaults().validate(json, "a.json").isValid());
    byte[] one = "1".getBytes(StandardCharsets.UTF_8);
    assertEquals("schema.type", ArticleValidator.defaults().validate(one, "a.json").problems().get(0).code());
  }
}
