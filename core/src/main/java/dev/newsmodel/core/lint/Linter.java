package dev.newsmodel.core.lint;

import dev.newsmodel.core.Article;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Checks an article against the editorial {@link LintRule}s and reports what it finds; it never throws
 * because of content.
 *
 * <pre>{@code
 * List<LintFinding> findings = Linter.defaults()
 *     .without(LintRule.SUMMARY_MISSING)
 *     .withSeverity(LintRule.BYLINE_MISSING, Severity.ERROR)
 *     .lint(article);
 * }</pre>
 *
 * <p>{@link #defaults()} enables every rule at its default severity. Settings methods return a new
 * linter. This class is immutable and thread-safe.
 */
public final class Linter {
  private static final Linter DEFAULTS = new Linter(EnumSet.allOf(LintRule.class), new EnumMap<>(LintRule.class));

  private final Set<LintRule> enabled;
  private final Map<LintRule, Severity> severities;

  private Linter(Set<LintRule> enabled, Map<LintRule, Severity> severities) {
    this.enabled = Collections.unmodifiableSet(enabled);
    this.severities = Collections.unmodifiableMap(severities);
  }

  /**
   * Returns the linter with every rule enabled at its default severity.
   *
   * @return the default linter, not null
   */
  public static Linter defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a linter like this one with the given rules switched off.
   *
   * @param rules the rules to switch off, not null
   * @return a new linter, not null
   */
  public Linter without(LintRule... rules) {
    EnumSet<LintRule> copy = EnumSet.allOf(LintRule.class);
    copy.retainAll(enabled);
    for (LintRule rule : rules) {
      copy.remove(Objects.requireNonNull(rule, "rule"));
    }
    EnumMap<LintRule, Severity> severityCopy = new EnumMap<>(LintRule.class);
    severityCopy.putAll(severities);
    return new Linter(copy, severityCopy);
  }

  /**
   * Returns a linter like this one that reports a rule's findings with another severity.
   *
   * @param rule the rule, not null
   * @param severity the severity to report with, not null
   * @return a new linter, not null
   */
  public Linter withSeverity(LintRule rule, Severity severity) {
    EnumMap<LintRule, Severity> copy = new EnumMap<>(LintRule.class);
    copy.putAll(severities);
    copy.put(Objects.requireNonNull(rule, "rule"), Objects.requireNonNull(severity, "severity"));
    EnumSet<LintRule> on = EnumSet.noneOf(LintRule.class);
    on.addAll(enabled);
    return new Linter(on, copy);
  }

  /**
   * Returns whether a rule is switched on.
   *
   * @param rule the rule, not null
   * @return true if the rule is checked
   */
  public boolean isEnabled(LintRule rule) {
    return enabled.contains(rule);
  }

  /**
   * Returns the severity a rule reports with.
   *
   * @param rule the rule, not null
   * @return the severity, not null
   */
  public Severity severityOf(LintRule rule) {
    return severities.getOrDefault(rule, rule.defaultSeverity());
  }

  /**
   * Checks an article.
   *
   * @param article the article, not null
   * @return the findings, in rule order and then in the article's order, possibly empty, not null
   */
  public List<LintFinding> lint(Article article) {
    Objects.requireNonNull(article, "article");
    List<LintFinding> findings = new ArrayList<>();
    for (LintRule rule : LintRule.values()) {
      if (enabled.contains(rule)) {
        Severity severity = severityOf(rule);
        rule.check(article, (path, message) -> findings.add(LintFinding.of(rule, severity, path, message)));
      }
    }
    return Collections.unmodifiableList(findings);
  }

  /** Returns the settings, such as {@code Linter[off=[summary-missing], severities={}]}. */
  @Override
  public String toString() {
    EnumSet<LintRule> off = EnumSet.allOf(LintRule.class);
    off.removeAll(enabled);
    return "Linter[off=" + off + ", severities=" + severities + "]";
  }
}
