package dev.newsmodel.html.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A phrase template such as {@code "This article was originally published[ {language}] by {outlet}."}:
 * literal text, {@code {name}} placeholders, and {@code [...]} optional groups that are left out
 * when a placeholder inside them has no value. Groups do not nest; braces and brackets are syntax.
 *
 * <p>Immutable and thread-safe.
 */
public final class Template {
  /** One piece of a template. */
  public abstract static class Piece {
    Piece() {}
  }

  /** Literal text. */
  public static final class Literal extends Piece {
    private final String text;

    Literal(String text) {
      this.text = text;
    }

    /**
     * Returns the literal text.
     *
     * @return the text, not null
     */
    public String text() {
      return text;
    }
  }

  /** A named placeholder. */
  public static final class Placeholder extends Piece {
    private final String name;

    Placeholder(String name) {
      this.name = name;
    }

    /**
     * Returns the placeholder's name.
     *
     * @return the name, not null
     */
    public String name() {
      return name;
    }
  }

  /** An optional group, written only when all its placeholders have values. */
  public static final class Group extends Piece {
    private final List<Piece> pieces;
    private final Set<String> names;

    Group(List<Piece> pieces, Set<String> names) {
      this.pieces = pieces;
      this.names = names;
    }

    /**
     * Returns the pieces inside the group.
     *
     * @return the pieces, not null
     */
    public List<Piece> pieces() {
      return pieces;
    }

    /**
     * Returns the names of the placeholders inside the group.
     *
     * @return the names, not null
     */
    public Set<String> names() {
      return names;
    }
  }

  private final String source;
  private final List<Piece> pieces;
  private final Set<String> names;

  private Template(String source, List<Piece> pieces, Set<String> names) {
    this.source = source;
    this.pieces = pieces;
    this.names = names;
  }

  /**
   * Parses a template.
   *
   * @param source the template text, not null
   * @return the template, not null
   * @throws IllegalArgumentException if a brace or bracket is unbalanced, a group nests, or a
   *     placeholder name is empty
   */
  public static Template parse(String source) {
    Objects.requireNonNull(source, "source");
    List<Piece> top = new ArrayList<>();
    List<Piece> group = null;
    Set<String> groupNames = null;
    Set<String> all = new LinkedHashSet<>();
    StringBuilder literal = new StringBuilder();
    for (int i = 0; i < source.length(); i++) {
      char c = source.charAt(i);
      List<Piece> target = group == null ? top : group;
      if (c == '{') {
        int close = source.indexOf('}', i);
        if (close < 0) {
          throw new IllegalArgumentException("Template '" + source + "': '{' at index " + i + " is not closed");
        }
        String name = source.substring(i + 1, close);
        if (!name.matches("[a-z][a-zA-Z]*")) {
          throw new IllegalArgumentException(
              "Template '" + source + "': placeholder '{" + name + "}' at index " + i + " is not a name such as {outlet}");
        }
        flush(literal, target);
        target.add(new Placeholder(name));
        all.add(name);
        if (groupNames != null) {
          groupNames.add(name);
        }
        i = close;
      } else if (c == '}') {
        throw new IllegalArgumentException("Template '" + source + "': '}' at index " + i + " has no '{'");
      } else if (c == '[') {
        if (group != null) {
          throw new IllegalArgumentException("Template '" + source + "': optional groups do not nest (index " + i + ")");
        }
        flush(literal, top);
        group = new ArrayList<>();
        groupNames = new LinkedHashSet<>();
      } else if (c == ']') {
        if (group == null) {
          throw new IllegalArgumentException("Template '" + source + "': ']' at index " + i + " has no '['");
        }
        flush(literal, group);
        top.add(new Group(Collections.unmodifiableList(group), Collections.unmodifiableSet(groupNames)));
        group = null;
        groupNames = null;
      } else {
        literal.append(c);
      }
    }
    if (group != null) {
      throw new IllegalArgumentException("Template '" + source + "': '[' is not closed");
    }
    flush(literal, top);
    return new Template(source, Collections.unmodifiableList(top), Collections.unmodifiableSet(all));
  }

  private static void flush(StringBuilder literal, List<Piece> target) {
    if (literal.length() > 0) {
      target.add(new Literal(literal.toString()));
      literal.setLength(0);
    }
  }

  /**
   * Returns the pieces in order.
   *
   * @return the pieces, not null
   */
  public List<Piece> pieces() {
    return pieces;
  }

  /**
   * Returns the names of all placeholders.
   *
   * @return the names, in order of first use, not null
   */
  public Set<String> names() {
    return names;
  }

  /**
   * Returns the template text as given.
   *
   * @return the text, not null
   */
  @Override
  public String toString() {
    return source;
  }
}
