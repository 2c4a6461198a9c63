package dev.newsmodel.json.internal;

import com.networknt.schema.regex.JDKRegularExpressionFactory;
import com.networknt.schema.regex.RegularExpression;
import dev.newsmodel.json.ArticleSchema;
import java.net.URI;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The published schema's rules for string values (patterns, lengths, the {@code uri} format), for the
 * read that skips networknt: a string passes only if the schema's own keywords would pass it.
 *
 * <p>The patterns are taken from the schema text itself and compiled by networknt's regular expression
 * factory, the one {@link SchemaCheck} uses, so both judge a string by the same expression with the
 * same semantics ({@code $} as end of input, search rather than whole match). The {@code uri} format is
 * networknt's: an absolute {@link URI}, ASCII only, no brackets in the query.
 */
final class SchemaRules {
  /** What a string value of the schema is, by the {@code $defs} entry or property that describes it. */
  enum Kind {
    /** {@code $defs/line}: not blank, no line breaks. */
    LINE,
    /** {@code $defs/text}: not blank. */
    TEXT,
    /** A text run's value: at least one character. */
    NON_EMPTY,
    /** The article's {@code id}: 1 to 256 characters, none a space, no line breaks. */
    ID,
    /** {@code $defs/webUrl}. */
    WEB_URL,
    /** {@code $defs/linkUrl}. */
    LINK_URL,
    /** {@code $defs/timestamp}. */
    TIMESTAMP,
    /** {@code $defs/regionTimestamp}. */
    REGION_TIMESTAMP,
    /** {@code $defs/language}. */
    LANGUAGE,
    /** {@code $defs/countryCode}. */
    COUNTRY,
    /** A licence's {@code spdxId}. */
    SPDX
  }

  private static final RegularExpression[] PATTERNS = new RegularExpression[Kind.values().length];
  /** The compiled "not" pattern of {@code $defs/line}, for tests against {@link #hasLineBreak}. */
  static final RegularExpression NO_LINE_BREAK;
  /** The compiled pattern of {@code $defs/text}, for tests against {@link #hasNonSpace}. */
  static final RegularExpression NON_SPACE;

  static {
    JsonNode schema = JsonMapper.builder().build().readTree(ArticleSchema.text());
    JsonNode defs = schema.get("$defs");
    PATTERNS[Kind.ID.ordinal()] = compile(schema.get("properties").get("id"));
    PATTERNS[Kind.WEB_URL.ordinal()] = compile(defs.get("webUrl"));
    PATTERNS[Kind.LINK_URL.ordinal()] = compile(defs.get("linkUrl"));
    PATTERNS[Kind.TIMESTAMP.ordinal()] = compile(defs.get("timestamp"));
    PATTERNS[Kind.REGION_TIMESTAMP.ordinal()] = compile(defs.get("regionTimestamp"));
    PATTERNS[Kind.LANGUAGE.ordinal()] = compile(defs.get("language"));
    PATTERNS[Kind.COUNTRY.ordinal()] = compile(defs.get("countryCode"));
    PATTERNS[Kind.SPDX.ordinal()] = compile(defs.get("license").get("properties").get("spdxId"));
    // The simplest patterns are searched for by hand (hasNonSpace, hasLineBreak); the test
    // SchemaRulesTest holds them to the schema's text and to the compiled expressions.
    NO_LINE_BREAK = compile(defs.get("line").get("not"));
    NON_SPACE = compile(defs.get("text"));
  }

  private SchemaRules() {}

  private static RegularExpression compile(JsonNode definition) {
    return JDKRegularExpressionFactory.getInstance().getRegularExpression(definition.get("pattern").stringValue());
  }

  /**
   * Returns whether the schema accepts a string of this kind (its format aside).
   *
   * @param kind the kind, not null
   * @param text the string, not null
   * @return true if every keyword of the kind's definition passes
   */
  static boolean accepts(Kind kind, String text) {
    switch (kind) {
      case NON_EMPTY:
        return !text.isEmpty();
      case TEXT:
        return hasNonSpace(text); // "\S" implies minLength 1
      case LINE:
        return hasNonSpace(text) && !hasLineBreak(text);
      case ID:
        // Strict on both counts: at most 256 UTF-16 units is at most 256 code points.
        if (text.isEmpty() || text.length() > 256) {
          return false;
        }
        break;
      default:
        break;
    }
    // Every other kind carries the "no line breaks" rule of $defs/line as a "not".
    return !hasLineBreak(text) && PATTERNS[kind.ordinal()].matches(text);
  }

  /**
   * The pattern {@code \S} searched for, without a regular expression: a character that is not one of
   * Java's six {@code \s} characters (space, tab, line feed, vertical tab, form feed, carriage return).
   */
  static boolean hasNonSpace(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c != ' ' && c != '\t' && c != '\n' && c != '\u000B' && c != '\f' && c != '\r') {
        return true;
      }
    }
    return false;
  }

  /**
   * The "not" pattern of {@code $defs/line} searched for, without a regular expression: a line feed,
   * carriage return, next line (U+0085), line separator (U+2028) or paragraph separator (U+2029).
   */
  static boolean hasLineBreak(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns whether networknt's {@code uri} format accepts a string that {@link URI} has parsed.
   *
   * @param text the string, not null
   * @param uri the string parsed, not null
   * @return true if the format passes
   */
  static boolean isUriFormat(String text, URI uri) {
    if (!uri.isAbsolute()) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 127) {
        return false;
      }
    }
    String query = uri.getRawQuery();
    return query == null || (query.indexOf('[') < 0 && query.indexOf(']') < 0);
  }
}
