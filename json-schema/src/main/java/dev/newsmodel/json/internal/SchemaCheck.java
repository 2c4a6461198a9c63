package dev.newsmodel.json.internal;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import dev.newsmodel.core.lint.Severity;
import dev.newsmodel.json.ArticleSchema;
import dev.newsmodel.json.Problem;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Checks a tree against the published schema with networknt's validator and turns each error into a
 * located {@link Problem} with a sentence of our own: {@code Expected a string, but found the number 12.}
 */
public final class SchemaCheck {
  private static final Schema SCHEMA = load();

  /** What a pattern of a named definition expects, in words. */
  private static final Map<String, String> PATTERNS = Map.ofEntries(
      Map.entry("line", "text that is not blank (at least one character that is not a space)"),
      Map.entry("text", "text that is not blank (at least one character that is not a space)"),
      Map.entry("webUrl", "an absolute http or https URL with a host name"),
      Map.entry("linkUrl", "an absolute http, https or mailto URL"),
      Map.entry("timestamp",
          "an RFC 9557 timestamp with an offset, such as \"2021-04-06T02:24:00+03:00[Europe/Moscow]\""),
      Map.entry("regionTimestamp", "an RFC 9557 timestamp with an offset and a region zone, such as "
          + "\"2021-04-06T01:30:00+04:00[Asia/Baku]\""),
      Map.entry("language", "a BCP 47 language tag such as \"en\" or \"zh-Hant-TW\""),
      Map.entry("countryCode", "an ISO 3166-1 alpha-2 country code in upper case, such as \"RU\""),
      Map.entry("license", "an SPDX licence identifier such as \"CC-BY-SA-4.0\""));

  private SchemaCheck() {}

  /**
   * Returns what a {@code $defs} entry's pattern expects, in words, such as {@code an absolute http or
   * https URL with a host name}, for readers that apply the pattern themselves.
   *
   * @param definition the entry's name, such as {@code webUrl}, or {@code license} for an SPDX id
   * @return the words, or null if the entry has none
   */
  static @Nullable String expected(String definition) {
    return PATTERNS.get(definition);
  }

  private static Schema load() {
    SchemaRegistryConfig config = SchemaRegistryConfig.builder()
        .formatAssertionsEnabled(true).locale(java.util.Locale.ENGLISH)
        .regularExpressionFactory(SchemaRules.regularExpressions())
        .build();
    SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
        b -> b.schemaRegistryConfig(config));
    // The fast read's tree of the schema, not networknt's reader: that builds a JsonMapper (tens of
    // milliseconds on a command's first invalid document) only to read this text again, and our
    // tree's strings give their JSON text without one (JsonText).
    return registry.getSchema(SchemaLocation.of(ArticleSchema.id().toString()), SchemaRules.schema());
  }

  /**
   * Returns the schema's problems with the document, located.
   *
   * @param root the document's root, not null
   * @param locations where each value starts, not null
   * @return the problems, possibly empty, not null
   */
  public static List<Problem> check(JsonNode root, Locations locations) {
    List<Error> errors = SCHEMA.validate(root);
    List<Problem> problems = new ArrayList<>(errors.size());
    Set<String> seen = new HashSet<>();
    Set<String> patternPointers = new HashSet<>();
    for (Error e : errors) {
      if ("pattern".equals(e.getKeyword())) {
        patternPointers.add(pointer(e.getInstanceLocation()));
      }
    }
    for (Error e : errors) {
      String keyword = e.getKeyword() == null ? "unknown" : e.getKeyword();
      String pointer = pointer(e.getInstanceLocation());
      if (keyword.equals("format") && patternPointers.contains(pointer)) {
        continue;
      }
      if (keyword.equals("additionalProperties") || keyword.equals("unevaluatedProperties")) {
        String name = argument(e, 0);
        if (name != null) {
          pointer = Pointers.child(pointer, name);
        }
      }
      String message = message(e, keyword, root.at(pointer(e.getInstanceLocation())));
      if (!seen.add(keyword + ' ' + pointer + ' ' + message)) {
        continue;
      }
      int[] at = locations.of(pointer);
      problems.add(Problem.of("schema." + keyword, Severity.ERROR, pointer, at[0], at[1], message));
    }
    return problems;
  }

  private static String message(Error e, String keyword, JsonNode instance) {
    String found = instance.isMissingNode() ? "nothing" : Messages.describe(instance);
    String definition = definition(e.getSchemaLocation());
    switch (keyword) {
      case "required":
        return "Expected the required property \"" + argument(e, 0) + "\", but it is missing.";
      case "additionalProperties":
      case "unevaluatedProperties":
        return "Expected only the properties the schema defines here, but found the unknown property \""
            + argument(e, 0) + "\".";
      case "type":
        return "Expected " + typeName(argument(e, 1)) + ", but found " + found + ".";
      case "const":
        return "Expected \"" + argument(e, 0) + "\", but found " + found + ".";
      case "enum":
        return "Expected one of " + enumList(argument(e, 0)) + ", but found " + found + ".";
      case "pattern": {
        String expected = definition == null ? null : PATTERNS.get(definition);
        if (expected == null && e.getSchemaLocation() != null
            && e.getSchemaLocation().toString().contains("/spdxId/")) {
          expected = PATTERNS.get("license");
        }
        if (expected == null && e.getSchemaLocation() != null
            && e.getSchemaLocation().toString().endsWith("/properties/id/pattern")) {
          expected = "an id without spaces";
        }
        if (expected == null) {
          expected = "text matching the pattern " + argument(e, 0);
        }
        return "Expected " + expected + ", but found " + found + ".";
      }
      case "not":
        return "Expected " + ("line".equals(definition) ? "one line of text" : "a value")
            + " without line breaks, but found " + found + ".";
      case "format":
        return "Expected a valid " + argument(e, 0)
            + " (an RFC 3986 URI: ASCII, with spaces and other characters percent-encoded), but found " + found + ".";
      case "minLength":
        return "Expected at least " + argument(e, 0) + " character(s), but found " + found + ".";
      case "maxLength":
        return "Expected at most " + argument(e, 0) + " characters, but found " + found + ".";
      case "minimum":
        return "Expected a number of at least " + argument(e, 0) + ", but found " + found + ".";
      case "maximum":
        return "Expected a number of at most " + argument(e, 0) + ", but found " + found + ".";
      case "minItems":
        return "Expected at least " + argument(e, 0) + " item(s), but found " + found + ".";
      case "minProperties":
        return "Expected at least " + argument(e, 0) + " of the properties defined here, but found " + found + ".";
      case "anyOf":
        if ("license".equals(definition)) {
          return "Expected \"spdxId\" or \"name\" (or both), but found neither.";
        }
        return "Expected a value matching one of the allowed forms, but found " + found + ".";
      default:
        return "Expected a value the schema allows here (" + keyword + "), but " + Messages.sentence(e.getMessage());
    }
  }

  /** Returns the name of the {@code $defs} entry the failing keyword belongs to, such as {@code webUrl}. */
  private static @Nullable String definition(@Nullable SchemaLocation location) {
    if (location == null) {
      return null;
    }
    String text = location.toString();
    int defs = text.lastIndexOf("/$defs/");
    if (defs < 0) {
      return null;
    }
    int start = defs + "/$defs/".length();
    int end = text.indexOf('/', start);
    return end < 0 ? text.substring(start) : text.substring(start, end);
  }

  private static String typeName(@Nullable String type) {
    if (type == null) {
      return "another type";
    }
    switch (type) {
      case "string":
        return "a string";
      case "integer":
        return "a whole number";
      case "number":
        return "a number";
      case "boolean":
        return "true or false";
      case "object":
        return "an object";
      case "array":
        return "an array";
      default:
        return type;
    }
  }

  private static String enumList(@Nullable String list) {
    if (list == null) {
      return "the allowed values";
    }
    String s = list.strip();
    if (s.startsWith("[") && s.endsWith("]")) {
      s = s.substring(1, s.length() - 1);
    }
    StringBuilder out = new StringBuilder();
    for (String part : s.split(",")) {
      String v = part.strip();
      if (v.startsWith("\"") && v.endsWith("\"") && v.length() >= 2) {
        v = v.substring(1, v.length() - 1);
      }
      out.append(out.length() == 0 ? "" : ", ").append('"').append(v).append('"');
    }
    return out.toString();
  }

  private static @Nullable String argument(Error e, int index) {
    Object[] args = e.getArguments();
    if (args == null || args.length <= index || args[index] == null) {
      if (index == 0 && e.getProperty() != null) {
        return e.getProperty();
      }
      return null;
    }
    return String.valueOf(args[index]);
  }

  /** Returns the JSON Pointer of a networknt instance location. */
  static String pointer(@Nullable NodePath path) {
    if (path == null) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < path.getNameCount(); i++) {
      Object element = path.getElement(i);
      if (element instanceof Integer) {
        out.append('/').append(element);
      } else {
        String name = String.valueOf(element);
        out.append('/').append(name.replace("~", "~0").replace("/", "~1"));
      }
    }
    return out.toString();
  }
}
