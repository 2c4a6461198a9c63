package dev.newsmodel.core;

import dev.newsmodel.core.internal.Checks;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Who owns an article and how it may be reused: copyright holder, notice and licence.
 *
 * <p>Rights hold at least one of the three. This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Rights implements WithRights {
  Rights() {}

  /**
   * Returns who holds the copyright, such as {@code Caucasian Knot}; one line.
   *
   * @return the copyright holder, not null
   */
  public abstract Optional<String> copyrightHolder();

  /**
   * Returns the copyright notice as printed, such as {@code © 2021 Caucasian Knot}; one line.
   *
   * @return the notice, not null
   */
  public abstract Optional<String> copyrightNotice();

  /**
   * Returns the licence under which the article may be reused.
   *
   * @return the licence, not null
   */
  public abstract Optional<License> license();

  /**
   * Returns a new builder.
   *
   * @return a builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    Checks.line("rights.copyrightHolder", copyrightHolder());
    Checks.line("rights.copyrightNotice", copyrightNotice());
    if (copyrightHolder().isEmpty() && copyrightNotice().isEmpty() && license().isEmpty()) {
      throw new InvalidValueException("rights", "must name a copyright holder, a copyright notice or a licence",
          "{}");
    }
  }

  /** Builds a {@link Rights}; obtained from {@link Rights#builder()}. */
  public static final class Builder extends ImmutableRights.Builder {
    Builder() {}
  }
}
