package dev.newsmodel.core.convert;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The catalogue of codes that conversions report, such as {@code url.scheme}, each with its meaning:
 * the one list that every interop module, the command line's reports and the documentation take their
 * codes from. Codes never change meaning; new ones may be added. The validation codes of newsmodel's own
 * JSON are a separate catalogue, {@code dev.newsmodel.json.ProblemCode}.
 *
 * <pre>{@code
 * if (problem.code() == ConversionCode.URL_SCHEME) { ... }
 * ConversionCode.of("time.no-offset").map(ConversionCode::meaning);
 * }</pre>
 */
public enum ConversionCode {
  // ---- any input ----------------------------------------------------------------------------------

  /** {@code input.syntax}. */
  INPUT_SYNTAX("input.syntax", "the input is not well-formed in its format (JSON, XML), so nothing was read"),
  /** {@code input.not-an-article}. */
  INPUT_NOT_AN_ARTICLE("input.not-an-article", "the input describes something other than an article (a "
      + "picture, a video, an event, a web page with no article), so no article was made"),
  /** {@code input.missing}. */
  INPUT_MISSING("input.missing", "a fact an article requires (its headline, language or publication "
      + "time) is not in the input; it is never invented"),
  /** {@code input.invalid}. */
  INPUT_INVALID("input.invalid", "a value in the input breaks one of the model's rules (the message "
      + "names the rule); the value was left out, or the article refused if it is required"),
  /** {@code input.ignored}. */
  INPUT_IGNORED("input.ignored", "a field of the input has no counterpart in the model and was not carried "
      + "over"),
  /** {@code input.limit}. */
  INPUT_LIMIT("input.limit", "the input is larger or nests deeper than the conversion's limits"),

  // ---- URLs ---------------------------------------------------------------------------------------

  /** {@code url.scheme}. */
  URL_SCHEME("url.scheme", "a URL's scheme is not on the model's allowlist (such as javascript: or "
      + "data:); the URL was left out and the text around it kept"),
  /** {@code url.relative}. */
  URL_RELATIVE("url.relative", "a relative URL was met with no base URI to resolve it against; the URL was "
      + "left out and the text around it kept"),
  /** {@code url.invalid}. */
  URL_INVALID("url.invalid", "a URL is not a well-formed absolute URL the model accepts; it was left out"),

  // ---- time ---------------------------------------------------------------------------------------

  /** {@code time.no-offset}. */
  TIME_NO_OFFSET("time.no-offset", "a date or time has no offset from UTC, so the instant it names cannot be "
      + "known; pass the zone it was written in, there is no default"),
  /** {@code time.invalid}. */
  TIME_INVALID("time.invalid", "a date or time cannot be read as one"),

  // ---- HTML ---------------------------------------------------------------------------------------

  /** {@code html.unsupported-element}. */
  HTML_UNSUPPORTED_ELEMENT("html.unsupported-element", "an element has no counterpart in an article body "
      + "(a table, a form, an iframe); its text was kept where it has text, never its markup"),
  /** {@code html.dropped-element}. */
  HTML_DROPPED_ELEMENT("html.dropped-element", "an element whose content is not text for a reader (a script, "
      + "a style, a template) was dropped with its content"),
  /** {@code html.unsupported-attribute}. */
  HTML_UNSUPPORTED_ATTRIBUTE("html.unsupported-attribute", "an attribute has no counterpart in the model "
      + "(an event handler, a style, a class) and was not carried over"),
  /** {@code html.heading-level}. */
  HTML_HEADING_LEVEL("html.heading-level", "an h1 in a body became a level-2 heading, since level 1 is the "
      + "article's headline"),
  /** {@code html.merged}. */
  HTML_MERGED("html.merged", "block content inside a list item, quote, heading or caption (several "
      + "paragraphs, a nested list) was joined into the one run of text the model holds there, with line "
      + "breaks between its parts, or a caption lost its links and marks"),

  // ---- schema.org JSON-LD -------------------------------------------------------------------------

  // ---- IPTC ninjs ---------------------------------------------------------------------------------

  /** {@code ninjs.published-from-version}. */
  NINJS_PUBLISHED_FROM_VERSION("ninjs.published-from-version", "a usable ninjs item has no firstCreated, so its "
      + "versionCreated (when the version read was made) was taken as the publication time"),
  /** {@code ninjs.alt-from-description}. */
  NINJS_ALT_FROM_DESCRIPTION("ninjs.alt-from-description", "a ninjs picture has no description with the role "
      + "'alt', so its first other description (or else its headline) was taken as the image's alternative text"),
  /** {@code ninjs.extension}. */
  NINJS_EXTENSION("ninjs.extension", "newsmodel's extension inside a ninjs document (the description with the "
      + "role 'newsmodel-extension') cannot be read, or one of its facts breaks a model rule; the fact was left "
      + "out and the document's own ninjs fields used"),

  // ---- feeds --------------------------------------------------------------------------------------

  /** {@code feed.time-precision}. */
  FEED_TIME_PRECISION("feed.time-precision", "a feed format writes times to the second (RSS 2.0's RFC 822 "
      + "dates) or to the millisecond (Atom's and JSON Feed's RFC 3339 dates, as Rfc9557.formatRfc3339); the "
      + "finer digits of a time were cut, never rounded"),
  /** {@code feed.notice-not-carried}. */
  FEED_NOTICE_NOT_CARRIED("feed.notice-not-carried", "an article's disclaimer, a notice that must reach the "
      + "reader, has no place in a feed entry but its content, and the feed was written without content: the "
      + "entry does not carry it (write the feed with content, which holds the rendered notice)"),
  /** {@code feed.attribute-whitespace}. */
  FEED_ATTRIBUTE_WHITESPACE("feed.attribute-whitespace", "a tab in a text that an XML feed carries in an "
      + "attribute (an Atom category's term) would be read back as a space, as XML normalises attribute "
      + "values, so it was written as a space"),
  /** {@code feed.unwritable-character}. */
  FEED_UNWRITABLE_CHARACTER("feed.unwritable-character", "a text holds a character that XML 1.0 cannot "
      + "carry (a C0 control other than tab, line feed and carriage return, an unpaired surrogate, U+FFFE or "
      + "U+FFFF); the model refuses them, so only a value built around its rules meets this; nothing was "
      + "written"),

  // ---- export -------------------------------------------------------------------------------------

  /** {@code export.lost}. */
  EXPORT_LOST("export.lost", "a fact of the article has no field in the target format and no documented "
      + "place to be carried, so the export does not hold it");

  private static final Map<String, ConversionCode> BY_CODE = new HashMap<>();

  static {
    for (ConversionCode c : values()) {
      BY_CODE.put(c.code, c);
    }
  }

  private final String code;
  private final String meaning;

  ConversionCode(String code, String meaning) {
    this.code = code;
    this.meaning = meaning;
  }

  /**
   * Returns the code, such as {@code url.scheme}.
   *
   * @return the code, not null
   */
  public String code() {
    return code;
  }

  /**
   * Returns what the code means, as a sentence fragment.
   *
   * @return the meaning, not null
   */
  public String meaning() {
    return meaning;
  }

  /**
   * Returns the entry with a code.
   *
   * @param code a code such as {@code url.scheme}, not null
   * @return the entry, or empty if no entry has that code
   */
  public static Optional<ConversionCode> of(String code) {
    return Optional.ofNullable(BY_CODE.get(code));
  }
}
