package dev.newsmodel.core;

import dev.newsmodel.core.body.Block;
import dev.newsmodel.core.internal.Checks;
import java.net.URI;
import java.time.ZonedDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * One news story, in one language, at one revision: headline, bylines, times, lead image, body,
 * sources, disclaimers, corrections, related items and rights.
 *
 * <p>Build one with {@link #builder()}:
 * <pre>{@code
 * Article article = Article.builder()
 *     .id(ArticleId.of("caucasian-knot-iskander-2021-04-06"))
 *     .language(Locale.ENGLISH)
 *     .status(Article.Status.PUBLISHED)
 *     .headline("Baku and Yerevan analysts dispute about use of \"Iskanders\" in Karabakh conflict")
 *     .published(Rfc9557.parse("2021-04-06T17:45:00+03:00[Europe/Moscow]"))
 *     .addBody(Paragraph.of("In late March, at demining Shusha, ..."))
 *     .build();
 * }</pre>
 *
 * <p>Construction rules, each failing with an {@link InvalidValueException} that names the attribute:
 * a published article has a publication time and a body; the headline is one line; no time is
 * modified, embargoed or corrected before the article was created, and none is modified or corrected
 * before it was published; alternates name distinct languages other than the article's. Editorial
 * advice (a long headline, a missing credit) is not a rule here but a lint finding, see
 * {@link dev.newsmodel.core.lint.Linter}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Value.Immutable
public abstract class Article implements WithArticle {
  Article() {}

  /** Where an article is in its life. */
  public enum Status {
    /** Not yet published; may lack a publication time and a body. */
    DRAFT,
    /** Published; has a publication time and a body. */
    PUBLISHED,
    /** Published once, then withdrawn. */
    WITHDRAWN
  }

  /** What kind of journalism an article is. */
  public enum Genre {
    /** A report of events. */
    NEWS,
    /** Explanation and interpretation of events. */
    ANALYSIS,
    /** The author's opinion. */
    OPINION,
    /** The publisher's opinion. */
    EDITORIAL,
    /** A longer story of human interest. */
    FEATURE,
    /** Questions and answers with a person. */
    INTERVIEW,
    /** A critical review of a work or product. */
    REVIEW,
    /** The life of a person who died. */
    OBITUARY
  }

  /**
   * Returns the article's stable id.
   *
   * @return the id, not null
   */
  public abstract ArticleId id();

  /**
   * Returns the revision number, 1 for the first; 1 by default.
   *
   * @return the revision, positive
   */
  @Value.Default
  public int revision() {
    return 1;
  }

  /**
   * Returns where the article is in its life.
   *
   * @return the status, not null
   */
  public abstract Status status();

  /**
   * Returns the article's language, such as {@code en}.
   *
   * @return the language, not null
   */
  public abstract Locale language();

  /**
   * Returns the article's canonical address.
   *
   * @return an absolute http or https URL, not null
   */
  public abstract Optional<URI> canonicalUrl();

  /**
   * Returns the same article in other languages ({@code hreflang}).
   *
   * @return the alternates, possibly empty, not null
   */
  public abstract List<Alternate> alternates();

  /**
   * Returns the headline; one line.
   *
   * @return the headline, not null
   */
  public abstract String headline();

  /**
   * Returns a second headline, such as the one used in lists or for search engines; one line.
   *
   * @return the alternative headline, not null
   */
  public abstract Optional<String> alternativeHeadline();

  /**
   * Returns the kicker or label shown above the headline, such as {@code Exclusive}; one line.
   *
   * @return the kicker, not null
   */
  public abstract Optional<String> kicker();

  /**
   * Returns the summary (lede or standfirst) shown under the headline.
   *
   * @return the summary, not null
   */
  public abstract Optional<String> summary();

  /**
   * Returns the section, such as {@code Karabakh conflict}; one line.
   *
   * @return the section, not null
   */
  public abstract Optional<String> section();

  /**
   * Returns the keywords or topics, in the order given.
   *
   * @return the keywords, possibly empty, not null
   */
  public abstract List<String> keywords();

  /**
   * Returns what kind of journalism the article is.
   *
   * @return the genre, not null
   */
  public abstract Optional<Genre> genre();

  /**
   * Returns the publisher.
   *
   * @return the publisher, not null
   */
  public abstract Optional<Organization> publisher();

  /**
   * Returns the bylines, in the order they are printed.
   *
   * @return the bylines, possibly empty, not null
   */
  public abstract List<Byline> bylines();

  /**
   * Returns where and when the story was filed.
   *
   * @return the dateline, not null
   */
  public abstract Optional<Dateline> dateline();

  /**
   * Returns the lead image.
   *
   * @return the lead image, not null
   */
  public abstract Optional<Image> leadImage();

  /**
   * Returns when the article was first created, before publication.
   *
   * @return the creation time, not null
   */
  public abstract Optional<ZonedDateTime> created();

  /**
   * Returns when the article was published; present when the status is published.
   *
   * @return the publication time, not null
   */
  public abstract Optional<ZonedDateTime> published();

  /**
   * Returns when the article was last modified; never before its publication.
   *
   * @return the modification time, not null
   */
  public abstract Optional<ZonedDateTime> modified();

  /**
   * Returns the time before which the article must not be published.
   *
   * @return the embargo, not null
   */
  public abstract Optional<ZonedDateTime> embargo();

  /**
   * Returns the body's blocks, in reading order; not empty when the status is published.
   *
   * @return the blocks, not null
   */
  public abstract List<Block> body();

  /**
   * Returns what the article rests on: sources cited, translated or syndicated.
   *
   * @return the sources, possibly empty, not null
   */
  public abstract List<SourceReference> sources();

  /**
   * Returns the notices that must reach the reader.
   *
   * @return the disclaimers, possibly empty, not null
   */
  public abstract List<Disclaimer> disclaimers();

  /**
   * Returns the dated corrections, in the order they were made.
   *
   * @return the corrections, possibly empty, not null
   */
  public abstract List<Correction> corrections();

  /**
   * Returns related items, such as a latest-news column, newest first.
   *
   * @return the related items, possibly empty, not null
   */
  public abstract List<Teaser> related();

  /**
   * Returns who owns the article and how it may be reused.
   *
   * @return the rights, not null
   */
  public abstract Optional<Rights> rights();

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
    Checks.positive("article.revision", revision());
    Checks.language("article.language", language());
    Checks.webUrl("article.canonicalUrl", canonicalUrl());
    Checks.line("article.headline", headline());
    Checks.line("article.alternativeHeadline", alternativeHeadline());
    Checks.line("article.kicker", kicker());
    Checks.text("article.summary", summary());
    Checks.line("article.section", section());
    for (int i = 0; i < keywords().size(); i++) {
      Checks.line("article.keywords[" + i + "]", keywords().get(i));
    }
    Set<Locale> alternateLanguages = new HashSet<>();
    for (int i = 0; i < alternates().size(); i++) {
      Locale alternate = alternates().get(i).language();
      if (alternate.equals(language())) {
        throw new InvalidValueException("article.alternates[" + i + "].language",
            "must differ from the article's own language", alternate.toLanguageTag());
      }
      if (!alternateLanguages.add(alternate)) {
        throw new InvalidValueException("article.alternates[" + i + "].language",
            "must not repeat the language of an earlier alternate", alternate.toLanguageTag());
      }
    }
    checkTimes();
    if (status() == Status.PUBLISHED) {
      if (published().isEmpty()) {
        throw new InvalidValueException("article.published", "is required when the status is PUBLISHED", null);
      }
      if (body().isEmpty()) {
        throw new InvalidValueException("article.body", "must hold at least one block when the status is PUBLISHED",
            "[]");
      }
    }
  }

  private void checkTimes() {
    created().ifPresent(t -> Checks.time("article.created", t));
    published().ifPresent(t -> Checks.time("article.published", t));
    modified().ifPresent(t -> Checks.time("article.modified", t));
    embargo().ifPresent(t -> Checks.time("article.embargo", t));
    if (created().isPresent()) {
      ZonedDateTime created = created().get();
      published().ifPresent(t -> Checks.notBefore("article.published", t, "article.created", created));
      modified().ifPresent(t -> Checks.notBefore("article.modified", t, "article.created", created));
      embargo().ifPresent(t -> Checks.notBefore("article.embargo", t, "article.created", created));
    }
    if (published().isPresent()) {
      ZonedDateTime published = published().get();
      modified().ifPresent(t -> Checks.notBefore("article.modified", t, "article.published", published));
    }
    for (int i = 0; i < corrections().size(); i++) {
      String path = "article.corrections[" + i + "].date";
      ZonedDateTime date = corrections().get(i).date();
      created().ifPresent(t -> Checks.notBefore(path, date, "article.created", t));
      published().ifPresent(t -> Checks.notBefore(path, date, "article.published", t));
    }
  }

  /** Builds an {@link Article}; obtained from {@link Article#builder()}. */
  public static final class Builder extends ImmutableArticle.Builder {
    Builder() {}
  }
}
