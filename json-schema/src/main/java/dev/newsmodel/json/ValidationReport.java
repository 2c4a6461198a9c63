package dev.newsmodel.json;

import dev.newsmodel.core.Article;
import dev.newsmodel.core.lint.Severity;
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
 * <p>Obtained from {@link ArticleValidator#validate(byte[], String)}. This class is immutable and
 * thread-safe.
 */
public final class ValidationReport {
  private final String fileName;
  private final List<Problem> problems;
  private final @Nullable Article article;

  ValidationReport(String fileName, List<Problem> problems, @Nullable Article article) {
    this.fileName = Objects.requireNonNull(fileName, "fileName");
    List<Problem> sorted = new ArrayList<>(problems);
    sorted.sort(Problem.BY_LOCATION);
    this.problems = Collections.unmodifiableList(sorted);
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
   * Returns every problem found, sorted by line, then column, then severity (errors first).
   *
   * @return the problems, possibly empty, not null
   */
  public List<Problem> problems() {
    return problems;
  }

  /**
   * Returns whether no problem is an {@linkplain Severity#ERROR error}; warnings and infos do not make a
   * document invalid.
   *
   * @return true if valid
   */
  public boolean isValid() {
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
   * Returns every problem as a line {@code file:line:column: severity code at pointer: message}.
   *
   * @return the lines, possibly empty, not null
   */
  public List<String> formatted() {
    List<String> lines = new ArrayList<>(problems.size());
    for (Problem p : problems) {
      lines.add(p.format(fileName));
    }
    return Collections.unmodifiableList(lines);
  }

  @Override
  public String toString() {
    return "ValidationReport[" + fileName + ", " + problems.size() + " problems, valid=" + isValid() + "]";
  }
}
