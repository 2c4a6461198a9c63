package dev.newsmodel.html;

import dev.newsmodel.html.internal.Escape;
import dev.newsmodel.html.internal.Languages;
import dev.newsmodel.html.internal.UrlPolicy;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Writes HTML that cannot be broken by the strings it is given, such as
 * {@code out.open("p").classes("note").text(caption).close()}: text is encoded for element content,
 * attribute values for double-quoted attributes (OWASP Java Encoder), URLs pass the allowlist
 * ({@code http}, {@code https}, and {@code mailto} in {@code href}) and are omitted otherwise.
 *
 * <p>Element and attribute names are checked: no {@code script}, {@code style}, {@code iframe} and
 * the like, no event-handler ({@code on*}) or {@code style} attributes, and URL attributes only
 * through {@link #url(String, URI)}. A name that breaks these rules is a programming error and fails
 * with {@link IllegalArgumentException}. The renderer writes all its output through this class, and
 * {@link Component}s write theirs through the instance their context gives them.
 *
 * <p>Not thread-safe: one instance writes one document.
 */
public final class HtmlWriter {
  private static final Pattern TAG = Pattern.compile("[a-z][a-z0-9]*");
  private static final Pattern ATTRIBUTE = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
  private static final Pattern CLASS_NAME = Pattern.compile("[a-zA-Z0-9_-]+");

  private static final Set<String> VOID = Set.of(
      "area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr");

  /** Elements whose content is not parsed as ordinary text or that load or run things. */
  private static final Set<String> FORBIDDEN_TAGS = Set.of(
      "script", "style", "template", "iframe", "frame", "frameset", "object", "embed", "applet", "base", "link",
      "meta", "title", "noscript", "noembed", "noframes", "textarea", "xmp", "plaintext", "listing", "svg", "math",
      "form", "input", "button", "select", "option", "html", "head", "body", "param", "portal");

  private static final Set<String> URL_ATTRIBUTES = Set.of(
      "href", "src", "srcset", "cite", "action", "formaction", "poster", "data", "background", "longdesc",
      "usemap", "ping", "manifest", "codebase", "archive", "profile", "lowsrc", "dynsrc", "itemtype", "itemid",
      "xmlns", "srcdoc", "imagesrcset");

  private static final Set<String> FORBIDDEN_ATTRIBUTES = Set.of("style", "is", "slot", "nonce");

  private final Appendable out;
  private final String classPrefix;
  private final Deque<String> open = new ArrayDeque<>();
  /** The names of the attributes written on the open start tag, the first {@code attributeCount}. */
  private String[] attributes = new String[8];
  private int attributeCount;
  private final Escape escape = new Escape();
  private boolean inStartTag;
  private int linkDepth;

  HtmlWriter(Appendable out, String classPrefix) {
    this.out = out;
    this.classPrefix = classPrefix;
  }

  /**
   * Starts an element, such as {@code open("figure")}; attributes may follow until content does.
   * Void elements ({@code img}, {@code br}...) need no {@link #close()}.
   *
   * @param tag the element name, lower case, not a forbidden element such as {@code script}
   * @return this writer
   * @throws IOException if the output fails
   * @throws IllegalArgumentException if the name is malformed or forbidden, or an {@code a} would
   *     nest inside another
   */
  public HtmlWriter open(String tag) throws IOException {
    Objects.requireNonNull(tag, "tag");
    if (!TAG.matcher(tag).matches() || FORBIDDEN_TAGS.contains(tag)) {
      throw new IllegalArgumentException("HtmlWriter cannot open the element '" + tag + "'");
    }
    return openKnown(tag);
  }

  /**
   * Opens one of the renderer's own elements (a constant it names, never text from content or from a
   * component), skipping the name check but not the nested-link check.
   */
  HtmlWriter openKnown(String tag) throws IOException {
    if (linkDepth > 0 && tag.equals("a")) {
      throw new IllegalArgumentException("HtmlWriter cannot open a link inside a link; check insideLink() first");
    }
    return openTrusted(tag);
  }

  HtmlWriter openTrusted(String tag) throws IOException {
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
   * Adds an attribute to the element just opened, such as {@code attribute("aria-label", label)}.
   *
   * @param name the attribute name, lower case; not an event handler ({@code on*}), {@code style} or a
   *     URL attribute (use {@link #url(String, URI)})
   * @param value the value, any text, not null
   * @return this writer
   * @throws IOException if the output fails
   * @throws IllegalArgumentException if the name is malformed or not allowed here
   * @throws IllegalStateException if no start tag is open or the attribute was already written
   */
  public HtmlWriter attribute(String name, String value) throws IOException {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(value, "value");
    if (!ATTRIBUTE.matcher(name).matches() || name.startsWith("on") || FORBIDDEN_ATTRIBUTES.contains(name)
        || URL_ATTRIBUTES.contains(name)) {
      throw new IllegalArgumentException("HtmlWriter cannot write the attribute '" + name + "'"
          + (URL_ATTRIBUTES.contains(name) ? "; use url(name, uri)" : ""));
    }
    return attributeTrusted(name, value);
  }

  HtmlWriter attributeTrusted(String name, String value) throws IOException {
    startAttribute(name);
    escape.attribute(out, value);
    out.append('"');
    return this;
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

  /**
   * Adds a URL attribute ({@code href}, {@code src} or {@code cite}) if the URL passes the allowlist:
   * absolute {@code http} or {@code https} with a host, or {@code mailto} in {@code href}. A refused
   * URL writes nothing.
   *
   * @param name {@code href}, {@code src} or {@code cite}
   * @param url the URL, not null
   * @return this writer
   * @throws IOException if the output fails
   * @throws IllegalArgumentException if the name is not one of those
   */
  public HtmlWriter url(String name, URI url) throws IOException {
    Objects.requireNonNull(url, "url");
    if (!(name.equals("href") || name.equals("src") || name.equals("cite"))) {
      throw new IllegalArgumentException("HtmlWriter: url() writes href, src or cite, not '" + name + "'");
    }
    String allowed = UrlPolicy.allowed(url, name.equals("href"));
    if (allowed != null) {
      attributeTrusted(name, allowed);
    }
    return this;
  }

  /**
   * Adds the {@code class} attribute, each name prefixed with the renderer's class prefix:
   * {@code classes("figure")} writes {@code class="nm-figure"} by default.
   *
   * @param names class names without prefix, letters, digits, {@code -} and {@code _}
   * @return this writer
   * @throws IOException if the output fails
   * @throws IllegalArgumentException if a name is malformed
   */
  public HtmlWriter classes(String... names) throws IOException {
    if (names.length == 0) {
      return this;
    }
    StringBuilder value = new StringBuilder();
    for (String name : names) {
      if (!CLASS_NAME.matcher(name).matches()) {
        throw new IllegalArgumentException("HtmlWriter: class name '" + name + "' is malformed");
      }
      if (value.length() > 0) {
        value.append(' ');
      }
      value.append(classPrefix).append(name);
    }
    return attributeTrusted("class", value.toString());
  }

  /**
   * Adds the {@code class} attribute with a value the renderer composed from its own constant names
   * and the validated prefix (see {@code ClassNames}); never a name from content or a component.
   */
  HtmlWriter classAttribute(String prefixedValue) throws IOException {
    // Letters, digits, '-', '_' and spaces only (the prefix is validated, the names are constants;
    // ClassNamesTest): nothing an encoder would change, so it is appended as it is.
    startAttribute("class");
    out.append(prefixedValue).append('"');
    return this;
  }

  /**
   * Adds {@code lang} (and {@code dir} where the direction changes) when a text's language differs
   * from its surroundings, such as {@code lang="ru"} for a Russian notice in an English article.
   *
   * @param language the text's language, not null
   * @param surrounding the language around it, not null
   * @return this writer
   * @throws IOException if the output fails
   */
  public HtmlWriter language(Locale language, Locale surrounding) throws IOException {
    if (!Languages.same(language, surrounding)) {
      attributeTrusted("lang", language.toLanguageTag());
      boolean rtl = Languages.rightToLeft(language);
      if (rtl != Languages.rightToLeft(surrounding)) {
        attributeTrusted("dir", rtl ? "rtl" : "ltr");
      }
    }
    return this;
  }

  /**
   * Writes text as element content; {@code <}, {@code &} and {@code >} are encoded.
   *
   * @param text the text, not null
   * @return this writer
   * @throws IOException if the output fails
   */
  public HtmlWriter text(String text) throws IOException {
    finishStartTag();
    escape.content(out, text);
    return this;
  }

  /**
   * Writes text whose line breaks become {@code <br>}, as in a multi-line disclaimer.
   *
   * @param text the text, not null
   * @return this writer
   * @throws IOException if the output fails
   */
  public HtmlWriter lines(String text) throws IOException {
    if (text.indexOf('\n') < 0 && text.indexOf('\r') < 0) {
      return text(text);
    }
    int start = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        text(text.substring(start, i));
        openTrusted("br");
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
  public HtmlWriter close() throws IOException {
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
   * Returns whether the writer is inside a link, where another link must not open.
   *
   * @return true inside an {@code a} element
   */
  public boolean insideLink() {
    return linkDepth > 0;
  }

  /**
   * Returns the full class name for a name, such as {@code nm-figure} for {@code figure}.
   *
   * @param name the class name without prefix, not null
   * @return the prefixed name, not null
   */
  public String className(String name) {
    return classPrefix + name;
  }

  HtmlWriter newline() throws IOException {
    finishStartTag();
    out.append('\n');
    return this;
  }

  /** Writes markup the renderer composed itself (doctype, stylesheet, JSON-LD); never content. */
  HtmlWriter raw(String markup) throws IOException {
    finishStartTag();
    out.append(markup);
    return this;
  }

  int depth() {
    return open.size();
  }

  void closeTo(int depth) throws IOException {
    while (open.size() > depth) {
      close();
    }
  }

  void finish() throws IOException {
    finishStartTag();
    if (!open.isEmpty()) {
      throw new IllegalStateException("HtmlWriter: elements left open: " + open);
    }
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
