package dev.newsmodel.json.internal;

import dev.newsmodel.core.Article;
import dev.newsmodel.core.lint.LintFinding;
import dev.newsmodel.core.lint.Linter;
import dev.newsmodel.core.lint.Severity;
import dev.newsmodel.json.Problem;
import dev.newsmodel.json.ProblemCode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Validation in layers over one parse: syntax and limits, then the schema, then the model's rules while
 * building the article, then lint. A layer that finds an error ends the run, since later layers would
 * only repeat it in other words.
 */
public final class Pipeline {
  /** The code of a document that starts with a UTF-8 byte-order mark. */
  public static final String BYTE_ORDER_MARK = ProblemCode.JSON_BYTE_ORDER_MARK.code();
  private Pipeline() {}

  /** What a run found, and the article when it was built. */
  public static final class Outcome {
    private final List<Problem> problems;
    private final @Nullable Article article;

    Outcome(List<Problem> problems, @Nullable Article article) {
      this.problems = problems;
      this.article = article;
    }

    /** Returns the problems, unsorted. */
    public List<Problem> problems() {
      return problems;
    }

    /** Returns the article, or null when it could not be built. */
    public @Nullable Article article() {
      return article;
    }
  }

  /**
   * Runs every layer on a parsed document.
   *
   * @param parsed the document, not null
   * @param linter the linter, or null to skip lint
   * @return the outcome, not null
   */
  public static Outcome run(ParsedDocument parsed, @Nullable Linter linter) {
    return run(parsed, linter, false);
  }

  /**
   * Runs every layer on a parsed document and, when asked, lints what can be known of a document with
   * schema or rule errors ({@link BestEffortLint}).
   *
   * @param parsed the document, not null
   * @param linter the linter, or null to skip lint
   * @param lintOnErrors whether a document that parses but has errors is linted too
   * @return the outcome, not null
   */
  public static Outcome run(ParsedDocument parsed, @Nullable Linter linter, boolean lintOnErrors) {
    List<Problem> problems = new ArrayList<>();
    Problem syntax = parsed.problem();
    JsonNode root = parsed.root();
    if (syntax != null || root == null) {
      if (syntax != null) {
        problems.add(syntax);
      }
      return new Outcome(problems, null);
    }
    Locations locations = parsed.locations();
    problems.addAll(SchemaCheck.check(root, locations));
    if (!problems.isEmpty()) {
      if (lintOnErrors && linter != null) {
        problems.addAll(BestEffortLint.problems(root, locations, linter));
      }
      return new Outcome(problems, null);
    }
    Article article;
    try {
      article = ArticleReader.article(root);
    } catch (ReadFailure f) {
      int[] at = locations.of(f.pointer());
      problems.add(Problem.of(f.code(), Severity.ERROR, f.pointer(), at[0], at[1], f.getMessage()));
      if (lintOnErrors && linter != null) {
        problems.addAll(BestEffortLint.problems(root, locations, linter));
      }
      return new Outcome(problems, null);
    }
    if (linter != null) {
      lint(linter.lint(article), locations::of, problems);
    }
    return new Outcome(problems, article);
  }

  /**
   * Runs every layer on a document's bytes, taking the fast path first: when {@link FastReader} builds
   * the article, the schema and the model accept the document, so only lint is left, and the fast
   * reader records where each value starts as it reads, to locate lint's findings without a second parse. Otherwise the layers run as in
   * {@link #run(ParsedDocument, Linter)}. The outcome is the same either way.
   *
   * @param document the document's bytes, not null
   * @param fast the fast reader, not null
   * @param parser the located parser, with the same limits, not null
   * @param linter the linter, or null to skip lint
   * @return the outcome, not null
   */
  public static Outcome run(byte[] document, FastReader fast, TreeParser parser, @Nullable Linter linter) {
    return run(document, fast, parser, linter, false);
  }

  /**
   * Runs every layer on a document's bytes as {@link #run(byte[], FastReader, TreeParser, Linter)}
   * does, linting a document with schema or rule errors too when asked.
   *
   * @param document the document's bytes, not null
   * @param fast the fast reader, not null
   * @param parser the located parser, with the same limits, not null
   * @param linter the linter, or null to skip lint
   * @param lintOnErrors whether a document that parses but has errors is linted too
   * @return the outcome, not null
   */
  public static Outcome run(byte[] document, FastReader fast, TreeParser parser, @Nullable Linter linter,
      boolean lintOnErrors) {
    if (startsWithByteOrderMark(document)) {
      // RFC 8259 section 8.1: JSON text must not start with a byte-order mark, and many parsers refuse
      // one (Jackson skips it). An error, then the rest is checked without the mark, so columns match
      // what editors show.
      Outcome rest = run(java.util.Arrays.copyOfRange(document, 3, document.length), fast, parser, linter,
          lintOnErrors);
      List<Problem> problems = new ArrayList<>(rest.problems().size() + 1);
      problems.add(Problem.of(BYTE_ORDER_MARK, Severity.ERROR, "", 1, 1,
          "Expected JSON text to start without a byte-order mark (RFC 8259, section 8.1), but found "
              + "the UTF-8 mark EF BB BF; save the file as UTF-8 without BOM."));
      problems.addAll(rest.problems());
      return new Outcome(problems, null);
    }
    if (linter == null) {
      Article article = fast.read(document);
      return article == null ? run(parser.parse(document), null) : new Outcome(new ArrayList<>(), article);
    }
    FastReader.Located read = fast.readLocated(document);
    if (read == null) {
      return run(parser.parse(document), linter, lintOnErrors);
    }
    List<Problem> problems = new ArrayList<>();
    List<LintFinding> findings = linter.lint(read.article());
    if (!findings.isEmpty()) {
      lint(findings, read::locationOf, problems);
    }
    return new Outcome(problems, read.article());
  }

  /**
   * Returns whether a document starts with the UTF-8 byte-order mark EF BB BF.
   *
   * @param document the document, not null
   * @return true if it starts with the mark
   */
  public static boolean startsWithByteOrderMark(byte[] document) {
    return document.length >= 3 && (document[0] & 0xff) == 0xEF && (document[1] & 0xff) == 0xBB
        && (document[2] & 0xff) == 0xBF;
  }

  private static void lint(List<LintFinding> findings, Function<String, int[]> locations, List<Problem> problems) {
    for (LintFinding finding : findings) {
      String pointer = Pointers.fromModelPath(finding.path());
      int[] at = locations.apply(pointer);
      problems.add(Problem.of(finding.code(), finding.severity(), pointer, at[0], at[1], finding.message()));
    }
  }
}
