package dev.newsmodel.core.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LinterTest {
  @Test
  void withoutSwitchesRulesOffOnTheDefaults() {
    Linter linter = Linter.defaults().without(LintRule.SUMMARY_MISSING);
    assertFalse(linter.isEnabled(LintRule.SUMMARY_MISSING));
    assertTrue(linter.isEnabled(LintRule.BYLINE_MISSING));
    assertTrue(Linter.defaults().isEnabled(LintRule.SUMMARY_MISSING));
  }

  @Test
  void withoutKeepsSeveritiesSetBefore() {
    Linter linter = Linter.defaults().withSeverity(LintRule.BYLINE_MISSING, Severity.ERROR)
        .without(LintRule.SUMMARY_MISSING);
    assertEquals(Severity.ERROR, linter.severityOf(LintRule.BYLINE_MISSING));
    assertFalse(linter.isEnabled(LintRule.SUMMARY_MISSING));
  }

  @Test
  void withoutEveryRuleLeavesNoneEnabled() {
    Linter linter = Linter.defaults().without(LintRule.values());
    for (LintRule rule : LintRule.values()) {
      assertFalse(linter.isEnabled(rule), rule.code());
    }
  }
}
