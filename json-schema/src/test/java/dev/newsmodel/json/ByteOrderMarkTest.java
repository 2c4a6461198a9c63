package dev.newsmodel.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsmodel.core.lint.Severity;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * A UTF-8 byte-order mark is an error for the validator (the rest is still checked); reading for use
 * skips it, as RFC 8259 allows.
 */
class ByteOrderMarkTest {
  private static final byte[] MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private static byte[] withMark(String json) {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    byte[] out = new byte[MARK.length + body.length];
    System.arraycopy(MARK, 0, out, 0, MARK.length);
    System.arraycopy(body, 0, out, MARK.length, body.length);
    return out;
  }

  @Test
  void validatorReportsTheMarkFirstThenWhatTheRestHas() {
    String reference = ReferenceArticleJsonTest.referenceText();
    ValidationReport clean = ArticleValidator.defaults().validate(
        reference.getBytes(StandardCharsets.UTF_8), "a.json");
    ValidationReport marked = ArticleValidator.defaults().validate(withMark(reference), "a.json");

    Problem mark = marked.problems().stream().filter(p -> p.code().equals("json.byte-order-mark"))
        .findFirst().orElseThrow();
    assertEquals("json.byte-order-mark", mark.code());
    assertEquals(Severity.ERROR, mark.severity());
    assertEquals(1, mark.line());
    assertEquals(1, mark.column());
    assertEquals("", mark.pointer());
    List<Problem> rest = new java.util.ArrayList<>(marked.problems());
    rest.remove(mark);
    assertEquals(clean.problems(), rest);
    assertTrue(clean.isValid());
    assertFalse(marked.isValid());
  }

  @Test
  void readForUseSkipsTheMarkButNotWhatFollows() {
    String reference = ReferenceArticleJsonTest.referenceText();
    assertEquals(ArticleJson.defaults().read(reference), ArticleJson.defaults().read(withMark(reference)));
    ArticleReadException e = assertThrows(ArticleReadException.class,
        () -> ArticleJson.defaults().read(withMark("{\"id\": ")));
    assertEquals("json.syntax", e.problems().get(0).code());
  }

  @Test
  void markBeforeBrokenJsonStillReportsTheSyntaxError() {
    List<String> codes = ArticleValidator.defaults().validate(withMark("{\"id\": "), "b.json").problems().stream()
        .map(Problem::code).collect(Collectors.toList());
    assertEquals("json.byte-order-mark", codes.get(0));
    assertTrue(codes.contains("json.syntax"), codes::toString);
  }
}
