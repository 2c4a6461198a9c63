package dev.newsmodel.jsonld.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
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

/**
 * A JSON document as a small tree whose every value knows its JSON Pointer, read with jackson-core's
 * streaming parser (no databind). Numbers keep their text; a member name met twice keeps its first
 * value and is listed in {@link #duplicates()}.
 */
public final class JsonTree {
  /** What a value is. */
  public enum Kind { OBJECT, ARRAY, STRING, NUMBER, BOOLEAN, NULL }

  /** One value of the document. */
  public static final class Value {
    private final Kind kind;
    private final String pointer;
    private final String text;
    private final Map<String, Value> members;
    private final List<Value> items;

    Value(Kind kind, String pointer, String text, Map<String, Value> members, List<Value> items) {
      this.kind = kind;
      this.pointer = pointer;
      this.text = text;
      this.members = members;
      this.items = items;
    }

    /** The kind. */
    public Kind kind() {
      return kind;
    }

    /** The JSON Pointer, such as {@code /@graph/0/headline}; empty for the root. */
    public String pointer() {
      return pointer;
    }

    /** A string's value, a number's or boolean's text; empty otherwise. */
    public String text() {
      return text;
    }

    /** An object's members in document order; empty otherwise. */
    public Map<String, Value> members() {
      return members;
    }

    /** An array's items; empty otherwise. */
    public List<Value> items() {
      return items;
    }

    /** A member, or null. */
    public @Nullable Value get(String name) {
      return members.get(name);
    }

    /** Whether this is a string. */
    public boolean isString() {
      return kind == Kind.STRING;
    }

    /** Whether this is an object. */
    public boolean isObject() {
      return kind == Kind.OBJECT;
    }

    /** Whether this is an array. */
    public boolean isArray() {
      return kind == Kind.ARRAY;
    }

    /** The value itself if it is not an array, or an array's items. */
    public List<Value> asList() {
      return kind == Kind.ARRAY ? items : List.of(this);
    }
  }

  /** Why a document could not be read: where and what. */
  public static final class SyntaxException extends Exception {
    private static final long serialVersionUID = 1L;
    private final boolean limit;

    SyntaxException(String message, boolean limit) {
      super(message);
      this.limit = limit;
    }

    /** Whether a limit was exceeded, rather than the syntax broken. */
    public boolean limit() {
      return limit;
    }
  }

  private final Value root;
  private final List<String> duplicates;

  private JsonTree(Value root, List<String> duplicates) {
    this.root = root;
    this.duplicates = duplicates;
  }

  /** The root value. */
  public Value root() {
    return root;
  }

  /** The pointers of members whose name was met twice in one object (the later value ignored). */
  public List<String> duplicates() {
    return duplicates;
  }

  /**
   * Parses a document.
   *
   * @param json the text
   * @param maxDepth the deepest nesting of objects and arrays
   * @param maxStringLength the longest string
   * @return the tree
   * @throws SyntaxException naming line and column, if the text is not one JSON value within the limits
   */
  public static JsonTree parse(String json, int maxDepth, int maxStringLength) throws SyntaxException {
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(maxDepth)
            .maxStringLength(maxStringLength).maxNumberLength(1000).maxNameLength(maxStringLength).build())
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .build();
    List<String> duplicates = new ArrayList<>();
    try (JsonParser p = factory.createParser(ObjectReadContext.empty(), json)) {
      JsonToken t = p.nextToken();
      if (t == null) {
        throw new SyntaxException("The document is empty; expected a JSON object or array.", false);
      }
      Value root = value(p, t, "", duplicates);
      JsonToken after = p.nextToken();
      if (after != null) {
        throw new SyntaxException(at(p.currentLocation()) + "expected the end of the document after its value, "
            + "but found more.", false);
      }
      return new JsonTree(root, duplicates);
    } catch (StreamConstraintsException e) {
      throw new SyntaxException(at(e.getLocation()) + "the document exceeds a limit (nesting deeper than " + maxDepth
          + " or a string longer than " + maxStringLength + " characters).", true);
    } catch (JacksonException e) {
      String original = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
      int nl = original.indexOf('\n');
      throw new SyntaxException(at(e.getLocation()) + "the text is not well-formed JSON ("
          + (nl < 0 ? original : original.substring(0, nl)) + ").", false);
    }
  }

  private static String at(@Nullable TokenStreamLocation where) {
    if (where == null || where.getLineNr() < 1) {
      return "";
    }
    return "Line " + where.getLineNr() + ", column " + where.getColumnNr() + ": ";
  }

  private static Value value(JsonParser p, JsonToken t, String pointer, List<String> duplicates) {
    switch (t) {
      case START_OBJECT: {
        Map<String, Value> members = new LinkedHashMap<>();
        for (JsonToken n = p.nextToken(); n != JsonToken.END_OBJECT; n = p.nextToken()) {
          String name = p.currentName();
          String child = pointer + "/" + name.replace("~", "~0").replace("/", "~1");
          Value v = value(p, p.nextToken(), child, duplicates);
          if (members.containsKey(name)) {
            duplicates.add(child);
          } else {
            members.put(name, v);
          }
        }
        return new Value(Kind.OBJECT, pointer, "", Collections.unmodifiableMap(members), List.of());
      }
      case START_ARRAY: {
        List<Value> items = new ArrayList<>();
        for (JsonToken n = p.nextToken(); n != JsonToken.END_ARRAY; n = p.nextToken()) {
          items.add(value(p, n, pointer + "/" + items.size(), duplicates));
        }
        return new Value(Kind.ARRAY, pointer, "", Map.of(), List.copyOf(items));
      }
      case VALUE_STRING:
        return new Value(Kind.STRING, pointer, p.getString(), Map.of(), List.of());
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return new Value(Kind.NUMBER, pointer, p.getString(), Map.of(), List.of());
      case VALUE_TRUE:
        return new Value(Kind.BOOLEAN, pointer, "true", Map.of(), List.of());
      case VALUE_FALSE:
        return new Value(Kind.BOOLEAN, pointer, "false", Map.of(), List.of());
      default:
        return new Value(Kind.NULL, pointer, "", Map.of(), List.of());
    }
  }
}
