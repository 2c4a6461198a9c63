package dev.newsmodel.maven.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsmodel.core.lint.LintRule;
import dev.newsmodel.core.lint.Linter;
import dev.newsmodel.core.lint.Severity;
import dev.newsmodel.json.Limits;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SettingsTest {
  @Test
  void failOnTakesErrorOrWarningInAnyCase() {
    assertEquals(Severity.ERROR, Settings.failOn("error"));
    assertEquals(Severity.WARNING, Settings.failOn(" WARNING "));
    assertEquals("failOn must be error or warning, but is 'info'",
        assertThrows(IllegalArgumentException.class, () -> Settings.failOn("info")).getMessage());
  }

  @Test
  void disableAndSeveritiesUseTheCommandsCodes() {
    Linter linter = Settings.linter(false, List.of("byline-missing", " "), Map.of("headline-length", "error",
        "summary-missing", "Warning"));
    assertFalse(linter.isEnabled(LintRule.forCode("byline-missing").orElseThrow()));
    assertEquals(Severity.ERROR, linter.severityOf(LintRule.forCode("headline-length").orElseThrow()));
    assertEquals(Severity.WARNING, linter.severityOf(LintRule.forCode("summary-missing").orElseThrow()));
    assertTrue(linter.isEnabled(LintRule.forCode("teaser-order").orElseThrow()));
  }

  @Test
  void noLintSwitchesEveryRuleOff() {
    Linter linter = Settings.linter(true, List.of(), Map.of());
    for (LintRule rule : LintRule.values()) {
      assertFalse(linter.isEnabled(rule), rule.code());
    }
  }

  @Test
  void mistakesNameTheParameterAndWhatItAccepts() {
    String unknown = assertThrows(IllegalArgumentException.class,
        () -> Settings.linter(false, List.of("byline-mising", "nope"), Map.of())).getMessage();
    assertTrue(unknown.startsWith("disable: unknown lint codes 'byline-mising', 'nope'; known codes: headline-length, "),
        unknown);
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> Settings.linter(false, List.of(), Map.of("nope", "error"))).getMessage()
        .startsWith("severities: unknown lint code 'nope'; known codes: "));
    assertEquals("severities: the severity of 'headline-length' must be error, warning or info, but is 'fatal'",
        assertThrows(IllegalArgumentException.class,
            () -> Settings.linter(false, List.of(), Map.of("headline-length", "fatal"))).getMessage());
    assertEquals("severities: the rule 'byline-missing' is also in disable; keep one",
        assertThrows(IllegalArgumentException.class,
            () -> Settings.linter(false, List.of("byline-missing"), Map.of("byline-missing", "error"))).getMessage());
  }

  @Test
  void theConfigHashChangesWithEverySettingThatChangesFindings() {
    Linter defaults = Linter.defaults();
    String base = Settings.configHash("1.0", Limits.defaults(), defaults);
    assertEquals(base, Settings.configHash("1.0", Limits.defaults(), Linter.defaults()));
    assertTrue(base.matches("[0-9a-f]{64}"));
    assertNotEquals(base, Settings.configHash("1.1", Limits.defaults(), defaults));
    assertNotEquals(base, Settings.configHash("1.0", Limits.defaults().withMaxDepth(10), defaults));
    assertNotEquals(base, Settings.configHash("1.0", Limits.defaults(),
        defaults.without(LintRule.forCode("byline-missing").orElseThrow())));
    assertNotEquals(base, Settings.configHash("1.0", Limits.defaults(),
        defaults.withSeverity(LintRule.forCode("byline-missing").orElseThrow(), Severity.ERROR)));
  }
}
