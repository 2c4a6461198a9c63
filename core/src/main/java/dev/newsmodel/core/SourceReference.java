package dev.newsmodel.core;

import dev.newsmodel.core.internal.Checks;
import java.net.URI;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What an article rests on, typed by relation: the reference article is a translation of a piece
 * that Caucasian Knot first published in Russian on 6 April 2021 at 02:24 MSK, and it cites
 * {@code caliber.az}.
 *
 * <p>Renderers write notes such as "This article was originally published in Russian by … on … at …"
 * from these fields, in the article's language. This class is immutable and thread-safe.
 *
 * <p>Building one:
 *
 * <pre>{@code
 * SourceReference original = SourceReference.builder()
 *     .relation(SourceReference.Relation.TRANSLATION_OF)
 *     .outlet("Caucasian Knot")
 *     .language(Locale.forLanguageTag("ru"))
 *     .published(Rfc9557.parse("2021-04-06T02:24:00+03:00[Europe/Moscow]"))
 *     .url(URI.create("https://www.kavkaz-uzel.eu/"))
 *     .build();
 * // Just a citation: SourceReference.of(SourceReference.Relation.CITES, "caliber.az")
 * }</pre>
 */
@Value.Immutable
public abstract class SourceReference implements WithSourceReference {
  SourceReference() {}

  /** How an article relates to its source. */
  public enum Relation {
    /** The article cites the source ("caliber.az reported"). */
    CITES,
    /** The article is a translation of the source, which was published first. */
    TRANSLATION_OF,
    /** The article was first published at the source, and is republished here as it was. */
    ORIGINALLY_PUBLISHED_AT,
    /** The article is based on the source, such as a press release or a report. */
    BASED_ON,
    /** The article is syndicated from the source, such as a news agency's wire. */
    SYNDICATED_FROM
  }

  /**
   * Returns how the article relates to the source.
   *
   * @return the relation, not null
   */
  public abstract Relation relation();

  /**
   * Returns the name of the outlet or publisher, such as {@code Caucasian Knot}; one line.
   *
   * @return the outlet, not null
   */
  public abstract String outlet();

  /**
   * Returns the source's address.
   *
   * @return an absolute http or https URL, not null
   */
  public abstract Optional<URI> url();

  /**
   * Returns the source's title, in the source's language; one line.
   *
   * @return the title, not null
   */
  public abstract Optional<String> title();

  /**
   * Returns the source's language, such as {@code ru}.
   *
   * @return the language, not null
   */
  public abstract Optional<Locale> language();

  /**
   * Returns when the source was published, such as {@code 2021-04-06T02:24:00+03:00[Europe/Moscow]}.
   *
   * @return the publication time, not null
   */
  public abstract Optional<ZonedDateTime> published();

  /**
   * Returns a new builder.
   *
   * @return a builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a reference with a relation and an outlet.
   *
   * @param relation the relation, not null
   * @param outlet the outlet's name, not blank, not null
   * @return the reference, not null
   * @throws InvalidValueException if the outlet is blank
   */
  public static SourceReference of(Relation relation, String outlet) {
    return builder().relation(relation).outlet(outlet).build();
  }

  @Value.Check
  void check() {
    Checks.line("sourceReference.outlet", outlet());
    Checks.webUrl("sourceReference.url", url());
    Checks.line("sourceReference.title", title());
    Checks.language("sourceReference.language", language());
    published().ifPresent(t -> Checks.time("sourceReference.published", t));
  }

  /** Builds a {@link SourceReference}; obtained from {@link SourceReference#builder()}. */
  public static final class Builder extends ImmutableSourceReference.Builder {
    Builder() {}
  }
}
