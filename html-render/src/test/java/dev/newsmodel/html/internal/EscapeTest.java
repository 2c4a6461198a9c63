package dev.newsmodel.html.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import dev.newsmodel.core.body.Text;
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

  /**
   * The model-string path: for every string the model accepts (core's character rule, through
   * {@code Text.of}), the same output as the encoder, and without surrogates the same first index as
   * the full scan, at lengths on both sides of {@link Escape#INDEX_SCAN}.
   */
  @Test
  void modelStringsAreEncodedAsTheEncoderDoes() {
    String alphabet = "ab &<>\"'\t\n\r\u00a0\u00e9\u0416\u2014\u2028\u3042\ufeff\ufffd\ud83d\ude00\u0085\u0007\ud800\ufdd0";
    qt().withFixedSeed(12_2026L).withExamples(3000)
        .forAll(integers().between(0, 3 * Escape.INDEX_SCAN), longs().all())
        .checkAssert((length, seed) -> {
          java.util.Random random = new java.util.Random(seed);
          StringBuilder text = new StringBuilder();
          while (text.length() < length) {
            int at = random.nextInt(alphabet.length());
            char c = alphabet.charAt(at);
            // Mostly letters and spaces, as text is; a pair stays a pair.
            if (random.nextInt(4) != 0) {
              text.append(random.nextBoolean() ? 'x' : ' ');
            } else if (Character.isHighSurrogate(c) && at + 1 < alphabet.length()
                && Character.isLowSurrogate(alphabet.charAt(at + 1))) {
              text.append(c).append(alphabet.charAt(at + 1));
            } else {
              text.append(c);
            }
          }
          String value = text.toString();
          if (!modelAccepts(value)) {
            return;
          }
          if (value.chars().noneMatch(c -> Character.isSurrogate((char) c))) {
            // The full scan sends a surrogate pair to the encoder, which leaves it as is; else the two agree.
            assertEquals(Escape.firstUnsafe(value, contentAscii()), Escape.firstMarkup(value), () -> codeUnits(value));
          }
          StringBuilder out = new StringBuilder("x");
          try {
            ESCAPE.modelContent(out, value);
          } catch (IOException e) {
            throw new AssertionError(e);
          }
          assertEquals("x" + Encode.forHtmlContent(value), out.toString(), () -> "model " + codeUnits(value));
        });
  }

  @Test
  void theModelRefusesEveryCharacterTheModelPathLeavesToTheEncoderUnlooked() {
    // Each character the full scan sends to the encoder, other than & < >, is one the model refuses:
    // what makes the indexOf scan of a model string equivalent to the full one.
    for (int c = 0; c <= 0xFFFF; c++) {
      char unit = (char) c;
      if (!Escape.contentSafe(unit) && "&<>".indexOf(unit) < 0 && !Character.isSurrogate(unit)) {
        String value = "x" + unit + "x";
        assertFalse(modelAccepts(value), () -> String.format("U+%04X", (int) unit));
      }
    }
    // Surrogates reach the encoder only in pairs in model strings, and the encoder leaves a pair as is.
    assertFalse(modelAccepts("x\ud800x"));
    assertFalse(modelAccepts("x\udc00x"));
    assertEquals("\ud83d\ude00", Encode.forHtmlContent("\ud83d\ude00"));
  }

  private static boolean modelAccepts(String value) {
    try {
      Text.of(value);
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private static boolean[] contentAscii() {
    boolean[] safe = new boolean[0x80];
    for (char c = 0; c < 0x80; c++) {
      safe[c] = Escape.contentSafe(c);
    }
    return safe;
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
