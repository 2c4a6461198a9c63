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
 */
public class ArticleReadException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final transient List<Problem> problems;

  /**
   * Returns an exception for the given problems.
   *
   * @param fileName the document's name, used in the message, not null
   * @param problems the problems, at least one, not null
   * @throws IllegalArgumentException if there is no problem
   */
  public ArticleReadException(String fileName, List<Problem> problems) {
    super(message(fileName, problems));
    this.problems = Collections.unmodifiableList(List.copyOf(problems));
  }

  private static String message(String fileName, List<Problem> problems) {
    Objects.requireNonNull(fileName, "fileName");
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an ArticleReadException needs at least one problem");
    }
    String first = problems.get(0).format(fileName);
    int others = problems.size() - 1;
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
}
