package dev.newsmodel.feeds.internal;

import dev.newsmodel.core.convert.ConversionCode;
import java.io.StringWriter;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * An XML document written with the JDK's own streaming writer ({@link XMLOutputFactory#newDefaultFactory()},
 * never another implementation found on the class path, so the bytes are the same everywhere), with
 * what that writer leaves to its caller:
 *
 * <ul>
 *   <li>every text and attribute value is checked for characters XML 1.0 cannot carry
 *       ({@code Char ::= #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF]}), which
 *       are refused with {@link ConversionCode#FEED_UNWRITABLE_CHARACTER}, never replaced;
 *   <li>a carriage return in text is written as {@code &#13;}: the writer passes it raw, and a parser
 *       would read it back as a line feed;
 *   <li>a tab in an attribute value is written as a space, with a warning: the writer passes it raw,
 *       and a parser's attribute-value normalisation would read a space (line breaks cannot occur, as
 *       the model's lines have none, and are refused here);
 *   <li>elements are indented by two spaces, one per line, which no feed reader reads as content.
 * </ul>
 *
 * Not thread-safe: one instance writes one document.
 */
public final class Xml {
  private static final XMLOutputFactory FACTORY = XMLOutputFactory.newDefaultFactory();

  private final StringWriter out = new StringWriter(8192);
  private final XMLStreamWriter w;
  private final Problems problems;
  /** For each open element: whether it has child elements, so its end tag goes on a line of its own. */
  private final Deque<boolean[]> open = new ArrayDeque<>();
  private String location = "";

  /**
   * Starts a document with its XML declaration.
   *
   * @param problems where warnings go
   */
  public Xml(Problems problems) {
    this.problems = problems;
    try {
      w = FACTORY.createXMLStreamWriter(out);
      w.writeStartDocument("UTF-8", "1.0");
    } catch (XMLStreamException e) {
      throw new IllegalStateException("The JDK's XML writer cannot start a document", e);
    }
  }

  /**
   * Sets the location that refusals and warnings name until the next call, such as {@code entries[2]}.
   *
   * @param location an attribute path
   * @return this
   */
  public Xml at(String location) {
    this.location = location;
    return this;
  }

  /**
   * Opens an element in no namespace or in the default one.
   *
   * @param name the local name
   * @return this
   */
  public Xml start(String name) {
    return start("", name, "");
  }

  /**
   * Opens an element with a namespace prefix the root declared.
   *
   * @param prefix the prefix, such as {@code dc}, or empty
   * @param name the local name
   * @param namespace the namespace URI, or empty
   * @return this
   */
  public Xml start(String prefix, String name, String namespace) {
    try {
      indent();
      if (prefix.isEmpty()) {
        w.writeStartElement(name);
      } else {
        w.writeStartElement(prefix, name, namespace);
      }
      open.push(new boolean[1]);
      return this;
    } catch (XMLStreamException e) {
      throw failure(e);
    }
  }

  /**
   * Writes an empty element, whose attributes follow.
   *
   * @param prefix the prefix, or empty
   * @param name the local name
   * @param namespace the namespace URI, or empty
   * @return this
   */
  public Xml empty(String prefix, String name, String namespace) {
    try {
      indent();
      if (prefix.isEmpty()) {
        w.writeEmptyElement(name);
      } else {
        w.writeEmptyElement(prefix, name, namespace);
      }
      return this;
    } catch (XMLStreamException e) {
      throw failure(e);
    }
  }

  /**
   * Declares a namespace on the element just opened.
   *
   * @param prefix the prefix, or empty for the default namespace
   * @param namespace the namespace URI
   * @return this
   */
  public Xml namespace(String prefix, String namespace) {
    try {
      if (prefix.isEmpty()) {
        w.writeDefaultNamespace(namespace);
      } else {
        w.writeNamespace(prefix, namespace);
      }
      return this;
    } catch (XMLStreamException e) {
      throw failure(e);
    }
  }

  /**
   * Writes an attribute on the element just opened.
   *
   * @param name the attribute's name
   * @param value its value, checked and with tabs written as spaces (with a warning)
   * @return this
   */
  public Xml attribute(String name, String value) {
    return attribute("", "", name, value);
  }

  /**
   * Writes {@code xml:lang} on the element just opened.
   *
   * @param language the language
   * @return this
   */
  public Xml lang(Locale language) {
    return attribute(XMLConstants.XML_NS_PREFIX, XMLConstants.XML_NS_URI, "lang", language.toLanguageTag());
  }

  private Xml attribute(String prefix, String namespace, String name, String value) {
    check(value);
    String written = value;
    if (value.indexOf('\t') >= 0) {
      written = value.replace('\t', ' ');
      problems.warn(ConversionCode.FEED_ATTRIBUTE_WHITESPACE, location, "The text '" + value + "' is written in the "
          + "attribute " + name + ", where XML reads a tab as a space: it was written with spaces");
    }
    if (written.indexOf('\n') >= 0 || written.indexOf('\r') >= 0) {
      throw new Problems.Refusal(ConversionCode.FEED_UNWRITABLE_CHARACTER, location, "The text '" + value
          + "' holds a line break, which the attribute " + name + " cannot carry");
    }
    try {
      if (prefix.isEmpty()) {
        w.writeAttribute(name, written);
      } else {
        w.writeAttribute(prefix, namespace, name, written);
      }
      return this;
    } catch (XMLStreamException e) {
      throw failure(e);
    }
  }

  /**
   * Writes text content, carriage returns as {@code &#13;}.
   *
   * @param text the text, checked
   * @return this
   */
  public Xml text(String text) {
    check(text);
    try {
      int from = 0;
      for (int cr = text.indexOf('\r'); cr >= 0; cr = text.indexOf('\r', from)) {
        w.writeCharacters(text.substring(from, cr));
        w.writeEntityRef("#13");
        from = cr + 1;
      }
      w.writeCharacters(text.substring(from));
      return this;
    } catch (XMLStreamException e) {
      throw failure(e);
    }
  }

  /**
   * Writes an element holding only text, such as {@code <title>Hello</title>}.
   *
   * @param prefix the prefix, or empty
   * @param name the local name
   * @param namespace the namespace URI, or empty
   * @param text the text
   * @return this
   */
  public Xml element(String prefix, String name, String namespace, String text) {
    return start(prefix, name, namespace).text(text).end();
  }

  /**
   * Writes an element in no namespace or the default one, holding only text.
   *
   * @param name the local name
   * @param text the text
   * @return this
   */
  public Xml element(String name, String text) {
    return element("", name, "", text);
  }

  /**
   * Closes the innermost open element.
   *
   * @return this
   */
  public Xml end() {
    try {
      boolean[] hadChildren = open.pop();
      if (hadChildren[0]) {
        newline(open.size());
      }
      w.writeEndElement();
      return this;
    } catch (XMLStreamException e) {
      throw failure(e);
    }
  }

  /**
   * Ends the document and returns it, with a final line feed.
   *
   * @return the document
   */
  public String finish() {
    try {
      while (!open.isEmpty()) {
        end();
      }
      w.writeEndDocument();
      w.flush();
      w.close();
      return out.append('\n').toString();
    } catch (XMLStreamException e) {
      throw failure(e);
    }
  }

  private void indent() throws XMLStreamException {
    if (!open.isEmpty()) {
      open.peek()[0] = true;
    }
    newline(open.size());
  }

  private void newline(int depth) throws XMLStreamException {
    StringBuilder s = new StringBuilder(1 + 2 * depth).append('\n');
    for (int i = 0; i < depth; i++) {
      s.append("  ");
    }
    w.writeCharacters(s.toString());
  }

  /** Refuses a character XML 1.0 cannot carry, naming it and its UTF-16 index. */
  private void check(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      int codePoint = c;
      boolean ok;
      if (Character.isHighSurrogate(c) && i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))) {
        codePoint = value.codePointAt(i);
        ok = true;
      } else {
        ok = c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD);
      }
      if (!ok) {
        throw new Problems.Refusal(ConversionCode.FEED_UNWRITABLE_CHARACTER, location, String.format(Locale.ROOT,
            "The text '%s' holds U+%04X at index %d, which XML 1.0 cannot carry", printable(value), codePoint, i));
      }
      if (codePoint != c) {
        i++;
      }
    }
  }

  /** The text with what cannot be shown escaped as {@code \\uXXXX}, for a message. */
  private static String printable(String value) {
    StringBuilder s = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < 0x20 || Character.isSurrogate(c) || c >= 0xFFFE) {
        s.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
      } else {
        s.append(c);
      }
    }
    return s.toString();
  }

  private static IllegalStateException failure(XMLStreamException e) {
    return new IllegalStateException("The JDK's XML writer failed on a document written to memory", e);
  }
}
