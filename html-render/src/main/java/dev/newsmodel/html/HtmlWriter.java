package dev.newsmodel.html;

import dev.newsmodel.html.internal.Markup;
import java.io.IOException;
import java.net.URI;
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
 * with {@link IllegalArgumentException}. Every method checks what it is given, so no sequence of calls
 * can write an element, attribute or URL these rules refuse: {@link Component}s write through the
 * instance their context gives them, into the same document as the renderer, which writes its own
 * constant names (the page head's {@code meta} and {@code script} too) underneath this class.
 *
 * <p>A component gets its instance from {@link ComponentContext#html()}; there is no other way to make
 * one. Not thread-safe: one instance writes one document.
 */
public final class HtmlWriter {
  private static final Pattern TAG = Pattern.compile("[a-z][a-z0-9]*");
  private static final Pattern ATTRIBUTE = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");
  private static final Pattern CLASS_NAME = Pattern.compile("[a-zA-Z0-9_-]+");

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

  private final Markup out;
  private final String classPrefix;

  /** A writer of its own document, as tests use it. */
  HtmlWriter(Appendable out, String classPrefix) {
    this(new Markup(out), classPrefix);
  }

  /** The checked writer over a document the renderer writes too. */
  HtmlWriter(Markup out, String classPrefix) {
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
    out.open(tag);
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
    out.attribute(name, value);
    return this;
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
    out.url(name, url);
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
    out.attribute("class", value.toString());
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
    out.language(Objects.requireNonNull(language, "language"), Objects.requireNonNull(surrounding, "surrounding"));
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
    out.text(Objects.requireNonNull(text, "text"));
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
    out.lines(Objects.requireNonNull(text, "text"));
    return this;
  }

  /**
   * Closes the innermost open element.
   *
   * @return this writer
   * @throws IOException if the output fails
   * @throws IllegalStateException if no element is open
   */
  public HtmlWriter close() throws IOException {
    out.close();
    return this;
  }

  /**
   * Returns whether the writer is inside a link, where another link must not open.
   *
   * @return true inside an {@code a} element
   */
  public boolean insideLink() {
    return out.insideLink();
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
}
