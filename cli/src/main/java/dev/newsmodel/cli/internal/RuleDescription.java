package dev.newsmodel.cli.internal;

import dev.newsmodel.core.lint.LintRule;
import dev.newsmodel.core.lint.Severity;
import dev.newsmodel.json.ProblemCode;
import java.util.ArrayList;
import java.util.List;

/**
 * A problem code that reports may describe up front, such as SARIF's {@code tool.driver.rules}.
 *
 * @param code the stable code, not null
 * @param severity the severity it is reported with by default, not null
 * @param description one sentence, not null
 */
record RuleDescription(String code, Severity severity, String description) {
  /**
   * Returns every code the command can report, before reading anything: each lint rule with its
   * default severity, then each entry of the {@link ProblemCode} catalogue (always errors).
   *
   * @return the descriptions, not null
   */
  static List<RuleDescription> known() {
    List<RuleDescription> rules = new ArrayList<>();
    for (LintRule rule : LintRule.values()) {
      rules.add(new RuleDescription(rule.code(), rule.defaultSeverity(), rule.description()));
    }
    for (ProblemCode code : ProblemCode.values()) {
      rules.add(new RuleDescription(code.code(), Severity.ERROR, sentence(code.meaning())));
    }
    return rules;
  }

  /** "a required property is missing" becomes "A required property is missing." */
  private static String sentence(String phrase) {
    return Character.toUpperCase(phrase.charAt(0)) + phrase.substring(1) + ".";
  }
}
