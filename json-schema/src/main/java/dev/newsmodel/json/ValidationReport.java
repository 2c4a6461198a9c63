package dev.newsmodel.json;

import dev.newsmodel.core.Article;
import dev.newsmodel.core.lint.Severity;
import dev.newsmodel.json.internal.LimitMessages;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What validating one JSON article found, such as
 * {@code article.json: 1 error, 2 warnings} with each {@link Problem} located by line and column.
 *
 * <p>Obtained from {@link ArticleValidator#validate(byte[], String)}. A report keeps at most
 * {@link Limits#maxProblems()} problems, the first by location; the others are counted in
 * {@link #omittedProblems()}, and {@link #formatted()} ends with a line saying how many there are. This
 * class is immutable and thread-safe.
 */
public final class ValidationReport {
  private final String fileName;
  private final List<Problem> problems;
  private final @Nullable Article article;
  private final int omitted;
  private final @Nullable Severity omittedWorst;
  private final int maxProblems;

  ValidationReport(String fileName, List<Problem> problems, @Nullable Article article, int maxProblems) {
    this.fileName = Objects.requireNonNull(fileName, "fileName");
    List<Problem> sorted = new ArrayList<>(problems);
    sorted.sort(Problem.BY_LOCATION);
    List<Problem> kept = sorted.size() > maxProblems ? sorted.subList(0, maxProblems) : sorted;
    Severity worst = null;
    for (Problem p : sorted.subList(kept.size(), sorted.size())) {
      if (worst == null || p.severity().isAtLeast(worst)) {
        worst = p.severity();
      }
    }
    this.problems = Collections.unmodifiableList(new ArrayList<>(kept));
    this.omitted = sorted.size() - kept.size();
    this.omittedWorst = worst;
    this.maxProblems = maxProblems;
    this.article = article;
  }

  /**
   * Returns the file name given to the validator, used in messages.
   *
   * @return the file name, not null
   */
  public String fileName() {
    return fileName;
  }

  /**
   * Returns the problems found, sorted by line, then column, then severity (errors first): all of them,
   * or the first {@link Limits#maxProblems()} when there are more.
   *
   * @return the problems, possibly empty, not null
   */
  public List<Problem> problems() {
    return problems;
  }

  /**
   * Returns how many problems were found beyond {@link Limits#maxProblems()} and left out of
   * {@link #problems()}, such as 199,900 for a document with 200,000 problems and the default cap.
   *
   * @return the count, zero when every problem is kept
   */
  public int omittedProblems() {
    return omitted;
  }

  /**
   * Returns whether no problem, kept or omitted, is an {@linkplain Severity#ERROR error}; warnings and
   * infos do not make a document invalid.
   *
   * @return true if valid
   */
  public boolean isValid() {
    if (omittedWorst == Severity.ERROR) {
      return false;
    }
    for (Problem p : problems) {
      if (p.severity() == Severity.ERROR) {
        return false;
      }
    }
    return true;
  }

  /**
   * Returns whether some problem is at least as serious as the given severity, such as
   * {@code hasProblemsAtLeast(Severity.WARNING)} for a CI job that fails on warnings.
   *
   * @param severity the least severity that counts, not null
   * @return true if such a problem exists
   */
  public boolean hasProblemsAtLeast(Severity severity) {
    Objects.requireNonNull(severity, "severity");
    if (omittedWorst != null && omittedWorst.isAtLeast(severity)) {
      return true;
    }
    for (Problem p : problems) {
      if (p.severity().isAtLeast(severity)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Returns the article the document describes, present when it was built: the document is valid
   * JSON, follows the schema and keeps the model's rules (lint findings do not prevent it).
   *
   * @return the article, not null
   */
  public Optional<Article> article() {
    return Optional.ofNullable(article);
  }

  /**
   * Returns every kept problem as a line {@code file:line:column: severity code at pointer: message},
   * followed, when problems were omitted, by the line
   * {@code file: and 199900 more problems (limit maxProblems is 100)}.
   *
   * @return the lines, possibly empty, not null
   */
  public List<String> formatted() {
    List<String> lines = new ArrayList<>(problems.size() + 1);
    for (Problem p : problems) {
      lines.add(p.format(fileName));
    }
    if (omitted > 0) {
      lines.add(LimitMessages.omitted(fileName, omitted, maxProblems));
    }
    return Collections.unmodifiableList(lines);
  }

  @Override
  public String toString() {
    return "ValidationReport[" + fileName + ", " + (problems.size() + omitted) + " problems, valid=" + isValid()
        + "]";
  }
}
