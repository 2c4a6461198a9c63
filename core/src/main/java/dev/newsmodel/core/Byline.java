package dev.newsmodel.core;

import dev.newsmodel.core.internal.Checks;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Who made an article: its contributors, and the byline text exactly as printed, such as
 * {@code By our correspondent}.
 *
 * <p>A byline has at least one contributor or a text. When it has no text, renderers compose one from
 * the contributors in the article's language. This class is immutable and thread-safe.
 *
 * <p>Building one:
 *
 * <pre>{@code
 * Byline byline = Byline.builder()
 *     .addContributors(Contributor.of("Ilham Ismail", Contributor.Role.CORRESPONDENT))
 *     .text("By Ilham Ismail, Caucasian Knot correspondent")
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Byline implements WithByline {
  Byline() {}

  /**
   * Returns the contributors, in the order they are credited.
   *
   * @return the contributors, possibly empty, not null
   */
  public abstract List<Contributor> contributors();

  /**
   * Returns the byline exactly as printed, such as {@code By our correspondent}; one line.
   *
   * @return the printed byline, not null
   */
  public abstract Optional<String> text();

  /**
   * Returns a new builder.
   *
   * @return a builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a byline crediting the given contributors, with no printed text.
   *
   * @param contributors the contributors, at least one, not null
   * @return the byline, not null
   * @throws InvalidValueException if no contributor is given
   */
  public static Byline of(Contributor... contributors) {
    return builder().addContributors(contributors).build();
  }

  @Value.Check
  void check() {
    Checks.line("byline.text", text());
    if (contributors().isEmpty() && text().isEmpty()) {
      throw new InvalidValueException("byline.contributors", "must hold a contributor when there is no text",
          "[]");
    }
  }

  /** Builds a {@link Byline}; obtained from {@link Byline#builder()}. */
  public static final class Builder extends ImmutableByline.Builder {
    Builder() {}
  }
}
