package dev.newsmodel.maven.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A file-set pattern as Maven's {@code <includes>} and {@code <excludes>} take it, such as
 * {@code **}{@code /*.json}: matched against a path relative to the set's directory, with {@code /}
 * separators. {@code *} matches any characters within one name, {@code ?} one character, {@code **}
 * any number of whole names (none included); a pattern ending in {@code /} means everything below that
 * directory; a {@code \} is read as {@code /}. Matching is case-sensitive on every platform, so a build
 * selects the same files everywhere.
 */
public final class AntPattern {
  private final String text;
  private final List<String> segments;

  private AntPattern(String text, List<String> segments) {
    this.text = text;
    this.segments = segments;
  }

  /**
   * Parses a pattern.
   *
   * @param pattern the pattern, such as {@code 2021/**}{@code /*.json}, not null
   * @return the pattern, not null
   * @throws IllegalArgumentException if the pattern is blank or absolute
   */
  public static AntPattern of(String pattern) {
    Objects.requireNonNull(pattern, "pattern");
    String normal = pattern.trim().replace('\\', '/');
    if (normal.isEmpty()) {
      throw new IllegalArgumentException("a pattern is empty; give one such as **/*.json");
    }
    if (normal.startsWith("/")) {
      throw new IllegalArgumentException("the pattern '" + pattern
          + "' is absolute; patterns are relative to the directory, such as **/*.json");
    }
    if (normal.endsWith("/")) {
      normal = normal + "**";
    }
    List<String> segments = new ArrayList<>();
    for (String segment : normal.split("/+")) {
      if (segment.equals("**") && !segments.isEmpty() && segments.get(segments.size() - 1).equals("**")) {
        continue;
      }
      segments.add(segment);
    }
    return new AntPattern(pattern, List.copyOf(segments));
  }

  /**
   * Returns whether a relative path matches.
   *
   * @param relative the path relative to the set's directory, with {@code /} separators, such as
   *     {@code 2021/iskander.json}, not null
   * @return true if it matches
   */
  public boolean matches(String relative) {
    String[] names = relative.split("/");
    return match(0, names, 0);
  }

  private boolean match(int p, String[] names, int n) {
    if (p == segments.size()) {
      return n == names.length;
    }
    String segment = segments.get(p);
    if (segment.equals("**")) {
      for (int skip = n; skip <= names.length; skip++) {
        if (match(p + 1, names, skip)) {
          return true;
        }
      }
      return false;
    }
    return n < names.length && glob(segment, 0, names[n], 0) && match(p + 1, names, n + 1);
  }

  /** Matches one name against one segment with {@code *} and {@code ?}, by code point. */
  static boolean glob(String pattern, int p, String name, int n) {
    while (p < pattern.length()) {
      int c = pattern.codePointAt(p);
      if (c == '*') {
        int next = p + 1;
        while (next < pattern.length() && pattern.charAt(next) == '*') {
          next++;
        }
        if (next == pattern.length()) {
          return true;
        }
        for (int i = n; i <= name.length(); i = i < name.length() ? name.offsetByCodePoints(i, 1) : i + 1) {
          if (glob(pattern, next, name, i)) {
            return true;
          }
        }
        return false;
      }
      if (n >= name.length()) {
        return false;
      }
      int d = name.codePointAt(n);
      if (c != '?' && c != d) {
        return false;
      }
      p += Character.charCount(c);
      n += Character.charCount(d);
    }
    return n == name.length();
  }

  @Override
  public String toString() {
    return text;
  }
}
