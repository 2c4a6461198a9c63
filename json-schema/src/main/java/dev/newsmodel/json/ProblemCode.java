package dev.newsmodel.json;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The catalogue of problem codes that newsmodel reports, such as {@code schema.required}, each with
 * its meaning: the one list that the reader, the command line's SARIF rules, {@code newsmodel rules}
 * and the documentation take their codes from. Codes never change meaning; new ones may be added.
 * Every code here is an error. Lint findings are reported too, with the codes of
 * {@link dev.newsmodel.core.lint.LintRule} and the severity each is configured with.
 *
 * <pre>{@code
 * if (problem.code().equals(ProblemCode.SCHEMA_REQUIRED.code())) { ... }
 * ProblemCode.of("rule.timestamp").map(ProblemCode::meaning);   // Optional["a timestamp names …"]
 * }</pre>
 *
 * <p>Validation runs in layers and stops at the first layer that finds an error: {@linkplain
 * Family#JSON syntax} and {@linkplain Family#LIMIT limit} problems come alone; {@linkplain Family#SCHEMA
 * schema} problems are all reported, but then the model is not built; a model {@linkplain Family#RULE
 * rule} stops building, so at most one {@code rule.*} problem is reported; lint runs only on an article
 * that was built. {@linkplain Family#IO io} codes come from tools that read files, such as the
 * {@code newsmodel} command.
 */
public enum ProblemCode {
  /** {@code json.syntax}. */
  JSON_SYNTAX("json.syntax", "the document is not well-formed JSON (including invalid UTF-8, comments, "
      + "single quotes, unquoted names)"),
  /** {@code json.empty}. */
  JSON_EMPTY("json.empty", "the document holds no JSON value"),
  /** {@code json.duplicate-key}. */
  JSON_DUPLICATE_KEY("json.duplicate-key", "an object names the same property twice"),
  /** {@code json.trailing-content}. */
  JSON_TRAILING_CONTENT("json.trailing-content", "something follows the document's value"),
  /** {@code json.byte-order-mark}. */
  JSON_BYTE_ORDER_MARK("json.byte-order-mark", "the document starts with a UTF-8 byte-order mark, which JSON "
      + "text must not (RFC 8259 section 8.1); the rest is still checked, and reading for use skips the mark"),
  /** {@code json.encoding}. */
  JSON_ENCODING("json.encoding", "the document is UTF-16 or UTF-32 text (by its byte-order mark or the zero bytes "
      + "of its first characters), where RFC 8259 requires UTF-8"),

  /** {@code limit.document-size}. */
  LIMIT_DOCUMENT_SIZE("limit.document-size", "the document is larger than the limit on its size"),
  /** {@code limit.depth}. */
  LIMIT_DEPTH("limit.depth", "arrays and objects nest deeper than the limit"),
  /** {@code limit.string-length}. */
  LIMIT_STRING_LENGTH("limit.string-length", "a string is longer than the limit"),
  /** {@code limit.name-length}. */
  LIMIT_NAME_LENGTH("limit.name-length", "a property name is longer than the limit"),
  /** {@code limit.number-length}. */
  LIMIT_NUMBER_LENGTH("limit.number-length", "a number has more characters than the limit"),
  /** {@code limit.values}. */
  LIMIT_VALUES("limit.values", "the document holds more JSON values (objects, arrays, strings, numbers, "
      + "literals) than the limit"),
  /** {@code limit.array-items}. */
  LIMIT_ARRAY_ITEMS("limit.array-items", "an array has more items than the limit"),
  /** {@code limit.problems}. */
  LIMIT_PROBLEMS("limit.problems", "a document has more problems than the limit on problems reported; one "
      + "note after the first ones says how many more there are (ValidationReport.omittedProblems())"),

  /** {@code schema.required}. */
  SCHEMA_REQUIRED("schema.required", "a required property is missing"),
  /** {@code schema.type}. */
  SCHEMA_TYPE("schema.type", "a value has the wrong JSON type"),
  /** {@code schema.additionalProperties}. */
  SCHEMA_ADDITIONAL_PROPERTIES("schema.additionalProperties",
      "an object has a property the schema does not define; the pointer names the property"),
  /** {@code schema.const}. */
  SCHEMA_CONST("schema.const", "a value differs from the one the schema fixes, such as a block's type"),
  /** {@code schema.enum}. */
  SCHEMA_ENUM("schema.enum", "a value is not one of the schema's choices"),
  /** {@code schema.pattern}. */
  SCHEMA_PATTERN("schema.pattern", "a string does not have the schema's form, such as an http or https URL"),
  /** {@code schema.not}. */
  SCHEMA_NOT("schema.not", "a one-line text holds a line break"),
  /** {@code schema.format}. */
  SCHEMA_FORMAT("schema.format", "a string is not in the schema's format, such as a URI"),
  /** {@code schema.minLength}. */
  SCHEMA_MIN_LENGTH("schema.minLength", "a string is shorter than the schema allows, such as an empty one"),
  /** {@code schema.maxLength}. */
  SCHEMA_MAX_LENGTH("schema.maxLength", "a string is longer than the schema allows"),
  /** {@code schema.minimum}. */
  SCHEMA_MINIMUM("schema.minimum", "a number is below the schema's minimum"),
  /** {@code schema.maximum}. */
  SCHEMA_MAXIMUM("schema.maximum", "a number is above the schema's maximum"),
  /** {@code schema.minItems}. */
  SCHEMA_MIN_ITEMS("schema.minItems", "an array has fewer items than the schema requires"),
  /** {@code schema.minProperties}. */
  SCHEMA_MIN_PROPERTIES("schema.minProperties", "an object has fewer properties than the schema requires"),
  /** {@code schema.anyOf}. */
  SCHEMA_ANY_OF("schema.anyOf", "a value matches none of the schema's alternatives, such as a licence "
      + "without SPDX id or name"),

  /** {@code rule.timestamp}. */
  RULE_TIMESTAMP("rule.timestamp", "a timestamp names an unknown zone, an offset its zone did not have at "
      + "that time, or a time outside 0001-01-02 to 9999-12-30 (UTC)"),
  /** {@code rule.language}. */
  RULE_LANGUAGE("rule.language", "a language tag is not well-formed BCP 47"),
  /** {@code rule.url}. */
  RULE_URL("rule.url", "a URL is not a valid URI"),
  /** {@code rule.construction}. */
  RULE_CONSTRUCTION("rule.construction", "the values break a rule of the model (InvalidValueException), such "
      + "as a modification before the publication; the model path becomes the pointer"),

  /** {@code io.unreadable}. */
  IO_UNREADABLE("io.unreadable", "a file is missing, is not a regular file, or cannot be read"),
  /** {@code io.no-articles}. */
  IO_NO_ARTICLES("io.no-articles", "a directory holds no file the command reads (*.json, or the input "
      + "format's files for convert)"),
  /** {@code io.unwritable}. */
  IO_UNWRITABLE("io.unwritable", "an output file cannot be written, or would replace an input; nothing was "
      + "written to it"),
  /** {@code internal.error}. */
  INTERNAL_ERROR("internal.error", "newsmodel failed on a document: a bug (please report it)");

  /** The families of codes, the part of a code before its dot. */
  public enum Family {
    /** The document is not JSON text: {@code json.*}. */
    JSON,
    /** The document breaks a parsing limit: {@code limit.*}. */
    LIMIT,
    /** The document breaks the JSON Schema: {@code schema.*}, named after the keyword. */
    SCHEMA,
    /** The values break a rule of the model: {@code rule.*}. */
    RULE,
    /** A file could not be read: {@code io.*}. */
    IO,
    /** newsmodel itself failed: {@code internal.*}. */
    INTERNAL
  }

  private static final Map<String, ProblemCode> BY_CODE = new HashMap<>();

  static {
    for (ProblemCode c : values()) {
      BY_CODE.put(c.code, c);
    }
  }

  private final String code;
  private final String meaning;

  ProblemCode(String code, String meaning) {
    this.code = code;
    this.meaning = meaning;
  }

  /**
   * Returns the code as reported, such as {@code schema.required}.
   *
   * @return the code, not null
   */
  public String code() {
    return code;
  }

  /**
   * Returns what the code means, in a phrase such as {@code a required property is missing}.
   *
   * @return the meaning, not null
   */
  public String meaning() {
    return meaning;
  }

  /**
   * Returns the family, such as {@link Family#SCHEMA} for {@code schema.required}.
   *
   * @return the family, not null
   */
  public Family family() {
    return Family.valueOf(code.substring(0, code.indexOf('.')).toUpperCase(java.util.Locale.ROOT));
  }

  /**
   * Returns the catalogue entry for a reported code, such as {@code schema.required}; empty for a lint
   * code or an unknown one.
   *
   * @param code the code, not null
   * @return the entry, or empty
   */
  public static Optional<ProblemCode> of(String code) {
    return Optional.ofNullable(BY_CODE.get(code));
  }

  /**
   * Returns the code, such as {@code schema.required}.
   *
   * @return the code, not null
   */
  @Override
  public String toString() {
    return code;
  }
}
