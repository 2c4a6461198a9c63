package dev.newsmodel.json;

import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Thrown when a JSON document cannot be read as an article, such as
 * {@code article.json:3:15: error schema.type at /headline: Expected a string, but found a number.};
 * carries the same located {@link Problem problems} that {@link ArticleValidator} reports.
 *
 * <p>The message is the first problem, formatted with the file name, followed by the number of others.
 * Like a {@link ValidationReport}, it keeps at most {@link Limits#maxProblems()} problems, the first by
 * location, and counts the others in {@link #omittedProblems()}.
 */
public class ArticleReadException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final transient List<Problem> problems;
  /** How many problems were found beyond the cap and left out. */
  private final int omitted;

  /**
   * Returns an exception for the given problems.
   *
   * @param fileName the document's name, used in the message, not null
   * @param problems the problems, at least one, not null
   * @throws IllegalArgumentException if there is no problem
   */
  public ArticleReadException(String fileName, List<Problem> problems) {
    this(fileName, problems, 0);
  }

  /** Returns an exception for the problems kept and the number of those left out beyond the cap. */
  ArticleReadException(String fileName, List<Problem> problems, int omitted) {
    super(message(fileName, problems, omitted));
    this.problems = Collections.unmodifiableList(List.copyOf(problems));
    this.omitted = omitted;
  }

  /**
   * Returns an exception keeping the first problems by location, at most {@code maxProblems}, and
   * counting the others.
   */
  static ArticleReadException capped(String fileName, List<Problem> problems, int maxProblems) {
    List<Problem> sorted = new java.util.ArrayList<>(problems);
    sorted.sort(Problem.BY_LOCATION);
    if (sorted.size() <= maxProblems) {
      return new ArticleReadException(fileName, sorted, 0);
    }
    return new ArticleReadException(fileName, sorted.subList(0, maxProblems), sorted.size() - maxProblems);
  }

  private static String message(String fileName, List<Problem> problems, int omitted) {
    Objects.requireNonNull(fileName, "fileName");
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an ArticleReadException needs at least one problem");
    }
    String first = problems.get(0).format(fileName);
    long others = problems.size() - 1L + omitted;
    return others == 0 ? first : first + " (and " + others + " more problem" + (others == 1 ? "" : "s") + ")";
  }

  /**
   * Returns the problems that prevented reading, sorted by line and column.
   *
   * @return the problems, at least one, not null
   */
  public List<Problem> problems() {
    return problems;
  }

  /**
   * Returns how many problems were found beyond {@link Limits#maxProblems()} and left out of
   * {@link #problems()}.
   *
   * @return the count, zero when every problem is kept
   */
  public int omittedProblems() {
    return omitted;
  }
}
