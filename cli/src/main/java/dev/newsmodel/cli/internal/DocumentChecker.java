package dev.newsmodel.cli.internal;

import dev.newsmodel.cli.report.Finding;
import java.util.List;

/**
 * Checks one document's bytes and returns what it found; implementations are thread-safe and never throw
 * because of content.
 */
interface DocumentChecker {
  /**
   * Checks a document.
   *
   * @param document the raw bytes, not null
   * @param path the path as shown, used in messages, not null
   * @return the findings in line and column order, possibly empty, not null
   */
  List<Finding> check(byte[] document, String path);

  /**
   * Returns the largest document, in bytes, that is read; a larger one is reported without being read
   * whole.
   *
   * @return the limit, at least 1
   */
  long maxDocumentBytes();

  /**
   * Returns a checker that also lints a document with schema or rule errors, as far as it can be known
   * ({@code --all}); this one when it has no lint to add.
   *
   * @return the checker, not null
   */
  default DocumentChecker lintingOnErrors() {
    return this;
  }
}
