package dev.newsmodel.cli.internal;

import dev.newsmodel.core.convert.ConversionCode;
import dev.newsmodel.core.lint.LintRule;
import dev.newsmodel.core.lint.Severity;
import dev.newsmodel.json.ProblemCode;
import java.util.ArrayList;
import java.util.List;

/**
 * A problem code that reports may describe up front, such as SARIF's {@code tool.driver.rules}.
 *
 * @param code the stable code, not null
 * @param kind {@code lint}, {@code problem} or {@code conversion}, not null
 * @param severity the severity it is reported with by default, not null
 * @param description one sentence, not null
 */
record RuleDescription(String code, String kind, Severity severity, String description) {
  /**
   * Returns every code {@code validate} can report, before reading anything: each lint rule with its
   * default severity, then each entry of the {@link ProblemCode} catalogue (always errors).
   *
   * @return the descriptions, not null
   */
  static List<RuleDescription> known() {
    List<RuleDescription> rules = new ArrayList<>();
    for (LintRule rule : LintRule.values()) {
      rules.add(new RuleDescription(rule.code(), "lint", rule.defaultSeverity(), rule.description()));
    }
    for (ProblemCode code : ProblemCode.values()) {
      rules.add(new RuleDescription(code.code(), "problem", Severity.ERROR, sentence(code.meaning())));
    }
    return rules;
  }

  /**
   * Returns every code any command can report: {@link #known()}, then each entry of the {@link
   * ConversionCode} catalogue of {@code convert} (warnings when something was lost; the same codes are
   * errors when nothing could be converted).
   *
   * @return the descriptions, not null
   */
  static List<RuleDescription> all() {
    List<RuleDescription> rules = known();
    for (ConversionCode code : ConversionCode.values()) {
      rules.add(new RuleDescription(code.code(), "conversion", Severity.WARNING, sentence(code.meaning())));
    }
    return rules;
  }

  /** "a required property is missing" becomes "A required property is missing." */
  private static String sentence(String phrase) {
    return Character.toUpperCase(phrase.charAt(0)) + phrase.substring(1) + ".";
  }
}
