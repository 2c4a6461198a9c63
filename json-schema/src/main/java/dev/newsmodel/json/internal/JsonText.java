package dev.newsmodel.json.internal;

import java.io.StringWriter;
import java.util.function.Consumer;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.StringNode;

/**
 * The JSON text of a string or number node, such as {@code "a\"b"} or {@code 12}: what Jackson's
 * {@code JsonNode.toString()} gives, written with the streaming generator instead.
 *
 * <p>{@code toString()} writes through Jackson's shared {@code JsonMapper}, built on first use, and
 * building it took 30 to 50 ms of a command's first invalid document (its default date format loads the
 * JDK's locale data). networknt calls {@code toString()} on the schema's enum values when it compiles the
 * schema, and on the document's value whenever a {@code const} does not match, which the block and
 * inline unions' {@code if} branches do for most values, only to discard the text. The trees this
 * package parses hold {@link StringValue} nodes, whose text comes from here; so do the numbers our own
 * messages quote. Other nodes (arrays, objects) keep Jackson's {@code toString()}: the same text, built
 * through the mapper when it is first needed.
 */
final class JsonText {
  /** A factory with Jackson's defaults, those of the shared mapper's factory, so the text is the same. */
  private static final JsonFactory FACTORY = new JsonFactory();

  private JsonText() {}

  /**
   * Returns a node's compact JSON text, the same as its {@code toString()}.
   *
   * @param node the node, not null
   * @return the text, not null
   */
  static String of(JsonNode node) {
    if (node.isString()) {
      return quoted(node.stringValue());
    }
    if (node.isDouble()) {
      return generated(g -> g.writeNumber(node.doubleValue()));
    }
    if (node.isInt() || node.isLong()) {
      return Long.toString(node.longValue());
    }
    if (node.isIntegralNumber()) {
      return generated(g -> g.writeNumber(node.bigIntegerValue()));
    }
    return node.toString();
  }

  /** Returns a string's JSON text, quoted and escaped as Jackson's generator does it. */
  private static String quoted(String text) {
    return isPlain(text) ? '"' + text + '"' : generated(g -> g.writeString(text));
  }

  /** Returns what one write to a generator with Jackson's defaults gives. */
  private static String generated(Consumer<JsonGenerator> write) {
    StringWriter out = new StringWriter(32);
    try (JsonGenerator g = FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
      write.accept(g);
    }
    return out.toString();
  }

  /**
   * Returns whether the generator writes the text as it is: without a control character, a quote or a
   * backslash (by default Jackson escapes nothing else, not even non-ASCII text). Most strings are, and
   * a generator per string was the largest part of networknt's cost on a value no const matched.
   */
  private static boolean isPlain(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 || c == '"' || c == '\\') {
        return false;
      }
    }
    return true;
  }

  /** A string node whose {@code toString()} does not build Jackson's shared mapper. */
  static final class StringValue extends StringNode {
    private static final long serialVersionUID = 1L;

    StringValue(String value) {
      super(value);
    }

    @Override
    public String toString() {
      return quoted(stringValue());
    }
  }
}
