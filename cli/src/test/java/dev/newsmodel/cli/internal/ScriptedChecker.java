package dev.newsmodel.cli.internal;

import dev.newsmodel.cli.report.Finding;
import dev.newsmodel.core.lint.Severity;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A checker for tests of the pipeline and the reports, independent of the real validator: each line of a
 * document, {@code severity line column pointer code message...}, becomes one finding; anything else is
 * one {@code not-a-script} error.
 */
final class ScriptedChecker implements DocumentChecker {
  private final long limit;

  ScriptedChecker(long limit) {
    this.limit = limit;
  }

  @Override
  public List<Finding> check(byte[] document, String path) {
    List<Finding> findings = new ArrayList<>();
    for (String line : new String(document, StandardCharsets.UTF_8).split("\n")) {
      if (line.isBlank()) {
        continue;
      }
      String[] parts = line.split(" ", 6);
      try {
        findings.add(new Finding(parts[4], Severity.valueOf(parts[0].toUpperCase(Locale.ROOT)),
            Integer.parseInt(parts[1]), Integer.parseInt(parts[2]), parts[3].equals("-") ? "" : parts[3],
            parts[5]));
      } catch (RuntimeException e) {
        findings.add(new Finding("not-a-script", Severity.ERROR, 1, 1, "", "cannot read line '" + line + "'"));
      }
    }
    return findings;
  }

  @Override
  public long maxDocumentBytes() {
    return limit;
  }
}
