package dev.newsmodel.cli.internal;

import dev.newsmodel.core.lint.LintRule;
import dev.newsmodel.core.lint.Severity;
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
   * Returns the codes the command knows before reading anything: every lint rule, then the command's own.
   *
   * @return the descriptions, not null
   */
  static List<RuleDescription> known() {
    List<RuleDescription> rules = new ArrayList<>();
    for (LintRule rule : LintRule.values()) {
      rules.add(new RuleDescription(rule.code(), rule.defaultSeverity(), rule.description()));
    }
    rules.add(new RuleDescription("json.byte-order-mark", Severity.ERROR,
        "The document starts with a byte-order mark, which JSON text must not."));
    rules.add(new RuleDescription(InputReader.TOO_LARGE, Severity.ERROR,
        "The document is larger than the size limit and was not read."));
    return rules;
  }
}
