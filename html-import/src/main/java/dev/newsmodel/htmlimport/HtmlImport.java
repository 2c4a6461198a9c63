package dev.newsmodel.htmlimport;

import dev.newsmodel.core.body.Block;
import dev.newsmodel.core.convert.Conversion;
import dev.newsmodel.core.convert.ConversionCode;
import dev.newsmodel.htmlimport.internal.FragmentConverter;
import dev.newsmodel.htmlimport.internal.Report;
import dev.newsmodel.htmlimport.internal.Urls;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.parser.Parser;
import org.jspecify.annotations.Nullable;

/**
 * Turns an HTML fragment, such as a CMS body {@code <p>In late March, <em>fragments</em> were
 * found.</p>}, into article body blocks, reporting everything it cannot carry over.
 *
 * <pre>{@code
 * Conversion<List<Block>> body = HtmlImport.defaults()
 *     .blocks("<p>See <a href='/ru/news/1'>the original</a>.</p><table>...</table>",
 *         URI.create("https://www.kavkaz-uzel.eu/"));
 * body.problems().forEach(System.out::println);
 * // warning html.unsupported-element body > table[1]: <table> has no counterpart in an article body; ...
 * List<Block> blocks = body.orElseThrow();
 * }</pre>
 *
 * <p>The fragment is parsed as a browser parses a {@code <body>}'s content (jsoup's HTML5 parser), so
 * entities, misnested tags and implied elements ({@code <p>} inside {@code <li>}, text at block level)
 * come out as a browser shows them. Elements then map by an allowlist: {@code p}; {@code h1}–{@code
 * h6} (h1 becomes level 2, the model's first body level, reported); {@code ul}, {@code ol}, {@code
 * li}; {@code blockquote} with {@code cite} and {@code lang}, and {@code figure} holding one with a
 * {@code figcaption} as its attribution; {@code figure}, {@code img} and {@code figcaption} as an
 * image with its caption; {@code em}/{@code i}, {@code strong}/{@code b}, {@code a href}, {@code br},
 * and any inline element with a {@code lang} of its own (such as {@code span} and {@code q}) as a span
 * in that language. Wrappers such as {@code div} and {@code section} are read through. Everything
 * else is reported as a {@link dev.newsmodel.core.convert.ConversionProblem} with an element path
 * such as {@code body > table[1]}: tables, lists of definitions and other structures keep their text
 * as paragraphs; scripts, styles, iframes, SVG, form controls and the like are dropped with their
 * content. Nothing is ever passed through as markup.
 *
 * <p>Every URL ({@code href}, {@code src}, {@code srcset}, {@code cite}) is read as a browser reads
 * it (tabs and line breaks inside it removed, so {@code java&#x09;script:} is {@code javascript:}),
 * resolved against the base URI, and must pass the model's own rule (http or https; mailto in links);
 * a refused URL is reported and left out, the text around it kept. A {@code <base>} element in the
 * input is never followed. Whitespace collapses as in a browser.
 *
 * <p>Limits: input longer than {@link #maxInputLength()} characters is refused (an {@code input.limit}
 * error, no value); elements nested deeper than {@link #maxDepth()} are read as plain text (an {@code
 * input.limit} warning). Defaults: {@value #DEFAULT_MAX_INPUT_LENGTH} characters, depth {@value
 * #DEFAULT_MAX_DEPTH}, language unknown.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class HtmlImport {
  /** The default longest input, in UTF-16 code units: 4 MiB. */
  public static final int DEFAULT_MAX_INPUT_LENGTH = 4 * 1024 * 1024;

  /** The default deepest element nesting read as structure. */
  public static final int DEFAULT_MAX_DEPTH = 128;

  /** How many levels jsoup may open beyond {@link #maxDepth()} before it stops nesting. */
  private static final int PARSER_DEPTH_MARGIN = 32;

  private static final HtmlImport DEFAULTS = new HtmlImport(DEFAULT_MAX_INPUT_LENGTH, DEFAULT_MAX_DEPTH, null);

  private final int maxInputLength;
  private final int maxDepth;
  private final @Nullable Locale language;

  private HtmlImport(int maxInputLength, int maxDepth, @Nullable Locale language) {
    this.maxInputLength = maxInputLength;
    this.maxDepth = maxDepth;
    this.language = language;
  }

  /**
   * Returns the import with its default limits and no known language.
   *
   * @return the import, not null
   */
  public static HtmlImport defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a copy with another longest input.
   *
   * @param chars the longest input in UTF-16 code units, positive
   * @return the copy, not null
   * @throws IllegalArgumentException if {@code chars} is not positive
   */
  public HtmlImport withMaxInputLength(int chars) {
    if (chars <= 0) {
      throw new IllegalArgumentException("maxInputLength must be positive, but was " + chars);
    }
    return new HtmlImport(chars, maxDepth, language);
  }

  /**
   * Returns a copy with another deepest nesting read as structure.
   *
   * @param depth the depth, from 8 to 1024
   * @return the copy, not null
   * @throws IllegalArgumentException if {@code depth} is out of range
   */
  public HtmlImport withMaxDepth(int depth) {
    if (depth < 8 || depth > 1024) {
      throw new IllegalArgumentException("maxDepth must be from 8 to 1024, but was " + depth);
    }
    return new HtmlImport(maxInputLength, depth, language);
  }

  /**
   * Returns a copy that knows the language of the text around the fragment (the article's), so that
   * a {@code lang} naming it is not kept as a span, and only text in other languages is marked.
   *
   * @param language the language, a BCP 47 language, not null
   * @return the copy, not null
   */
  public HtmlImport withLanguage(Locale language) {
    return new HtmlImport(maxInputLength, maxDepth, Objects.requireNonNull(language, "language"));
  }

  /**
   * Returns the longest input read.
   *
   * @return the length in UTF-16 code units
   */
  public int maxInputLength() {
    return maxInputLength;
  }

  /**
   * Returns the deepest element nesting read as structure.
   *
   * @return the depth
   */
  public int maxDepth() {
    return maxDepth;
  }

  /**
   * Returns the language of the text around fragments, if set.
   *
   * @return the language, not null
   */
  public Optional<Locale> language() {
    return Optional.ofNullable(language);
  }

  /**
   * Converts a fragment without a base URI: relative URLs are reported ({@code url.relative}) and
   * left out.
   *
   * @param html the fragment, the content of a {@code <body>}, not null
   * @return the blocks with the problems met; failed only if the input exceeds the limits
   */
  public Conversion<List<Block>> blocks(String html) {
    return convert(html, null);
  }

  /**
   * Converts a fragment, resolving relative URLs against a base URI.
   *
   * @param html the fragment, the content of a {@code <body>}, not null
   * @param baseUri the URI relative URLs are resolved against: absolute, http or https, not null
   * @return the blocks with the problems met; failed only if the input exceeds the limits
   * @throws IllegalArgumentException if the base URI is not an absolute http or https URL
   */
  public Conversion<List<Block>> blocks(String html, URI baseUri) {
    Urls.checkBase(baseUri);
    return convert(html, baseUri);
  }

  private Conversion<List<Block>> convert(String html, @Nullable URI base) {
    Objects.requireNonNull(html, "html");
    Report report = new Report();
    if (html.length() > maxInputLength) {
      report.error(ConversionCode.INPUT_LIMIT, "", "The HTML is " + html.length() + " characters long, more than "
          + "the limit of " + maxInputLength + "; nothing was read.");
      return Conversion.failed(report.problems());
    }
    Document shell = Document.createShell("");
    Element body = shell.body();
    Parser parser = Parser.htmlParser().setMaxDepth(maxDepth + PARSER_DEPTH_MARGIN);
    List<Node> nodes = parser.parseFragmentInput(html, body, "");
    body.appendChildren(nodes);
    List<Block> blocks = new FragmentConverter(report, base, language, maxDepth).convert(body, "body");
    return Conversion.of(List.copyOf(blocks), report.problems());
  }

  /** Returns the settings, such as {@code HtmlImport{maxInputLength=4194304, maxDepth=128}}. */
  @Override
  public String toString() {
    return "HtmlImport{maxInputLength=" + maxInputLength + ", maxDepth=" + maxDepth
        + (language == null ? "" : ", language=" + language.toLanguageTag()) + "}";
  }
}
