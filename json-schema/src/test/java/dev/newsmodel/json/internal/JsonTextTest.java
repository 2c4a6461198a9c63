package dev.newsmodel.json.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import dev.newsmodel.json.Limits;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;
import org.quicktheories.impl.Constraint;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.BigIntegerNode;
import tools.jackson.databind.node.DoubleNode;
import tools.jackson.databind.node.IntNode;
import tools.jackson.databind.node.LongNode;
import tools.jackson.databind.node.StringNode;

/**
 * {@link JsonText} gives the text Jackson's own {@code toString()} gives, so networknt's messages and
 * ours read the same whichever node they are handed; and a {@link JsonText.StringValue} is, to anyone
 * comparing, the string node it stands for.
 */
class JsonTextTest {
  /** Any character, weighted towards the ones JSON escapes: controls, quotes, backslashes, slashes, surrogates. */
  private static final Gen<String> TEXT = in -> {
    int n = (int) in.next(Constraint.between(0, 12));
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < n; i++) {
      switch ((int) in.next(Constraint.between(0, 5))) {
        case 0:
          s.append((char) in.next(Constraint.between(0, 0x20)));
          break;
        case 1:
          s.append("\"\\/\u007f\u2028\u2029".charAt((int) in.next(Constraint.between(0, 5))));
          break;
        case 2:
          s.append((char) in.next(Constraint.between(0xD800, 0xDFFF)));
          break;
        case 3:
          s.appendCodePoint((int) in.next(Constraint.between(0x10000, 0x10FFFF)));
          break;
        default:
          s.append((char) in.next(Constraint.between(0x20, 0xFFFF)));
      }
    }
    return s.toString();
  };

  @Test
  void aStringsTextIsJacksons() {
    qt().withFixedSeed(8259L).withExamples(5_000).forAll(TEXT).checkAssert(text ->
        assertEquals(StringNode.valueOf(text).toString(), new JsonText.StringValue(text).toString(), text));
  }

  @Test
  void aStringValueIsEqualToTheStringNodeItStandsFor() {
    qt().withFixedSeed(8259L).withExamples(1_000).forAll(TEXT).checkAssert(text -> {
      JsonNode ours = new JsonText.StringValue(text);
      JsonNode jacksons = StringNode.valueOf(text);
      assertTrue(ours.equals(jacksons) && jacksons.equals(ours), text);
      assertEquals(jacksons.hashCode(), ours.hashCode());
      assertEquals(text, ours.stringValue());
    });
  }

  @Test
  void aNumbersTextIsJacksons() {
    qt().withFixedSeed(8259L).withExamples(2_000).forAll(SourceDSL.integers().all()).checkAssert(i ->
        assertEquals(IntNode.valueOf(i).toString(), JsonText.of(IntNode.valueOf(i))));
    qt().withFixedSeed(8259L).withExamples(2_000).forAll(SourceDSL.longs().all()).checkAssert(l ->
        assertEquals(LongNode.valueOf(l).toString(), JsonText.of(LongNode.valueOf(l))));
    qt().withFixedSeed(8259L).withExamples(2_000).forAll(SourceDSL.doubles().any()).checkAssert(d ->
        assertEquals(DoubleNode.valueOf(d).toString(), JsonText.of(DoubleNode.valueOf(d)), Double.toString(d)));
    BigInteger big = BigInteger.TEN.pow(40).negate();
    assertEquals(BigIntegerNode.valueOf(big).toString(), JsonText.of(BigIntegerNode.valueOf(big)));
  }

  /** What the located parse makes of a document's scalars, and the text each gives. */
  @ParameterizedTest
  @ValueSource(strings = {"\"plain\"", "\"a\\\"b\\\\c\\/d\"", "\"\\u0000\\u001f\\t\\n\"", "\"\\ud83d\\ude00 \\u00e9\"",
      "\"\\udc00\"", "0", "-12", "2147483648", "-9223372036854775809", "1e400", "2.50", "-0.0", "1E-7"})
  void theParsersNodesGiveJacksonsText(String scalar) {
    JsonNode node = new TreeParser(Limits.defaults())
        .parse(("{\"v\": " + scalar + "}").getBytes(StandardCharsets.UTF_8)).root().get("v");
    if (node.isString()) {
      assertInstanceOf(JsonText.StringValue.class, node);
      assertEquals(StringNode.valueOf(node.stringValue()).toString(), node.toString());
    }
    String expected = node.isString() ? StringNode.valueOf(node.stringValue()).toString()
        : node.isDouble() ? DoubleNode.valueOf(node.doubleValue()).toString()
        : node.isInt() ? IntNode.valueOf(node.intValue()).toString()
        : node.isLong() ? LongNode.valueOf(node.longValue()).toString()
        : BigIntegerNode.valueOf(node.bigIntegerValue()).toString();
    assertEquals(expected, JsonText.of(node));
  }
}
