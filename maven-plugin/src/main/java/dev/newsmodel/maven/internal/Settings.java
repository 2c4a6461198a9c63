package dev.newsmodel.maven.internal;

import dev.newsmodel.core.lint.LintRule;
import dev.newsmodel.core.lint.Linter;
import dev.newsmodel.core.lint.Severity;
import dev.newsmodel.json.Limits;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Turns the plugin's parameters into the engine's settings, in the vocabulary of
 * {@code newsmodel validate}: lint codes as {@code newsmodel rules} lists them, severities
 * {@code error}, {@code warning} and {@code info}. Every mistake is an {@link IllegalArgumentException}
 * whose message names the parameter and what it accepts.
 */
public final class Settings {
  private Settings() {}

  /**
   * Parses {@code failOn}.
   *
   * @param value {@code error} or {@code warning}, in any case, not null
   * @return the least severity that fails the build, not null
   */
  public static Severity failOn(String value) {
    switch (value.trim().toLowerCase(Locale.ROOT)) {
      case "error":
        return Severity.ERROR;
      case "warning":
        return Severity.WARNING;
      default:
        throw new IllegalArgumentException("failOn must be error or warning, but is '" + value + "'");
    }
  }

  /**
   * Returns the linter: every rule by default, less those switched off, with the severities given.
   *
   * @param noLint switch off every rule ({@code disable} and {@code severities} are then not read)
   * @param disable the codes of the rules switched off, not null
   * @param severities new severities by rule code, not null
   * @return the linter, not null
   */
  public static Linter linter(boolean noLint, List<String> disable, Map<String, String> severities) {
    if (noLint) {
      return Linter.defaults().without(LintRule.values());
    }
    Set<LintRule> off = new LinkedHashSet<>();
    List<String> unknown = new ArrayList<>();
    for (String code : disable) {
      String trimmed = code == null ? "" : code.trim();
      if (!trimmed.isEmpty()) {
        LintRule.forCode(trimmed).ifPresentOrElse(off::add, () -> unknown.add(trimmed));
      }
    }
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException("disable: " + unknownCodes(unknown));
    }
    Linter linter = Linter.defaults().without(off.toArray(new LintRule[0]));
    for (Map.Entry<String, String> entry : new TreeMap<>(severities).entrySet()) {
      String code = entry.getKey().trim();
      LintRule rule = LintRule.forCode(code)
          .orElseThrow(() -> new IllegalArgumentException("severities: " + unknownCodes(List.of(code))));
      if (off.contains(rule)) {
        throw new IllegalArgumentException("severities: the rule '" + code + "' is also in disable; keep one");
      }
      linter = linter.withSeverity(rule, severity(code, entry.getValue()));
    }
    return linter;
  }

  private static Severity severity(String code, String value) {
    String text = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
    switch (text) {
      case "error":
        return Severity.ERROR;
      case "warning":
        return Severity.WARNING;
      case "info":
        return Severity.INFO;
      default:
        throw new IllegalArgumentException("severities: the severity of '" + code
            + "' must be error, warning or info, but is '" + (value == null ? "" : value) + "'");
    }
  }

  private static String unknownCodes(List<String> unknown) {
    return "unknown lint code" + (unknown.size() > 1 ? "s " : " ")
        + unknown.stream().map(c -> "'" + c + "'").collect(Collectors.joining(", "))
        + "; known codes: " + Arrays.stream(LintRule.values()).map(LintRule::code).collect(Collectors.joining(", "));
  }

  /**
   * Returns a hash of everything besides a file's bytes that decides what is found in it: the engine's
   * version, the limits and each lint rule's state. A file found clean under one hash may be skipped only
   * under the same hash.
   *
   * @param version the engine's version, not null
   * @param limits the limits, not null
   * @param linter the linter, not null
   * @return 64 lower-case hex digits, not null
   */
  public static String configHash(String version, Limits limits, Linter linter) {
    StringBuilder text = new StringBuilder("newsmodel ").append(version).append('\n').append(limits).append('\n');
    for (LintRule rule : LintRule.values()) {
      text.append(rule.code()).append('=')
          .append(linter.isEnabled(rule) ? linter.severityOf(rule).name() : "OFF").append('\n');
    }
    return sha256(text.toString().getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Returns the SHA-256 of some bytes.
   *
   * @param bytes the bytes, not null
   * @return 64 lower-case hex digits, not null
   */
  public static String sha256(byte[] bytes) {
    return HexFormat.of().formatHex(digest().digest(bytes));
  }

  /**
   * Returns a new SHA-256 digest.
   *
   * @return the digest, not null
   */
  static MessageDigest digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
