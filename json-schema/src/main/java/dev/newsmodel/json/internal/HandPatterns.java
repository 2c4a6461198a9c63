package dev.newsmodel.json.internal;

import dev.newsmodel.core.internal.Checks;

/**
 * The schema's string patterns matched by hand, without a regular expression, for the fast read: each
 * method gives the verdict of one pattern of the schema text, compiled by networknt's factory (searched
 * for, {@code $} as the end of input), on a string that holds no line break (the {@code not} pattern
 * that every one of these definitions carries is checked first, so {@code $} cannot match before a
 * final line terminator). {@code HandPatternsTest} holds each one to the compiled pattern on generated
 * and edge-case strings.
 *
 * <p>Each pattern is deterministic once read left to right: the URL patterns' host is the longest run
 * of host characters, since nothing that may follow a host (a port's colon, a path's slash, a query's
 * question mark, a fragment's hash, the end) is a host character; the userinfo ends at the first
 * {@code @}, since no userinfo character is one.
 */
final class HandPatterns {
  private HandPatterns() {}

  /** {@code \s} in Java's default (non-Unicode) classes: space, tab, LF, VT, FF, CR. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isAlpha(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
  }

  private static boolean isAlnum(char c) {
    return isAlpha(c) || isDigit(c);
  }

  private static boolean isHex(char c) {
    return isDigit(c) || (c >= 'A' && c <= 'F') || (c >= 'a' && c <= 'f');
  }

  /** {@code ^\S+$}: the article's id. */
  static boolean id(String s) {
    if (s.isEmpty()) {
      return false;
    }
    return noSpaceFrom(s, 0);
  }

  /** Whether no character from {@code from} on is a {@code \s} character. */
  private static boolean noSpaceFrom(String s, int from) {
    for (int i = from; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c <= ' ' && isSpace(c)) { // every \s character is at most a space
        return false;
      }
    }
    return true;
  }

  /** {@code ^[A-Z]{2}$}: a country code. */
  static boolean country(String s) {
    return s.length() == 2 && s.charAt(0) >= 'A' && s.charAt(0) <= 'Z' && s.charAt(1) >= 'A' && s.charAt(1) <= 'Z';
  }

  /** {@code ^[A-Za-z0-9][A-Za-z0-9.+-]*$}: an SPDX id, the model's own rule. */
  static boolean spdx(String s) {
    return Checks.isSpdxId(s);
  }

  /** {@code ^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$}: a language tag's form. */
  static boolean language(String s) {
    int i = 0;
    int n = s.length();
    while (i < n && isAlpha(s.charAt(i))) {
      i++;
    }
    if (i < 2 || i > 8) {
      return false;
    }
    while (i < n) {
      if (s.charAt(i) != '-') {
        return false;
      }
      int start = ++i;
      while (i < n && isAlnum(s.charAt(i))) {
        i++;
      }
      if (i == start || i - start > 8) {
        return false;
      }
    }
    return true;
  }

  /**
   * {@code $defs/timestamp} (zone in brackets optional) and {@code $defs/regionTimestamp} (required):
   * {@code ^[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]{1,9})?)?([Zz]|[+-][0-9]{2}:[0-9]{2}(:[0-9]{2})?)(\[!?[A-Za-z0-9._+-]+(/[A-Za-z0-9._+-]+)*\])?$}.
   */
  static boolean timestamp(String s, boolean zoneRequired) {
    int n = s.length();
    if (n < 17 || !digits(s, 0, 4) || s.charAt(4) != '-' || !digits(s, 5, 2) || s.charAt(7) != '-'
        || !digits(s, 8, 2) || (s.charAt(10) != 'T' && s.charAt(10) != 't') || !digits(s, 11, 2)
        || s.charAt(13) != ':' || !digits(s, 14, 2)) {
      return false;
    }
    int i = 16;
    if (s.charAt(i) == ':') {
      if (!digits(s, i + 1, 2)) {
        return false;
      }
      i += 3;
      if (i < n && s.charAt(i) == '.') {
        int start = ++i;
        while (i < n && isDigit(s.charAt(i))) {
          i++;
        }
        if (i == start || i - start > 9) {
          return false;
        }
      }
    }
    if (i >= n) {
      return false;
    }
    char c = s.charAt(i);
    if (c == 'Z' || c == 'z') {
      i++;
    } else if (c == '+' || c == '-') {
      if (!digits(s, i + 1, 2) || i + 3 >= n || s.charAt(i + 3) != ':' || !digits(s, i + 4, 2)) {
        return false;
      }
      i += 6;
      if (i < n && s.charAt(i) == ':') {
        if (!digits(s, i + 1, 2)) {
          return false;
        }
        i += 3;
      }
    } else {
      return false;
    }
    if (i == n) {
      return !zoneRequired;
    }
    if (s.charAt(i) != '[' || s.charAt(n - 1) != ']') {
      return false;
    }
    i++;
    if (i < n && s.charAt(i) == '!') {
      i++;
    }
    // [A-Za-z0-9._+-]+ (/[A-Za-z0-9._+-]+)* then "]" at the end.
    int end = n - 1;
    int segment = 0;
    for (; i < end; i++) {
      char z = s.charAt(i);
      if (z == '/') {
        if (segment == 0) {
          return false;
        }
        segment = 0;
      } else if (isAlnum(z) || z == '.' || z == '_' || z == '+' || z == '-') {
        segment++;
      } else {
        return false;
      }
    }
    return segment > 0;
  }

  /** Whether {@code count} ASCII digits start at {@code from}. */
  private static boolean digits(String s, int from, int count) {
    if (from + count > s.length()) {
      return false;
    }
    for (int i = from; i < from + count; i++) {
      if (!isDigit(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  /** {@code $defs/webUrl}: an absolute http or https URL with a host. */
  static boolean webUrl(String s) {
    int n = s.length();
    int i = 0;
    if (n < 7 || !ignoreCase(s, 0, "http")) {
      return false;
    }
    i = 4;
    if (s.charAt(i) == 's' || s.charAt(i) == 'S') {
      i++;
    }
    if (!s.startsWith("://", i)) {
      return false;
    }
    i += 3;
    if (afterAuthorityStart(s, i)) {
      return true;
    }
    // With a userinfo: the first "@" ends it, and everything before it must be userinfo.
    int at = s.indexOf('@', i);
    return at >= 0 && userinfo(s, i, at) && afterAuthorityStart(s, at + 1);
  }

  /** {@code $defs/linkUrl}: a web URL or {@code mailto:} followed by at least one non-space character. */
  static boolean linkUrl(String s) {
    if (s.length() > 7 && ignoreCase(s, 0, "mailto") && s.charAt(6) == ':') {
      return noSpaceFrom(s, 7);
    }
    return webUrl(s);
  }

  private static boolean ignoreCase(String s, int from, String lower) {
    if (from + lower.length() > s.length()) {
      return false;
    }
    for (int k = 0; k < lower.length(); k++) {
      char c = s.charAt(from + k);
      if (c != lower.charAt(k) && c != Character.toUpperCase(lower.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /** {@code (?:[A-Za-z0-9._~!$&'()*+,;=:-]|%[0-9A-Fa-f]{2})*} over {@code [from, to)}. */
  private static boolean userinfo(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c == '%') {
        if (i + 2 >= to) {
          return false;
        }
        if (!isHex(s.charAt(i + 1)) || !isHex(s.charAt(i + 2))) {
          return false;
        }
        i += 2;
      } else if (!isAlnum(c) && "._~!$&'()*+,;=:-".indexOf(c) < 0) {
        return false;
      }
    }
    return true;
  }

  /** The host, an optional port and an optional path, query or fragment, from {@code from} to the end. */
  private static boolean afterAuthorityStart(String s, int from) {
    int n = s.length();
    int i;
    if (from < n && s.charAt(from) == '[') {
      // \[[0-9A-Fa-f:.]+\]
      i = from + 1;
      while (i < n && (isHex(s.charAt(i)) || s.charAt(i) == ':' || s.charAt(i) == '.')) {
        i++;
      }
      if (i == from + 1 || i >= n || s.charAt(i) != ']') {
        return false;
      }
      i++;
    } else {
      i = from;
      while (i < n && (isAlnum(s.charAt(i)) || s.charAt(i) == '-' || s.charAt(i) == '.')) {
        i++;
      }
      if (!host(s, from, i)) {
        return false;
      }
    }
    if (i < n && s.charAt(i) == ':') {
      i++;
      while (i < n && isDigit(s.charAt(i))) {
        i++;
      }
    }
    if (i == n) {
      return true;
    }
    char c = s.charAt(i);
    return (c == '/' || c == '?' || c == '#') && noSpaceFrom(s, i + 1);
  }

  /**
   * A host name or IPv4 address over {@code [from, to)}, all of it made of letters, digits, hyphens and
   * dots: dotted labels ending in one that starts with a letter, a single label, either with one final
   * dot allowed, or four decimal octets of at most 255.
   */
  private static boolean host(String s, int from, int to) {
    if (from == to) {
      return false;
    }
    int end = s.charAt(to - 1) == '.' ? to - 1 : to;
    // Labels: [A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?, separated by single dots.
    int labels = 0;
    int lastStart = from;
    boolean names = true;
    int start = from;
    for (int i = from; i <= end; i++) {
      if (i == end || s.charAt(i) == '.') {
        if (i == start || s.charAt(start) == '-' || s.charAt(i - 1) == '-') {
          names = false;
          break;
        }
        labels++;
        lastStart = start;
        start = i + 1;
      }
    }
    if (names && (labels == 1 || isAlpha(s.charAt(lastStart)))) {
      return true;
    }
    return ipv4(s, from, to);
  }

  /** {@code (?:25[0-5]|2[0-4][0-9]|[01]?[0-9]?[0-9])(?:\.(...)){3}} over {@code [from, to)}. */
  private static boolean ipv4(String s, int from, int to) {
    int octets = 0;
    int start = from;
    for (int i = from; i <= to; i++) {
      if (i == to || s.charAt(i) == '.') {
        int length = i - start;
        if (length < 1 || length > 3) {
          return false;
        }
        int value = 0;
        for (int k = start; k < i; k++) {
          char c = s.charAt(k);
          if (!isDigit(c)) {
            return false;
          }
          value = value * 10 + (c - '0');
        }
        if (value > 255) {
          return false;
        }
        octets++;
        start = i + 1;
      }
    }
    return octets == 4;
  }
}
