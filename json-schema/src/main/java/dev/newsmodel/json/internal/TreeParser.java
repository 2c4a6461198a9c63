package dev.newsmodel.json.internal;

import dev.newsmodel.core.lint.Severity;
import dev.newsmodel.json.Limits;
import dev.newsmodel.json.Problem;
import dev.newsmodel.json.ProblemCode;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Parses a JSON document once into a tree while recording where each value starts, by JSON Pointer.
 *
 * <p>Duplicate property names are reported with the duplicate's pointer and location; anything after
 * the root value is reported as trailing content; the parser enforces the {@link Limits}. The recursion
 * is bounded by the depth limit, which the parser checks before each nested value.
 */
public final class TreeParser {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final Limits limits;
  private final JsonFactory factory;

  /**
   * Returns a parser for the given limits.
   *
   * @param limits the limits, not null
   */
  public TreeParser(Limits limits) {
    this.limits = limits;
    this.factory = factory(limits);
  }

  /**
   * Returns a Jackson factory that enforces the limits through its {@link StreamReadConstraints}. Duplicate
   * property names are detected by the tree walk, which knows the duplicate's pointer; the factory of
   * the public mapper enables {@link StreamReadFeature#STRICT_DUPLICATE_DETECTION} as well.
   *
   * @param limits the limits, not null
   * @return the factory, not null
   */
  public static JsonFactory factory(Limits limits) {
    // One more than the limit: the walk checks the limit itself, at the offending value's start, and the
    // parser's own check stays as a backstop.
    return factory(limits, limits.maxDepth() + 1);
  }

  /** Returns a factory enforcing the limits, with the parser itself refusing nesting deeper than given. */
  static JsonFactory factory(Limits limits, int maxNestingDepth) {
    return JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxDocumentLength(limits.maxDocumentBytes())
            .maxNestingDepth(maxNestingDepth)
            .maxStringLength(limits.maxStringLength())
            .maxNameLength(limits.maxNameLength())
            .maxNumberLength(limits.maxNumberLength())
            .build())
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .build();
  }

  /**
   * Parses a whole UTF-8 document.
   *
   * @param document the bytes, not null
   * @return the tree with locations, or the problem that stopped parsing, not null
   */
  public ParsedDocument parse(byte[] document) {
    if (document.length > limits.maxDocumentBytes()) {
      return new ParsedDocument(null, new Locations(null), Problem.of(ProblemCode.LIMIT_DOCUMENT_SIZE.code(), Severity.ERROR, "", 1, 1,
          String.format(Locale.ROOT, "Expected a document of at most %d bytes, but found %d bytes.",
              limits.maxDocumentBytes(), document.length)));
    }
    Problem encoding = Encodings.problem(document);
    if (encoding != null) {
      return new ParsedDocument(null, new Locations(null), encoding);
    }
    LineIndex lines = new LineIndex(document);
    Locations locations = new Locations(lines);
    Walk walk = new Walk(locations, lines, limits.maxValues(), limits.maxArrayItems());
    try (JsonParser p = factory.createParser(ObjectReadContext.empty(), document)) {
      try {
        return walk.document(p);
      } catch (JacksonException e) {
        return new ParsedDocument(null, locations, walk.problemOf(e, p));
      } catch (Stop e) {
        return new ParsedDocument(null, locations, e.problem);
      }
    } catch (JacksonException e) {
      return new ParsedDocument(null, locations, walk.problemOf(e, null));
    }
  }

  /**
   * Reads the value at the parser's current token into a tree, for the Jackson module, which is given a
   * parser positioned on the value. Locations come from the parser's own line and column counts; the
   * value and array item counts are those of {@link Limits#defaults()}, since a parser carries no
   * counts of its own.
   *
   * @param p the parser, on the first token of the value, not null
   * @return the tree with locations, or the problem that stopped reading, not null
   */
  public static ParsedDocument readValue(JsonParser p) {
    Locations locations = new Locations(null);
    Walk walk = new Walk(locations, null, Limits.defaults().maxValues(), Limits.defaults().maxArrayItems());
    try {
      walk.constraints = p.streamReadConstraints();
      walk.maxDepth = walk.constraints.getMaxNestingDepth() - 1;
      JsonToken t = p.currentToken();
      if (t == null) {
        t = p.nextToken();
      }
      if (t == null) {
        return new ParsedDocument(null, locations, walk.empty());
      }
      return new ParsedDocument(walk.value(p, t, "", 1, -1, null, -1), locations, null);
    } catch (JacksonException e) {
      return new ParsedDocument(null, locations, walk.problemOf(e, p));
    } catch (Stop e) {
      return new ParsedDocument(null, locations, e.problem);
    }
  }

  /**
   * Returns the node of a scalar token: the same nodes for the located parse and the quick reader. A
   * string's node is a {@link JsonText.StringValue}, whose {@code toString()} builds no mapper.
   *
   * @param p the parser, on the token
   * @param t the token, a scalar
   * @return the node, not null
   */
  static JsonNode scalar(JsonParser p, JsonToken t) {
    switch (t) {
      case VALUE_STRING:
        return new JsonText.StringValue(p.getString());
      case VALUE_NUMBER_INT:
        switch (p.getNumberType()) {
          case INT:
            return NODES.numberNode(p.getIntValue());
          case LONG:
            return NODES.numberNode(p.getLongValue());
          default:
            return NODES.numberNode(p.getBigIntegerValue());
        }
      case VALUE_NUMBER_FLOAT:
        return NODES.numberNode(p.getDoubleValue());
      case VALUE_TRUE:
        return NODES.booleanNode(true);
      case VALUE_FALSE:
        return NODES.booleanNode(false);
      case VALUE_NULL:
        return NODES.nullNode();
      default:
        throw new IllegalStateException("Unexpected token " + t);
    }
  }

  /**
   * Stops the walk with a problem found by the walk itself: a duplicate property, nesting too deep, too
   * many values or array items.
   */
  private static final class Stop extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final transient Problem problem;

    Stop(Problem problem) {
      super(problem.message(), null, false, false);
      this.problem = problem;
    }
  }

  /** One parse: the pointer being read, so a failure can name where it happened. */
  private static final class Walk {
    private final Locations locations;
    private final @Nullable LineIndex lines;
    private String current = "";
    private boolean rootDone;
    private StreamReadConstraints constraints = StreamReadConstraints.defaults();
    private int maxDepth = Integer.MAX_VALUE;
    /** The byte offset of a value whose name was read in the step that failed, or -1. */
    private long pendingValueStart = -1;
    private final int maxValues;
    private final int maxArrayItems;
    /** The values read so far, this one included. */
    private int values;

    Walk(Locations locations, @Nullable LineIndex lines, int maxValues, int maxArrayItems) {
      this.locations = locations;
      this.lines = lines;
      this.maxValues = maxValues;
      this.maxArrayItems = maxArrayItems;
    }

    ParsedDocument document(JsonParser p) {
      constraints = p.streamReadConstraints();
      maxDepth = constraints.getMaxNestingDepth() - 1;
      JsonToken t = p.nextToken();
      if (t == null) {
        return new ParsedDocument(null, locations, empty());
      }
      JsonNode root = value(p, t, "", 1, -1, null, -1);
      rootDone = true;
      current = "";
      JsonToken after = p.nextToken();
      if (after != null) {
        long at = locations.resolve(position(p.currentTokenLocation()));
        return new ParsedDocument(null, locations, trailing(at));
      }
      return new ParsedDocument(root, locations, null);
    }

    JsonNode value(JsonParser p, JsonToken t, String pointer, int depth, int parent, @Nullable String name,
        int index) {
      long position = position(p.currentTokenLocation());
      int node = locations.add(parent, name, index, t == JsonToken.START_ARRAY, position);
      if ((t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) && depth > maxDepth) {
        long at = locations.resolve(position);
        throw new Stop(Problem.of(ProblemCode.LIMIT_DEPTH.code(), Severity.ERROR, pointer, Locations.line(at), Locations.column(at),
            "Expected arrays and objects nested at most " + maxDepth + " deep, but found one nested " + depth
                + " deep."));
      }
      if (++values > maxValues) {
        long at = locations.resolve(position);
        throw new Stop(Problem.of(ProblemCode.LIMIT_VALUES.code(), Severity.ERROR, pointer, Locations.line(at),
            Locations.column(at), LimitMessages.values(maxValues)));
      }
      switch (t) {
        case START_OBJECT:
          return object(p, pointer, depth, node);
        case START_ARRAY:
          return array(p, pointer, depth, node);
        default:
          return scalar(p, t);
      }
    }

    private ObjectNode object(JsonParser p, String pointer, int depth, int self) {
      ObjectNode node = NODES.objectNode();
      @Nullable String last = null;
      while (true) {
        current = pointer;
        JsonToken t;
        try {
          t = p.nextToken();
        } catch (JacksonException e) {
          // Jackson reads a property name and the start of its value in one step: blame the property.
          String name = p.currentName();
          if (name != null && !name.equals(last) && p.currentToken() == JsonToken.PROPERTY_NAME) {
            current = Pointers.child(pointer, name);
            pendingValueStart = lines == null ? -1 : lines.valueAfterName(p.currentTokenLocation().getByteOffset());
          }
          throw e;
        }
        if (t != JsonToken.PROPERTY_NAME) {
          return node;
        }
        String name = p.currentName();
        last = name;
        String child = Pointers.child(pointer, name);
        current = child;
        if (node.has(name)) {
          long at = locations.resolve(position(p.currentTokenLocation()));
          throw new Stop(Problem.of(ProblemCode.JSON_DUPLICATE_KEY.code(), Severity.ERROR, child, Locations.line(at),
              Locations.column(at), "Expected each property once in an object, but found \"" + name
                  + "\" again."));
        }
        JsonToken v = p.nextToken();
        node.set(name, value(p, v, child, depth + 1, self, name, -1));
      }
    }

    private ArrayNode array(JsonParser p, String pointer, int depth, int self) {
      ArrayNode node = NODES.arrayNode();
      int index = 0;
      while (true) {
        String child = Pointers.child(pointer, index);
        current = child;
        JsonToken t = p.nextToken();
        if (t == JsonToken.END_ARRAY) {
          return node;
        }
        if (index == maxArrayItems) {
          long at = locations.resolve(position(p.currentTokenLocation()));
          throw new Stop(Problem.of(ProblemCode.LIMIT_ARRAY_ITEMS.code(), Severity.ERROR, child, Locations.line(at),
              Locations.column(at), LimitMessages.arrayItems(maxArrayItems)));
        }
        node.add(value(p, t, child, depth + 1, self, null, index));
        index++;
      }
    }

    Problem empty() {
      return Problem.of(ProblemCode.JSON_EMPTY.code(), Severity.ERROR, "", 1, 1,
          "Expected a JSON object describing an article, but found an empty document.");
    }

    private Problem trailing(long at) {
      return Problem.of(ProblemCode.JSON_TRAILING_CONTENT.code(), Severity.ERROR, "", Locations.line(at), Locations.column(at),
          "Expected the end of the document after the root value, but found more content.");
    }

    Problem problemOf(JacksonException e, @Nullable JsonParser p) {
      TokenStreamLocation where = e.getLocation();
      if (p != null && (where == null || where.getLineNr() < 1)) {
        where = p.currentLocation();
      }
      long at = where == null ? Locations.pack(1, 1) : locations.resolve(position(where));
      if (rootDone) {
        return trailing(at);
      }
      String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
      if (e instanceof StreamConstraintsException) {
        // Our own words, not Jackson's: its messages are formatted in the default locale (Arabic-Indic
        // digits under ar-SA) and name its API.
        String lower = original.toLowerCase(Locale.ROOT);
        String code;
        String message;
        if (lower.contains("nesting depth")) {
          code = ProblemCode.LIMIT_DEPTH.code();
          message = "Expected arrays and objects nested at most " + maxDepth + " deep, but found one nested deeper.";
        } else if (lower.contains("string value length")) {
          code = ProblemCode.LIMIT_STRING_LENGTH.code();
          message = "Expected strings of at most " + constraints.getMaxStringLength()
              + " characters, but found a longer one.";
        } else if (lower.contains("name length")) {
          code = ProblemCode.LIMIT_NAME_LENGTH.code();
          message = "Expected property names of at most " + constraints.getMaxNameLength()
              + " characters, but found a longer one.";
        } else if (lower.contains("number value length") || lower.contains("number length")) {
          code = ProblemCode.LIMIT_NUMBER_LENGTH.code();
          message = "Expected numbers of at most " + constraints.getMaxNumberLength()
              + " characters, but found a longer one.";
        } else if (lower.contains("document length")) {
          code = ProblemCode.LIMIT_DOCUMENT_SIZE.code();
          message = "Expected a document of at most " + constraints.getMaxDocumentLength()
              + " bytes, but found a larger one.";
        } else {
          code = ProblemCode.JSON_SYNTAX.code();
          message = "Expected a document within the configured limits, but the parser stopped here.";
        }
        long start = code.equals(ProblemCode.LIMIT_STRING_LENGTH.code()) ? locations.exact(current) : -1;
        if (start >= 0) {
          at = locations.resolve(start);
        } else if (pendingValueStart >= 0 && lines != null) {
          at = lines.locate(pendingValueStart);
        } else if (p != null && !code.equals(ProblemCode.LIMIT_DEPTH.code())) {
          at = locations.resolve(position(p.currentLocation()));
        }
        return Problem.of(code, Severity.ERROR, current, Locations.line(at), Locations.column(at), message);
      }
      return Problem.of(ProblemCode.JSON_SYNTAX.code(), Severity.ERROR, current, Locations.line(at), Locations.column(at),
          Messages.syntax(original));
    }

    /** Returns what to record for a location: its byte offset over bytes, else its packed line and column. */
    private long position(TokenStreamLocation where) {
      if (lines != null) {
        return Math.max(0, where.getByteOffset());
      }
      return Locations.pack(Math.max(1, where.getLineNr()), Math.max(1, where.getColumnNr()));
    }

    private static String sentence(String jacksonMessage) {
      String s = jacksonMessage.strip();
      int newline = s.indexOf('\n');
      if (newline >= 0) {
        s = s.substring(0, newline).strip();
      }
      if (s.isEmpty()) {
        return "the parser stopped here.";
      }
      s = Character.toLowerCase(s.charAt(0)) + s.substring(1);
      return s.endsWith(".") ? s : s + ".";
    }
  }
}
