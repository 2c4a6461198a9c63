package dev.newsmodel.cli.internal;

import dev.newsmodel.core.lint.Linter;
import dev.newsmodel.json.ArticleValidator;
import dev.newsmodel.json.Problem;
import dev.newsmodel.core.lint.Severity;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Checks a document with the JSON module's {@link ArticleValidator}: syntax, limits, schema, the model's
 * rules and lint, in one pass; the article it may build is dropped at once.
 */
final class ArticleChecker implements DocumentChecker {
  private final ArticleValidator validator;

  ArticleChecker(ArticleValidator validator) {
    this.validator = Objects.requireNonNull(validator, "validator");
  }

  /**
   * Returns the checker the command uses: the validator's defaults with the given linter.
   *
   * @param linter the lint rules to run, not null
   * @return the checker, not null
   */
  static ArticleChecker of(Linter linter) {
    return new ArticleChecker(ArticleValidator.defaults().withLinter(linter));
  }

  /** Code for a document that starts with a UTF-8 byte-order mark. */
  static final String BYTE_ORDER_MARK = "json.byte-order-mark";

  @Override
  public List<Finding> check(byte[] document, String path) {
    // RFC 8259 section 8.1: JSON text must not start with a byte-order mark. Many parsers refuse one,
    // so it is an error here; the rest is still checked, without the mark, so columns stay right.
    boolean bom = document.length >= 3 && (document[0] & 0xff) == 0xEF && (document[1] & 0xff) == 0xBB
        && (document[2] & 0xff) == 0xBF;
    byte[] json = bom ? Arrays.copyOfRange(document, 3, document.length) : document;
    List<Problem> problems = validator.validate(json, path).problems();
    List<Finding> findings = new ArrayList<>(problems.size() + 1);
    if (bom) {
      findings.add(new Finding(BYTE_ORDER_MARK, Severity.ERROR, 1, 1, "",
          "Expected JSON text to start without a byte-order mark (RFC 8259, section 8.1), but found "
              + "the UTF-8 mark EF BB BF; save the file as UTF-8 without BOM."));
    }
    for (Problem problem : problems) {
      findings.add(finding(problem));
    }
    return findings;
  }

  /** Returns the validator's problem as a finding. */
  static Finding finding(Problem p) {
    return new Finding(p.code(), p.severity(), Math.max(p.line(), 0), Math.max(p.column(), 0), p.pointer(),
        p.message());
  }

  @Override
  public long maxDocumentBytes() {
    return validator.limits().maxDocumentBytes();
  }
}
