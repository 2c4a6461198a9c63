package dev.newsmodel.json.internal;

import com.networknt.schema.regex.JDKRegularExpressionFactory;
import com.networknt.schema.regex.RegularExpression;
import com.networknt.schema.regex.RegularExpressionFactory;
import dev.newsmodel.json.ArticleSchema;
import dev.newsmodel.json.Limits;
import dev.newsmodel.json.ProblemCode;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

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

  /**
   * The schema text as a tree, read with the located parser (jackson-core and the node classes only):
   * a databind mapper would load some 300 classes that a valid document never needs.
   */
  private static final JsonNode SCHEMA = Objects.requireNonNull(new TreeParser(Limits.defaults())
      .parse(ArticleSchema.text().getBytes(StandardCharsets.UTF_8)).root(), "the schema text does not parse");

  /** The kinds with a pattern of their own, which {@link HandPatterns} matches. */
  private static final Kind[] PATTERNED = {Kind.ID, Kind.WEB_URL, Kind.LINK_URL, Kind.TIMESTAMP,
      Kind.REGION_TIMESTAMP, Kind.LANGUAGE, Kind.COUNTRY, Kind.SPDX};

  /**
   * Returns the schema text as a tree, the one {@link SchemaCheck} gives networknt to compile, so the
   * text is parsed once: networknt reads a schema's nodes and does not change them (SchemaRulesTest
   * checks the tree after a check of an invalid document).
   *
   * @return the tree, not null
   */
  static JsonNode schema() {
    return SCHEMA;
  }

  /** Returns the schema object that holds a {@link #PATTERNED} kind's pattern. */
  private static JsonNode patterned(Kind kind) {
    switch (kind) {
      case ID:
        return SCHEMA.get("properties").get("id");
      case SPDX:
        return SCHEMA.get("$defs").get("license").get("properties").get("spdxId");
      default:
        return SCHEMA.get("$defs").get(definition(kind));
    }
  }

  /**
   * The schema's patterns, compiled by networknt's factory when first needed: valid documents are
   * judged by {@link HandPatterns}, so a run that meets only valid documents never compiles them.
   */
  private static final class Compiled {
    static final RegularExpression[] PATTERNS = new RegularExpression[Kind.values().length];
    static final RegularExpression NO_LINE_BREAK;
    static final RegularExpression NON_SPACE;

    static {
      for (Kind kind : PATTERNED) {
        PATTERNS[kind.ordinal()] = compile(patterned(kind));
      }
      JsonNode defs = SCHEMA.get("$defs");
      // The simplest patterns are searched for by hand (hasNonSpace, hasLineBreak); the test
      // SchemaRulesTest holds them to the schema's text and to the compiled expressions.
      NO_LINE_BREAK = compile(defs.get("line").get("not"));
      NON_SPACE = compile(defs.get("text"));
    }

    private Compiled() {}
  }

  /**
   * Returns the regular expressions {@link SchemaCheck} gives networknt: each pattern of the schema
   * matched as the fast read matches it (by hand on a string without line breaks, which is what
   * {@code HandPatternsTest} holds the hand matchers to; by the compiled expression on one with a line
   * break), any other pattern compiled by networknt's own factory. The verdicts are the compiled
   * expressions'; the regular expression engine was 40% of networknt's time on a document with an
   * error, and compiling the expressions a tenth of building its schema.
   *
   * @return the factory, not null
   */
  static RegularExpressionFactory regularExpressions() {
    return ByHand.INSTANCE;
  }

  /** The schema's patterns by their text, matched by hand. */
  private static final class ByHand implements RegularExpressionFactory {
    static final ByHand INSTANCE = new ByHand();

    private final Map<String, RegularExpression> known = new HashMap<>();

    private ByHand() {
      JsonNode defs = SCHEMA.get("$defs");
      RegularExpression nonSpace = SchemaRules::hasNonSpace;
      put(defs.get("text"), nonSpace);
      put(defs.get("line"), nonSpace);
      put(defs.get("line").get("not"), SchemaRules::hasLineBreak);
      for (Kind kind : PATTERNED) {
        put(patterned(kind), kind);
      }
    }

    private void put(JsonNode definition, Kind kind) {
      put(definition, text -> hasLineBreak(text) ? compiledMatches(kind, text) : matchesByHand(kind, text));
    }

    private void put(JsonNode definition, RegularExpression matcher) {
      String pattern = definition.get("pattern").stringValue();
      RegularExpression before = known.putIfAbsent(pattern, matcher);
      if (before != null && before != matcher) {
        throw new IllegalStateException("Two definitions of the schema share the pattern " + pattern);
      }
    }

    @Override
    public RegularExpression getRegularExpression(String regex) {
      RegularExpression hand = known.get(regex);
      return hand != null ? hand : JDKRegularExpressionFactory.getInstance().getRegularExpression(regex);
    }
  }

  /** Returns the compiled "not" pattern of {@code $defs/line}, for tests against {@link #hasLineBreak}. */
  static RegularExpression noLineBreak() {
    return Compiled.NO_LINE_BREAK;
  }

  /** Returns the compiled pattern of {@code $defs/text}, for tests against {@link #hasNonSpace}. */
  static RegularExpression nonSpace() {
    return Compiled.NON_SPACE;
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
    // Every other kind carries the "no line breaks" rule of $defs/line as a "not"; its pattern is
    // matched by hand (HandPatternsTest holds each to the compiled pattern).
    return !hasLineBreak(text) && matchesByHand(kind, text);
  }

  /** The kind's pattern matched by hand, on a string without line breaks. */
  static boolean matchesByHand(Kind kind, String text) {
    switch (kind) {
      case ID:
        return HandPatterns.id(text);
      case WEB_URL:
        return HandPatterns.webUrl(text);
      case LINK_URL:
        return HandPatterns.linkUrl(text);
      case TIMESTAMP:
        return HandPatterns.timestamp(text, false);
      case REGION_TIMESTAMP:
        return HandPatterns.timestamp(text, true);
      case LANGUAGE:
        return HandPatterns.language(text);
      case COUNTRY:
        return HandPatterns.country(text);
      case SPDX:
        return HandPatterns.spdx(text);
      default:
        return Compiled.PATTERNS[kind.ordinal()].matches(text);
    }
  }

  /**
   * Returns whether the kind's pattern, compiled from the schema text, matches: what {@link HandPatterns}
   * is held to.
   *
   * @param kind a kind with a pattern of its own (not LINE, TEXT or NON_EMPTY), not null
   * @param text the string, not null
   * @return the compiled pattern's verdict
   */
  static boolean compiledMatches(Kind kind, String text) {
    return Compiled.PATTERNS[kind.ordinal()].matches(text);
  }

  /**
   * Returns the failure for a string that {@link #accepts} refused, worded as the schema check words
   * it: {@code schema.minLength}, {@code schema.maxLength}, {@code schema.not} (a line break) or
   * {@code schema.pattern}.
   *
   * @param kind the kind, not null
   * @param text the string, not null
   * @param at the string's pointer, not null
   * @return the failure, not null
   */
  static ReadFailure refusal(Kind kind, String text, String at) {
    String found = "the string " + Messages.quote(text);
    if (text.isEmpty()) {
      return new ReadFailure(ProblemCode.SCHEMA_MIN_LENGTH.code(), at,
          "Expected at least 1 character(s), but found " + found + ".");
    }
    if (kind == Kind.ID && text.length() > 256) {
      return new ReadFailure(ProblemCode.SCHEMA_MAX_LENGTH.code(), at,
          "Expected at most 256 characters, but found " + found + ".");
    }
    if (kind != Kind.TEXT && kind != Kind.NON_EMPTY && hasLineBreak(text)) {
      return new ReadFailure(ProblemCode.SCHEMA_NOT.code(), at, "Expected " + (kind == Kind.LINE ? "one line of text"
          : "a value") + " without line breaks, but found " + found + ".");
    }
    String expected = SchemaCheck.expected(definition(kind));
    return new ReadFailure(ProblemCode.SCHEMA_PATTERN.code(), at,
        "Expected " + (expected == null ? "an id without spaces" : expected) + ", but found " + found + ".");
  }

  /**
   * Returns the failure for a URL that {@link #isUriFormat} refused, worded as the schema check words it.
   *
   * @param text the URL, not null
   * @param at its pointer, not null
   * @return the failure, not null
   */
  static ReadFailure uriRefusal(String text, String at) {
    return new ReadFailure(ProblemCode.SCHEMA_FORMAT.code(), at, "Expected a valid uri (an RFC 3986 URI: ASCII, "
        + "with spaces and other characters percent-encoded), but found the string " + Messages.quote(text) + ".");
  }

  private static String definition(Kind kind) {
    switch (kind) {
      case LINE:
        return "line";
      case WEB_URL:
        return "webUrl";
      case LINK_URL:
        return "linkUrl";
      case TIMESTAMP:
        return "timestamp";
      case REGION_TIMESTAMP:
        return "regionTimestamp";
      case LANGUAGE:
        return "language";
      case COUNTRY:
        return "countryCode";
      case SPDX:
        return "license";
      case TEXT:
      case NON_EMPTY:
        return "text";
      case ID:
      default:
        return "id";
    }
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
      // Two comparisons for most characters: every line break is at most CR or at least NEL.
      if (c <= '\r' ? c == '\n' || c == '\r' : c >= '\u0085' && (c == '\u0085' || c == '\u2028' || c == '\u2029')) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns whether networknt's {@code uri} format accepts a string that {@link URI} has parsed. Its
   * rule, written out here because every URL of every document is judged by it (networknt's own runs a
   * code-point stream per URL): an absolute URI, every character below U+007F, and no {@code [} or
   * {@code ]} in the raw query. {@code SchemaRulesTest} holds it to networknt's {@code UriFormat} on
   * generated strings, so an upgrade of networknt that changes the rule fails the build.
   *
   * @param uri the string, parsed by {@code new URI(text)}, not null
   * @return true if the format passes
   */
  static boolean isUriFormat(URI uri) {
    if (!uri.isAbsolute()) {
      return false;
    }
    String text = uri.toString();
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) >= 0x7F) {
        return false;
      }
    }
    String query = uri.getRawQuery();
    return query == null || (query.indexOf('[') < 0 && query.indexOf(']') < 0);
  }

  /**
   * Returns the names of the properties the schema defines for an object, read from the schema text.
   *
   * @param definition the {@code $defs} entry, such as {@code "license"}, or null for the article itself
   * @return the names, not null
   */
  static Set<String> properties(@Nullable String definition) {
    JsonNode object = definition == null ? SCHEMA : SCHEMA.get("$defs").get(definition);
    Set<String> names = new HashSet<>();
    object.get("properties").propertyNames().forEach(names::add);
    return Set.copyOf(names);
  }
}
