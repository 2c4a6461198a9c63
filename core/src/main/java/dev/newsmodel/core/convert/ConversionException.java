package dev.newsmodel.core.convert;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Thrown by {@link Conversion#orElseThrow()} when a conversion failed; its message lists the problems,
 * one per line, errors first.
 *
 * <p>Instances are immutable once thrown.
 */
public final class ConversionException extends RuntimeException {
  private static final long serialVersionUID = 1L;
  private final transient List<ConversionProblem> problems;

  /**
   * Creates the exception.
   *
   * @param problems the problems of the failed conversion, not null
   */
  public ConversionException(List<ConversionProblem> problems) {
    super(message(problems));
    this.problems = List.copyOf(problems);
  }

  private static String message(List<ConversionProblem> problems) {
    return "cannot convert:\n" + problems.stream()
        .sorted((a, b) -> a.severity().compareTo(b.severity()))
        .map(ConversionProblem::toString)
        .collect(Collectors.joining("\n"));
  }

  /**
   * Returns the problems of the failed conversion.
   *
   * @return the problems, not null, unmodifiable
   */
  public List<ConversionProblem> problems() {
    return problems;
  }
}
