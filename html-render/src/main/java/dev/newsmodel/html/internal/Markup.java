package dev.newsmodel.html.internal;

import java.io.IOException;
import java.net.URI;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The writer underneath the renderer and {@code HtmlWriter}: it keeps the open elements, the
 * attributes of the open start tag and the encoding buffers of one document, and it encodes every
 * text and attribute value it is given. It does not check names: element and attribute names are
 * the caller's constants, such as {@code open("meta")} in a page's head, which the public
 * {@code HtmlWriter} refuses to components. Two rules hold for every caller: a link never opens inside
 * a link, and no attribute is written twice on one element.
 *
 * <p>The renderer's own elements with its own class, such as {@code <p class="nm-byline">}, are written
 * from a {@link StartTag} composed once per renderer ({@link ClassNames#start}), which writes exactly
 * what {@code open(tag)} followed by {@code precomposedClass(value)} writes and leaves the same state.
 *
 * <p>Not thread-safe: one instance writes one document.
 */
public final class Markup {
  private static final Set<String> VOID = Set.of(
      "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr");

  /** The elements the renderer writes and common ones, each with its end tag composed once. */
  private static final Map<String, Element> KNOWN = known(List.of(
      "a", "article", "aside", "bdi", "blockquote", "body", "cite", "div", "em", "figcaption", "figure", "footer",
      "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "html", "li", "main", "ol", "p", "script", "section",
      "span", "strong", "style", "time", "title", "ul", "b", "i", "small", "sup", "sub", "dl", "dt", "dd", "nav",
      "table", "thead", "tbody", "tr", "th", "td", "caption", "abbr", "code", "pre", "q", "mark", "picture"));

  /**
   * An element name, whether it is void or a link, and its end tag, composed once: what writing and
   * closing the element needs besides the name.
   */
  static final class Element {
    final String name;
    final boolean isVoid;
    final boolean link;
    /** The end tag, such as {@code </p>}; empty for a void element, which has none. */
    final String end;

    Element(String name) {
      this.name = name;
      this.isVoid = VOID.contains(name);
      this.link = name.equals("a");
      this.end = isVoid ? "" : "</" + name + ">";
    }

    @Override
    public String toString() {
      return name;
    }
  }

  /**
   * A start tag with the renderer's own class, such as {@code <p class="nm-byline"}, composed once per
   * renderer by {@link ClassNames} from its validated prefix and its constant names, never from
   * content. Immutable and thread-safe.
   */
  static final class StartTag {
    final Element element;
    /** The class value, such as {@code nm-byline}. */
    final String classValue;
    /** The start tag up to its end, such as {@code <p class="nm-byline"}. */
    final String markup;

    /**
     * Composes a start tag.
     *
     * @param tag the renderer's element name, lower case, not void
     * @param classValue a class value composed by {@link ClassNames}, appended without encoding
     */
    StartTag(String tag, String classValue) {
      this.element = element(tag);
      this.classValue = classValue;
      this.markup = "<" + tag + " class=\"" + classValue + "\"";
    }

    @Override
    public String toString() {
      return markup + ">";
    }
  }

  private static Map<String, Element> known(List<String> names) {
    Map<String, Element> known = new HashMap<>();
    for (String name : names) {
      known.put(name, new Element(name));
    }
    for (String name : VOID) {
      known.put(name, new Element(name));
    }
    // A HashMap, never changed after this: its lookup is cheaper than an immutable map's probing.
    return known;
  }

  /** The element of a name: the one composed for a known name, else one composed now. */
  static Element element(String tag) {
    Element known = KNOWN.get(tag);
    return known != null ? known : new Element(tag);
  }

  private final Appendable out;
  /** The open elements, innermost last, the first {@code depth}. */
  private Element[] open = new Element[16];
  private int depth;
  /** The names of the attributes written on the open start tag, the first {@code attributeCount}. */
  private String[] attributes = new String[8];
  private int attributeCount;
  private final Escape escape = new Escape();
  private boolean inStartTag;
  private int linkDepth;

  /**
   * Starts a document written to an output.
   *
   * @param out the output, not null
   */
  public Markup(Appendable out) {
    this.out = out;
  }

  /**
   * Starts an element whose name the caller chose, such as {@code open("figure")}; attributes may
   * follow until content does. Void elements ({@code img}, {@code br}...) need no {@link #close()}.
   *
   * @param tag a lower-case element name, not checked
   * @return this writer
   * @throws IOException if the output fails
   * @throws IllegalArgumentException if an {@code a} would open inside another
   */
  public Markup open(String tag) throws IOException {
    Element element = element(tag);
    checkLink(element);
    finishStartTag();
    out.append('<').append(tag);
    inStartTag = true;
    attributeCount = 0;
    push(element);
    return this;
  }

  /**
   * Starts one of the renderer's own elements with its class, such as {@code <p class="nm-byline"}:
   * exactly what {@code open(tag)} followed by {@code precomposedClass(value)} writes, in one append,
   * with the same state afterwards (the element open, {@code class} written on its start tag).
   *
   * @param start the start tag, composed by {@link ClassNames}
   * @return this writer
   * @throws IOException if the output fails
   * @throws IllegalArgumentException if an {@code a} would open inside another
   */
  Markup open(StartTag start) throws IOException {
    Element element = start.element;
    checkLink(element);
    finishStartTag();
    out.append(start.markup);
    inStartTag = true;
    attributes[0] = "class";
    attributeCount = 1;
    push(element);
    return this;
  }

  private void checkLink(Element element) {
    if (element.link && linkDepth > 0) {
      throw new IllegalArgumentException("HtmlWriter cannot open a link inside a link; check insideLink() first");
    }
  }

  private void push(Element element) {
    if (element.isVoid) {
      return;
    }
    if (depth == open.length) {
      open = Arrays.copyOf(open, depth * 2);
    }
    open[depth++] = element;
    if (element.link) {
      linkDepth++;
    }
  }

  /**
   * Adds an attribute to the element just opened; the value is encoded for a double-quoted attribute.
   *
   * @param name a lower-case attribute name, not checked
   * @param value any text, not null
   * @return this writer
   * @throws IOException if the output fails
   * @throws IllegalStateException if no start tag is open or the attribute was already written
   */
  public Markup attribute(String name, String value) throws IOException {
    startAttribute(name);
    escape.attribute(out, value);
    out.append('"');
    return this;
  }

  /**
   * Adds a URL attribute if the URL passes the allowlist ({@link UrlPolicy}); a refused URL writes
   * nothing.
   *
   * @param name {@code href}, {@code src} or {@code cite}, not checked
   * @param url the URL, not null
   * @return this writer
   * @throws IOException if the output fails
   */
  public Markup url(String name, URI url) throws IOException {
    String allowed = UrlPolicy.allowed(url, name.equals("href"));
    if (allowed != null) {
      attribute(name, allowed);
    }
    return this;
  }

  /**
   * Adds the {@code class} attribute with a value appended without encoding: one composed by
   * {@link ClassNames} from the validated prefix and the renderer's constant names, which hold
   * nothing an encoder would change ({@code ClassNamesTest}). Never a name from content or a component.
   *
   * @param prefixedValue the class value, such as {@code nm-figure nm-lead-image}
   * @return this writer
   * @throws IOException if the output fails
   */
  public Markup precomposedClass(String prefixedValue) throws IOException {
    startAttribute("class");
    out.append(prefixedValue).append('"');
    return this;
  }

  /**
   * Adds {@code lang} (and {@code dir} where the direction changes) when a text's language differs
   * from its surroundings.
   *
   * @param language the text's language, not null
   * @param surrounding the language around it, not null
   * @return this writer
   * @throws IOException if the output fails
   */
  public Markup language(Locale language, Locale surrounding) throws IOException {
    if (!Languages.same(language, surrounding)) {
      attribute("lang", language.toLanguageTag());
      boolean rtl = Languages.rightToLeft(language);
      if (rtl != Languages.rightToLeft(surrounding)) {
        attribute("dir", rtl ? "rtl" : "ltr");
      }
    }
    return this;
  }

  /**
   * Isolates the element just opened from the text around it, for an element that wraps exactly one
   * run of model text: adds {@code dir="auto"} unless {@link #language} already wrote a {@code dir},
   * which isolates as well. An isolated element is one bidi unit to the text around it (HTML's
   * rendering rules give every element with {@code dir} {@code unicode-bidi: isolate}), so a
   * right-to-left override or right-to-left letters inside cannot reorder the renderer's words.
   *
   * @return this writer
   * @throws IOException if the output fails
   * @throws IllegalStateException if no start tag is open
   */
  public Markup isolate() throws IOException {
    if (!written("dir")) {
      attribute("dir", "auto");
    }
    return this;
  }

  /**
   * Writes one run of model text inside the renderer's own words as {@code <bdi>}, encoded: see
   * {@link #isolate()}.
   *
   * @param text the text, not null
   * @return this writer
   * @throws IOException if the output fails
   */
  public Markup isolated(String text) throws IOException {
    return open("bdi").text(text).close();
  }

  /**
   * Writes text as element content, encoded.
   *
   * @param text the text, not null
   * @return this writer
   * @throws IOException if the output fails
   */
  public Markup text(String text) throws IOException {
    finishStartTag();
    escape.content(out, text);
    return this;
  }

  /**
   * Writes text whose line breaks become {@code <br>}, encoded.
   *
   * @param text the text, not null
   * @return this writer
   * @throws IOException if the output fails
   */
  public Markup lines(String text) throws IOException {
    return lines(text, false);
  }

  /**
   * Writes a string the model holds, encoded: what {@link #text} writes, found faster
   * ({@link Escape#modelContent}). Only for strings taken from model values, which core's character
   * rule has checked.
   *
   * @param text a string from a model value, not null
   * @return this writer
   * @throws IOException if the output fails
   */
  Markup modelText(String text) throws IOException {
    finishStartTag();
    escape.modelContent(out, text);
    return this;
  }

  /**
   * Writes a string the model holds whose line breaks become {@code <br>}: what {@link #lines} writes,
   * found faster. Only for strings taken from model values.
   *
   * @param text a string from a model value, not null
   * @return this writer
   * @throws IOException if the output fails
   */
  Markup modelLines(String text) throws IOException {
    return lines(text, true);
  }

  private Markup lines(String text, boolean model) throws IOException {
    if (text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
      return model ? modelText(text) : text(text);
    }
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        String line = text.substring(start, i);
        if (model) {
          modelText(line);
        } else {
          text(line);
        }
        open("br");
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    String last = text.substring(start);
    return model ? modelText(last) : text(last);
  }

  /**
   * Closes the innermost open element.
   *
   * @return this writer
   * @throws IOException if the output fails
   * @throws IllegalStateException if no element is open
   */
  public Markup close() throws IOException {
    finishStartTag();
    if (depth == 0) {
      throw new IllegalStateException("HtmlWriter: close() without an open element");
    }
    Element element = open[--depth];
    open[depth] = null;
    if (element.link) {
      linkDepth--;
    }
    out.append(element.end);
    return this;
  }

  /**
   * Writes a line break between elements.
   *
   * @return this writer
   * @throws IOException if the output fails
   */
  public Markup newline() throws IOException {
    finishStartTag();
    out.append('\n');
    return this;
  }

  /**
   * Writes markup the renderer composed itself (doctype, stylesheet, JSON-LD made script-safe),
   * unencoded; never content.
   *
   * @param markup the markup, not null
   * @return this writer
   * @throws IOException if the output fails
   */
  public Markup raw(String markup) throws IOException {
    finishStartTag();
    out.append(markup);
    return this;
  }

  /**
   * Returns whether the writer is inside a link, where another link must not open.
   *
   * @return true inside an {@code a} element
   */
  public boolean insideLink() {
    return linkDepth > 0;
  }

  /**
   * Returns the number of open elements.
   *
   * @return the depth, zero outside every element
   */
  public int depth() {
    return depth;
  }

  /**
   * Ends the document: completes a start tag still open.
   *
   * @throws IOException if the output fails
   * @throws IllegalStateException if an element is left open
   */
  public void finish() throws IOException {
    finishStartTag();
    if (depth > 0) {
      throw new IllegalStateException("HtmlWriter: elements left open: " + openInnermostFirst());
    }
  }

  /** The open elements' names, innermost first, such as {@code [p, div]}. */
  private List<String> openInnermostFirst() {
    String[] names = new String[depth];
    for (int i = 0; i < depth; i++) {
      names[i] = open[depth - 1 - i].name;
    }
    return List.of(names);
  }

  /** Checks and records the attribute's name and writes {@code name="}. */
  private void startAttribute(String name) throws IOException {
    if (!inStartTag) {
      throw new IllegalStateException("HtmlWriter: attribute '" + name + "' written outside a start tag");
    }
    if (written(name)) {
      throw new IllegalStateException("HtmlWriter: attribute '" + name + "' written twice");
    }
    if (attributeCount == attributes.length) {
      attributes = Arrays.copyOf(attributes, attributeCount * 2);
    }
    attributes[attributeCount++] = name;
    out.append(' ').append(name).append("=\"");
  }

  private boolean written(String name) {
    for (int i = 0; i < attributeCount; i++) {
      if (attributes[i].equals(name)) {
        return true;
      }
    }
    return false;
  }

  private void finishStartTag() throws IOException {
    if (inStartTag) {
      out.append('>');
      inStartTag = false;
    }
  }
}
