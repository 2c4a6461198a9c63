package dev.newsmodel.feeds.internal;

import dev.newsmodel.core.convert.ConversionCode;
import dev.newsmodel.core.convert.ConversionProblem;
import java.util.ArrayList;
import java.util.List;

/** The problems one feed document meets, in the order of its input. Not thread-safe. */
public final class Problems {
  private final List<ConversionProblem> list = new ArrayList<>();

  /** Creates an empty list. */
  public Problems() {}

  /**
   * Adds a warning: something was not carried, or was changed.
   *
   * @param code the code
   * @param location the attribute path, such as {@code entries[0].bylines[0].contributors[1].url}
   * @param message what was found and what happened to it
   */
  public void warn(ConversionCode code, String location, String message) {
    list.add(ConversionProblem.warning(code, location, message));
  }

  /**
   * Returns the problems so far.
   *
   * @return the problems, unmodifiable
   */
  public List<ConversionProblem> list() {
    return List.copyOf(list);
  }

  /** Thrown inside a writer when the document cannot be written; the writer returns a failed conversion. */
  public static final class Refusal extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient ConversionProblem problem;

    /**
     * Creates the refusal.
     *
     * @param code the code
     * @param location where in the input
     * @param message what was found and why nothing can be written
     */
    public Refusal(ConversionCode code, String location, String message) {
      super(message, null, false, false);
      this.problem = ConversionProblem.error(code, location, message);
    }

    /**
     * Returns the error.
     *
     * @return the error
     */
    public ConversionProblem problem() {
      return problem;
    }
  }
}
