package dev.newsmodel.htmlimport.internal;

import dev.newsmodel.core.body.Emphasis;
import dev.newsmodel.core.body.Inline;
import dev.newsmodel.core.body.LanguageSpan;
import dev.newsmodel.core.body.LineBreak;
import dev.newsmodel.core.body.Link;
import dev.newsmodel.core.body.Strong;
import dev.newsmodel.core.body.Text;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The inline content of one block as it is read, with HTML's whitespace rule applied: every run of
 * ASCII whitespace is one space, none at the start or end of the block or next to a line break, and a
 * space between two elements stays where the first whitespace of the run was. A block boundary met
 * inside (a paragraph inside a list item) becomes a line break before the next text.
 */
final class InlineBuilder {
  enum Kind { ROOT, EMPHASIS, STRONG, LINK, SPAN }

  private static final Object BREAK = new Object();

  private static final class Node {
    final Kind kind;
    final @Nullable URI url;
    final @Nullable String title;
    final @Nullable Locale language;
    final List<Object> children = new ArrayList<>();

    Node(Kind kind, @Nullable URI url, @Nullable String title, @Nullable Locale language) {
      this.kind = kind;
      this.url = url;
      this.title = title;
      this.language = language;
    }

    Node emptyCopy() {
      return new Node(kind, url, title, language);
    }
  }

  private Node root = new Node(Kind.ROOT, null, null, null);
  private final Deque<Node> open = new ArrayDeque<>();
  private boolean lineStart = true;
  private @Nullable Node spaceNode;
  private int spaceIndex;
  private boolean breakPending;
  private boolean hasText;
  private boolean merged;

  InlineBuilder() {
    open.push(root);
  }

  /** Opens an element; its content goes inside until {@link #close()}. */
  void open(Kind kind, @Nullable URI url, @Nullable String title, @Nullable Locale language) {
    Node node = new Node(kind, url, title, language);
    open.peek().children.add(node);
    open.push(node);
  }

  /** Closes the innermost open element. */
  void close() {
    if (open.size() > 1) {
      open.pop();
    }
  }

  /** Returns whether a link is open, so that a link inside one is read as its text. */
  boolean insideLink() {
    for (Node n : open) {
      if (n.kind == Kind.LINK) {
        return true;
      }
    }
    return false;
  }

  /** Appends text, collapsing whitespace. */
  void text(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f') {
        if (!lineStart && spaceNode == null) {
          spaceNode = open.peek();
          spaceIndex = spaceNode.children.size();
        }
      } else {
        if (breakPending) {
          open.peek().children.add(BREAK);
          breakPending = false;
          merged = true;
          spaceNode = null;
        }
        if (spaceNode != null) {
          spaceNode.children.add(spaceIndex, new StringBuilder(" "));
          spaceNode = null;
        }
        List<Object> children = open.peek().children;
        Object last = children.isEmpty() ? null : children.get(children.size() - 1);
        if (last instanceof StringBuilder) {
          ((StringBuilder) last).append(c);
        } else {
          children.add(new StringBuilder().append(c));
        }
        lineStart = false;
        hasText = true;
      }
    }
  }

  /** Appends a line break ({@code <br>}): spaces around it are dropped. */
  void lineBreak() {
    if (breakPending) {
      open.peek().children.add(BREAK);
      breakPending = false;
    }
    spaceNode = null;
    open.peek().children.add(BREAK);
    lineStart = true;
    hasText = true;
  }

  /**
   * Marks a block boundary inside this content: if text came before, the next text starts after a
   * line break, and the content counts as merged.
   */
  void boundary() {
    if (hasText && !lineStart) {
      breakPending = true;
    }
    spaceNode = null;
    lineStart = true;
  }

  /** Returns whether block boundaries were joined with line breaks. */
  boolean merged() {
    return merged;
  }

  /** Returns the content read so far, as model inlines; empty elements are left out. */
  List<Inline> build() {
    return build(root);
  }

  /**
   * Returns the content read so far and starts again with empty copies of the open elements, so that
   * an image met inside a paragraph can stand between its two halves.
   */
  List<Inline> takeAndReopen() {
    List<Inline> before = build(root);
    List<Node> chain = new ArrayList<>(open);
    open.clear();
    Node parent = null;
    for (int i = chain.size() - 1; i >= 0; i--) {
      Node copy = chain.get(i).emptyCopy();
      if (parent == null) {
        root = copy;
      } else {
        parent.children.add(copy);
      }
      open.push(copy);
      parent = copy;
    }
    lineStart = true;
    spaceNode = null;
    breakPending = false;
    hasText = false;
    return before;
  }

  private static List<Inline> build(Node node) {
    List<Inline> out = new ArrayList<>();
    StringBuilder text = null;
    for (Iterator<Object> it = node.children.iterator(); it.hasNext(); ) {
      Object child = it.next();
      if (child instanceof StringBuilder) {
        if (text == null) {
          text = new StringBuilder();
        }
        text.append((StringBuilder) child);
        continue;
      }
      if (text != null) {
        out.add(Text.of(text.toString()));
        text = null;
      }
      if (child == BREAK) {
        out.add(LineBreak.instance());
      } else {
        Inline inline = element((Node) child);
        if (inline != null) {
          out.add(inline);
        }
      }
    }
    if (text != null) {
      out.add(Text.of(text.toString()));
    }
    return out;
  }

  private static @Nullable Inline element(Node node) {
    List<Inline> content = build(node);
    if (content.isEmpty()) {
      return null;
    }
    Inline[] array = content.toArray(new Inline[0]);
    switch (node.kind) {
      case EMPHASIS:
        return Emphasis.of(array);
      case STRONG:
        return Strong.of(array);
      case LINK: {
        Link.Builder b = Link.builder().url(node.url).addContent(array);
        if (node.title != null) {
          b.title(node.title);
        }
        return b.build();
      }
      case SPAN:
        return LanguageSpan.of(node.language, array);
      default:
        throw new IllegalStateException("no element of kind " + node.kind);
    }
  }

  /** Whether inline content holds text a reader would see, as the model's blocks require. */
  static boolean visible(List<Inline> content) {
    for (Inline inline : content) {
      if (inline instanceof Text) {
        if (!((Text) inline).value().isBlank()) {
          return true;
        }
      } else if (inline instanceof Emphasis) {
        if (visible(((Emphasis) inline).content())) {
          return true;
        }
      } else if (inline instanceof Strong) {
        if (visible(((Strong) inline).content())) {
          return true;
        }
      } else if (inline instanceof Link) {
        if (visible(((Link) inline).content())) {
          return true;
        }
      } else if (inline instanceof LanguageSpan) {
        if (visible(((LanguageSpan) inline).content())) {
          return true;
        }
      }
    }
    return false;
  }
}
