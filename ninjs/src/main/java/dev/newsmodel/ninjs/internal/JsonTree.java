package dev.newsmodel.ninjs.internal;

import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.json.JsonFactory;

/**
 * A small JSON tree read with jackson-core's streaming parser, each node knowing its JSON Pointer: enough
 * to walk a ninjs document and name where a problem is, without jackson-databind. Objects keep their
 * members in document order; a repeated member name is a syntax error.
 */
public final class JsonTree {
  /** The deepest nesting read; ninjs documents nest a handful of levels (associations of associations). */
  public static final int MAX_DEPTH = 64;
  /** The longest document read, in characters. */
  public static final int MAX_DOCUMENT_CHARS = 16 * 1024 * 1024;

  private static final JsonFactory FACTORY = JsonFactory.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .streamReadConstraints(StreamReadConstraints.builder()
          .maxNestingDepth(MAX_DEPTH)
          .maxStringLength(MAX_DOCUMENT_CHARS)
          .maxDocumentLength(MAX_DOCUMENT_CHARS)
          .maxNumberLength(100)
          .build())
      .build();

  private JsonTree() {}

  /** A node of the tree: its JSON Pointer and its value. */
  public abstract static class Node {
    private final String pointer;

    Node(String pointer) {
      this.pointer = pointer;
    }

    /** Returns the node's JSON Pointer, such as {@code /bodies/0/value}; empty for the root. */
    public String pointer() {
      return pointer;
    }

    /** Returns what the node is, for messages: "an object", "a string", ... */
    public abstract String describe();
  }

  /** A JSON object; members in document order. */
  public static final class Obj extends Node {
    private final Map<String, Node> members;

    Obj(String pointer, Map<String, Node> members) {
      super(pointer);
      this.members = Collections.unmodifiableMap(members);
    }

    /** Returns the members in document order. */
    public Map<String, Node> members() {
      return members;
    }

    /** Returns a member, or null. */
    public @Nullable Node get(String name) {
      return members.get(name);
    }

    /** Returns the pointer a member has or would have. */
    public String pointerOf(String name) {
      return child(pointer(), name);
    }

    @Override
    public String describe() {
      return "an object";
    }
  }

  /** A JSON array. */
  public static final class Arr extends Node {
    private final List<Node> items;

    Arr(String pointer, List<Node> items) {
      super(pointer);
      this.items = Collections.unmodifiableList(items);
    }

    /** Returns the items in order. */
    public List<Node> items() {
      return items;
    }

    @Override
    public String describe() {
      return "an array";
    }
  }

  /** A JSON string. */
  public static final class Str extends Node {
    private final String value;

    Str(String pointer, String value) {
      super(pointer);
      this.value = value;
    }

    /** Returns the string. */
    public String value() {
      return value;
    }

    @Override
    public String describe() {
      return "a string";
    }
  }

  /** A JSON number, kept as its text. */
  public static final class Num extends Node {
    private final String text;
    private final boolean integral;

    Num(String pointer, String text, boolean integral) {
      super(pointer);
      this.text = text;
      this.integral = integral;
    }

    /** Returns the number's text as written. */
    public String text() {
      return text;
    }

    /** Returns the number as an int, if it is an integer in int's range. */
    public Optional<Integer> intValue() {
      if (!integral) {
        return Optional.empty();
      }
      try {
        return Optional.of(Integer.parseInt(text));
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
    }

    /** Returns the number as a double. */
    public double doubleValue() {
      return Double.parseDouble(text);
    }

    @Override
    public String describe() {
      return "a number";
    }
  }

  /** A JSON true or false. */
  public static final class Bool extends Node {
    private final boolean value;

    Bool(String pointer, boolean value) {
      super(pointer);
      this.value = value;
    }

    /** Returns the value. */
    public boolean value() {
      return value;
    }

    @Override
    public String describe() {
      return value ? "true" : "false";
    }
  }

  /** A JSON null. */
  public static final class Null extends Node {
    Null(String pointer) {
      super(pointer);
    }

    @Override
    public String describe() {
      return "null";
    }
  }

  /** Why a text is not one JSON value: a message with its line and column. */
  public static final class SyntaxException extends Exception {
    private static final long serialVersionUID = 1L;

    SyntaxException(String message) {
      super(message, null, false, false);
    }
  }

  /**
   * Reads one JSON value, with nothing but white space after it.
   *
   * @param text the JSON text, not null
   * @return the root node, not null
   * @throws SyntaxException if the text is not well-formed JSON or breaks a limit
   */
  public static Node parse(String text) throws SyntaxException {
    if (text.length() > MAX_DOCUMENT_CHARS) {
      throw new SyntaxException("the document is " + text.length() + " characters long; at most "
          + MAX_DOCUMENT_CHARS + " are read");
    }
    JsonParser p = null;
    try (Reader reader = new StringReader(text)) {
      p = FACTORY.createParser(ObjectReadContext.empty(), reader);
      JsonToken first = p.nextToken();
      if (first == null) {
        throw new SyntaxException("the document is empty; expected a JSON object");
      }
      Node root = read(p, first, "");
      JsonToken after = p.nextToken();
      if (after != null) {
        throw new SyntaxException("more JSON after the first value" + at(p.currentTokenLocation()));
      }
      return root;
    } catch (JacksonException e) {
      String message = e.getOriginalMessage();
      TokenStreamLocation where = e.getLocation() != null ? e.getLocation() : p == null ? null : p.currentLocation();
      throw new SyntaxException((message == null ? "malformed JSON" : firstLine(message)) + at(where));
    } catch (java.io.IOException e) {
      throw new SyntaxException("cannot read the document: " + e.getMessage());
    } finally {
      if (p != null) {
        p.close();
      }
    }
  }

  private static Node read(JsonParser p, JsonToken token, String pointer) {
    switch (token) {
      case START_OBJECT: {
        Map<String, Node> members = new LinkedHashMap<>();
        for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
          String name = p.currentName();
          String childPointer = child(pointer, name);
          members.put(name, read(p, p.nextToken(), childPointer));
        }
        return new Obj(pointer, members);
      }
      case START_ARRAY: {
        List<Node> items = new ArrayList<>();
        for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
          items.add(read(p, t, pointer + "/" + items.size()));
        }
        return new Arr(pointer, items);
      }
      case VALUE_STRING:
        return new Str(pointer, p.getString());
      case VALUE_NUMBER_INT:
        return new Num(pointer, p.getString(), true);
      case VALUE_NUMBER_FLOAT:
        return new Num(pointer, p.getString(), false);
      case VALUE_TRUE:
        return new Bool(pointer, true);
      case VALUE_FALSE:
        return new Bool(pointer, false);
      default:
        return new Null(pointer);
    }
  }

  /**
   * Returns the JSON Pointer of a member (RFC 6901: {@code ~} as {@code ~0}, {@code /} as {@code ~1}).
   *
   * @param parent the parent's pointer
   * @param name the member's name
   * @return the pointer
   */
  public static String child(String parent, String name) {
    return parent + "/" + name.replace("~", "~0").replace("/", "~1");
  }

  private static String at(@Nullable TokenStreamLocation location) {
    if (location == null || location.getLineNr() < 1) {
      return "";
    }
    return " at line " + location.getLineNr() + ", column " + location.getColumnNr();
  }

  private static String firstLine(String message) {
    int nl = message.indexOf('\n');
    return nl < 0 ? message : message.substring(0, nl);
  }
}
