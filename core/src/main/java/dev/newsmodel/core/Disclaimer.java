package dev.newsmodel.core;

import dev.newsmodel.core.internal.Checks;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A notice that must reach the reader, such as the reference article's Russian foreign-agent label:
 * a legal notice in Russian, under Russian jurisdiction, to be reproduced verbatim.
 *
 * <p>Renderers place it at the top or bottom of the article, mark its language where it differs from
 * the article's, and never alter, translate or re-case a verbatim text. This class is immutable and
 * thread-safe.
 *
 * <p>Building one:
 *
 * <pre>{@code
 * Disclaimer notice = Disclaimer.builder()
 *     .kind(Disclaimer.Kind.LEGAL)
 *     .text("НАСТОЯЩИЙ МАТЕРИАЛ (ИНФОРМАЦИЯ) ПРОИЗВЕДЕН И РАСПРОСТРАНЕН ИНОСТРАННЫМ АГЕНТОМ ...")
 *     .language(Locale.forLanguageTag("ru"))
 *     .jurisdiction(CountryCode.of("RU"))
 *     .placement(Disclaimer.Placement.BOTTOM)   // default: TOP
 *     .verbatim(true)                           // default: false
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class Disclaimer implements WithDisclaimer {
  Disclaimer() {}

  /** What kind of notice a disclaimer is. */
  public enum Kind {
    /** A notice that a law requires, such as a foreign-agent label. */
    LEGAL,
    /** A note from the editors, such as context added after publication. */
    EDITORS_NOTE,
    /** Paid or sponsored content. */
    SPONSORED,
    /** The text is opinion, not news. */
    OPINION,
    /** The text was generated or assisted by AI. */
    AI_GENERATED,
    /** A warning about distressing content. */
    CONTENT_WARNING
  }

  /** Where a disclaimer stands in the article. */
  public enum Placement {
    /** Before the article's body. */
    TOP,
    /** After the article's body. */
    BOTTOM
  }

  /**
   * Returns what kind of notice this is.
   *
   * @return the kind, not null
   */
  public abstract Kind kind();

  /**
   * Returns the notice's text exactly as it must be shown.
   *
   * @return the text, not null
   */
  public abstract String text();

  /**
   * Returns the text's language, when it differs from the article's, such as {@code ru}.
   *
   * @return the language, not null
   */
  public abstract Optional<Locale> language();

  /**
   * Returns the country whose law requires the notice, such as {@code RU}.
   *
   * @return the jurisdiction, not null
   */
  public abstract Optional<CountryCode> jurisdiction();

  /**
   * Returns the law or ruling that requires the notice, as printed; one line.
   *
   * @return the legal basis, not null
   */
  public abstract Optional<String> legalBasis();

  /**
   * Returns where the notice stands; {@link Placement#TOP} by default.
   *
   * @return the placement, not null
   */
  @Value.Default
  public Placement placement() {
    return Placement.TOP;
  }

  /**
   * Returns whether the wording must be reproduced exactly, not altered, translated or re-cased;
   * false by default.
   *
   * @return true if verbatim
   */
  @Value.Default
  public boolean verbatim() {
    return false;
  }

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
    Checks.text("disclaimer.text", text());
    Checks.language("disclaimer.language", language());
    Checks.line("disclaimer.legalBasis", legalBasis());
  }

  /** Builds a {@link Disclaimer}; obtained from {@link Disclaimer#builder()}. */
  public static final class Builder extends ImmutableDisclaimer.Builder {
    Builder() {}
  }
}
