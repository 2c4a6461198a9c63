package dev.newsmodel.core.lint;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.newsmodel.testing.ReferenceArticle;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class LinterTest {
  @Test
  void switchesRulesOffWithoutOtherSettings() {
    Linter linter = Linter.defaults().without(LintRule.BYLINE_MISSING);
    assertFalse(linter.isEnabled(LintRule.BYLINE_MISSING));
    assertEquals(List.of("image-license-missing"),
        linter.lint(ReferenceArticle.article()).stream().map(LintFinding::code).collect(Collectors.toList()));
  }

  @Test
  void keepsSeveritiesWhenSwitchingRulesOff() {
    Linter linter = Linter.defaults().withSeverity(LintRule.IMAGE_LICENSE_MISSING, Severity.ERROR)
        .without(LintRule.BYLINE_MISSING);
    assertEquals(Severity.ERROR, linter.severityOf(LintRule.IMAGE_LICENSE_MISSING));
  }
}
