package dev.newsmodel.html.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.owasp.encoder.Encode;

/** {@link Escape} writes exactly what the OWASP encoder returns, for every text. */
class EscapeTest {
  /** One instance for all texts, as one writer uses one for a whole document. */
  private static final Escape ESCAPE = new Escape();

  @ParameterizedTest
  @ValueSource(strings = {
      "", "plain", "Tom & Jerry", "a<b>c", "x > y", "say \"hi\"", "it's", "&amp; already encoded",
      "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "'; --", "tab\tline\nreturn\r",
      "Москва — столица", "日本語のテキスト", "مرحبا بالعالم", "שלום", "Ünïcödé ß æ ø å", "non\u00a0breaking",
      "soft\u00adhyphen", "zero\u200bwidth", "joiner\u200d\u200c", "marks \u200e\u200f \u202a\u202e\u2066\u2069",
      "line\u2028para\u2029sep", "bom\ufeff", "replacement \ufffd", "nel\u0085", "c1 \u0080\u0084\u0086\u009f",
      "del\u007f", "nul\u0000 bell\u0007 esc\u001b vt\u000b ff\u000c", "noncharacters \ufdd0\ufdef\ufffe\uffff",
      "emoji \ud83d\ude00 pair", "flag \ud83c\uddf7\ud83c\uddfa", "math \ud835\udc00", "supplementary nonchar \ud83f\udffe",
      "max \udbff\udfff", "lone high \ud800 here", "lone low \udc00 here", "reversed \ude00\ud83d", "end high \ud83d",
      "& at start", "at end <", "\ud83d\ude00 & \"both\" 'quotes' <mixed> \u0000"})
  void encodesExactlyAsTheOwaspEncoder(String text) throws IOException {
    assertSame(text);
  }

  @Test
  void everyUtf16CodeUnitInContextIsEncodedAsTheEncoderDoes() throws IOException {
    for (int c = 0; c <= Character.MAX_VALUE; c++) {
      char ch = (char) c;
      assertSame("a" + ch + "b");
      assertSame(String.valueOf(ch));
      // A unit the fast path appends as is must be one the encoder leaves alone.
      if (Escape.contentSafe(ch)) {
        assertEquals(String.valueOf(ch), Encode.forHtmlContent(String.valueOf(ch)), Integer.toHexString(c));
      }
      if (Escape.attributeSafe(ch)) {
        assertEquals(String.valueOf(ch), Encode.forHtmlAttribute(String.valueOf(ch)), Integer.toHexString(c));
      }
    }
  }

  @Test
  void surrogatesAndTheCharactersTheEncoderReplacesAlwaysReachTheEncoder() {
    assertFalse(Escape.contentSafe('>'));
    for (char c : new char[] {'&', '<', '\u0000', '\u007f', '\u0080', '\ud800', '\udfff', '\ufdd0', '\uffff'}) {
      assertFalse(Escape.contentSafe(c), Integer.toHexString(c));
      assertFalse(Escape.attributeSafe(c), Integer.toHexString(c));
    }
    for (char c : new char[] {'"', '\''}) {
      assertFalse(Escape.attributeSafe(c), Integer.toHexString(c));
    }
  }

  @Test
  void longTextsAreEncodedAcrossTheBufferBoundaries() throws IOException {
    String[] insertions = {"\ud83d\ude00", "&", "\"", "\ud800", "\udc00", "\ufffe", "\u0000", "<&>"};
    int span = Escape.INPUT_SIZE * 3 + 2;
    for (String insertion : insertions) {
      for (int at = 0; at < span; at++) {
        // The first '&' sends the text to the encoder; the insertion then lands on every offset.
        assertSame("&" + "x".repeat(at) + insertion + "y".repeat(span - at));
        assertSame("&" + "ж".repeat(at) + insertion + insertion + "\ud83d\ude00".repeat(3));
      }
    }
    // Output larger than the output buffer, many times over.
    assertSame("<>&\"'".repeat(Escape.OUTPUT_SIZE));
    assertSame("\ud83d\ude00&".repeat(Escape.INPUT_SIZE * 5) + "\ud83d");
    // Any Appendable, not only a StringBuilder.
    String text = "a & \"b\" <c> \ud83d\ude00 \u0000".repeat(Escape.INPUT_SIZE);
    java.io.StringWriter content = new java.io.StringWriter();
    ESCAPE.content(content, text);
    assertEquals(Encode.forHtmlContent(text), content.toString());
    java.io.StringWriter attribute = new java.io.StringWriter();
    ESCAPE.attribute(attribute, text);
    assertEquals(Encode.forHtmlAttribute(text), attribute.toString());
  }

  @Test
  void anyTextIsEncodedAsTheEncoderDoes() {
    qt().withFixedSeed(6_2026L).withExamples(300).forAll(strings().allPossible().ofLengthBetween(0, 40))
        .checkAssert(EscapeTest::assertSameUnchecked);
    qt().withFixedSeed(25_11L).withExamples(300).forAll(strings().betweenCodePoints(0, 0x2100).ofLengthBetween(0, 40))
        .checkAssert(EscapeTest::assertSameUnchecked);
    qt().withFixedSeed(64L).withExamples(100).forAll(strings().allPossible().ofLengthBetween(100, 400))
        .checkAssert(EscapeTest::assertSameUnchecked);
  }

  private static void assertSameUnchecked(String text) {
    try {
      assertSame(text);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }

  private static void assertSame(String text) throws IOException {
    StringBuilder content = new StringBuilder("x");
    ESCAPE.content(content, text);
    assertEquals("x" + Encode.forHtmlContent(text), content.toString(), () -> "content " + codeUnits(text));
    StringBuilder attribute = new StringBuilder("x");
    ESCAPE.attribute(attribute, text);
    assertEquals("x" + Encode.forHtmlAttribute(text), attribute.toString(), () -> "attribute " + codeUnits(text));
  }

  private static String codeUnits(String text) {
    StringBuilder units = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      units.append(String.format("\\u%04x", (int) text.charAt(i)));
    }
    return units.toString();
  }
}
