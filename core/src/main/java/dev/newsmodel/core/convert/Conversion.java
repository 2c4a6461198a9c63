package dev.newsmodel.core.convert;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The result of converting a document from or to another format: the value, when there is one, and
 * every problem met on the way. A conversion that lost something still has its value, with a {@linkplain
 * ConversionProblem.Severity#WARNING warning} per loss; one that failed has no value and at least one
 * {@linkplain ConversionProblem.Severity#ERROR error}.
 *
 * <pre>{@code
 * Conversion<Article> result = ...;
 * result.problems().forEach(p -> log.warn(p.toString()));
 * Article article = result.orElseThrow();   // ConversionException listing the errors if it failed
 * }</pre>
 *
 * <p>This class is immutable and thread-safe if its value is.
 *
 * @param <T> the type of the converted value
 */
public final class Conversion<T> {
  private final @Nullable T value;
  private final List<ConversionProblem> problems;

  private Conversion(@Nullable T value, List<ConversionProblem> problems) {
    this.value = value;
    this.problems = List.copyOf(problems);
  }

  /**
   * Returns a successful conversion, with the warnings met on the way.
   *
   * @param <T> the type of the value
   * @param value the converted value, not null
   * @param problems the problems met, not null, none of them an error
   * @return the conversion, not null
   * @throws IllegalArgumentException if a problem is an error
   */
  public static <T> Conversion<T> of(T value, List<ConversionProblem> problems) {
    Objects.requireNonNull(value, "value");
    for (ConversionProblem p : problems) {
      if (p.severity() == ConversionProblem.Severity.ERROR) {
        throw new IllegalArgumentException("a conversion with a value has no errors; found: " + p);
      }
    }
    return new Conversion<>(value, problems);
  }

  /**
   * Returns a failed conversion.
   *
   * @param <T> the type the value would have had
   * @param problems the problems met, not null, at least one of them an error
   * @return the conversion, not null
   * @throws IllegalArgumentException if no problem is an error
   */
  public static <T> Conversion<T> failed(List<ConversionProblem> problems) {
    if (problems.stream().noneMatch(p -> p.severity() == ConversionProblem.Severity.ERROR)) {
      throw new IllegalArgumentException("a failed conversion names at least one error; found: " + problems);
    }
    return new Conversion<>(null, problems);
  }

  /**
   * Returns the converted value.
   *
   * @return the value, or empty if the conversion failed
   */
  public Optional<T> value() {
    return Optional.ofNullable(value);
  }

  /**
   * Returns every problem met, errors and warnings, in the order of the input.
   *
   * @return the problems, not null, unmodifiable
   */
  public List<ConversionProblem> problems() {
    return problems;
  }

  /**
   * Returns whether the conversion has a value.
   *
   * @return true if it succeeded, perhaps with warnings
   */
  public boolean succeeded() {
    return value != null;
  }

  /**
   * Returns the converted value, or throws if there is none.
   *
   * @return the value, not null
   * @throws ConversionException if the conversion failed, listing its problems
   */
  public T orElseThrow() {
    if (value == null) {
      throw new ConversionException(problems);
    }
    return value;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Conversion<?> c && Objects.equals(value, c.value) && problems.equals(c.problems);
  }

  @Override
  public int hashCode() {
    return Objects.hash(value, problems);
  }

  /** Returns the value, or that there is none, and the problems. */
  @Override
  public String toString() {
    return "Conversion{" + (value == null ? "failed" : "value=" + value) + ", problems=" + problems + "}";
  }
}
