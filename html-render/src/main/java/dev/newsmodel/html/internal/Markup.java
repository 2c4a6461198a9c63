package dev.newsmodel.html.internal;

import java.io.IOException;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.Locale;
import java.util.Set;

/**
 * The writer underneath the renderer and {@code HtmlWriter}: it keeps the open elements, the
 * attributes of the open start tag and the encoding buffers of one document, and it encodes every
 * text and attribute value it is given. It does not check names: element and attribute names are
 * the caller's constants, such as {@code open("meta")} in a page's head, which the public
 * {@code HtmlWriter} refuses to components. Two rules hold for every caller: a link never opens inside
 * a link, and no attribute is written twice on one element.
 *
 * <p>Not thread-safe: one instance writes one document.
 */
public final class Markup {
  private static final Set<String> VOID = Set.of(
      "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr");

  private final Appendable out;
  private final Deque<String> open = new ArrayDeque<>();
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
    if (linkDepth > 0 && tag.equals("a")) {
      throw new IllegalArgumentException("HtmlWriter cannot open a link inside a link; check insideLink() first");
    }
    finishStartTag();
    out.append('<').append(tag);
    inStartTag = true;
    attributeCount = 0;
    if (!VOID.contains(tag)) {
      open.push(tag);
      if (tag.equals("a")) {
        linkDepth++;
      }
    }
    return this;
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
    if (text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
      return text(text);
    }
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        text(text.substring(start, i));
        open("br");
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
        start = i + 1;
      }
    }
    return text(text.substring(start));
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
    String tag = open.poll();
    if (tag == null) {
      throw new IllegalStateException("HtmlWriter: close() without an open element");
    }
    if (tag.equals("a")) {
      linkDepth--;
    }
    out.append("</").append(tag).append('>');
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
    return open.size();
  }

  /**
   * Ends the document: completes a start tag still open.
   *
   * @throws IOException if the output fails
   * @throws IllegalStateException if an element is left open
   */
  public void finish() throws IOException {
    finishStartTag();
    if (!open.isEmpty()) {
      throw new IllegalStateException("HtmlWriter: elements left open: " + open);
    }
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
