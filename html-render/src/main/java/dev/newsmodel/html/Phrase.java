package dev.newsmodel.html;

import java.util.List;

/**
 * A phrase the renderer composes around the content, such as {@link #BYLINE} ({@code "By {names}"}).
 *
 * <p>Each phrase is a template: literal text, {@code {name}} placeholders that the renderer fills
 * (each constant lists the ones it offers), and {@code [...]} optional groups that are left out when a
 * placeholder inside them has no value. {@code [ on {date} at {time}]} disappears for a source without
 * a publication time. Replace a phrase with {@link Phrases#with(Phrase, String)}.
 */
public enum Phrase {
  /** A composed byline of one contributor: {@code "By {names}"}. */
  BYLINE("names"),
  /** A composed byline of several contributors: {@code "By {names}"}. */
  BYLINE_MANY("names"),
  /** Between items of a list but the last two: {@code ", "}. */
  LIST_SEPARATOR,
  /** Between the last two items of a list: {@code " and "}. */
  LIST_LAST_SEPARATOR,
  /** A contributor with role, job title or affiliation: {@code "{name}[ ({details})]"}. */
  CONTRIBUTOR("name", "details"),
  /** The role of a correspondent: {@code "correspondent"}. */
  ROLE_CORRESPONDENT,
  /** The role of a photographer: {@code "photographer"}. */
  ROLE_PHOTOGRAPHER,
  /** The role of an illustrator: {@code "illustrator"}. */
  ROLE_ILLUSTRATOR,
  /** The role of an editor: {@code "editor"}. */
  ROLE_EDITOR,
  /** The role of a translator: {@code "translator"}. */
  ROLE_TRANSLATOR,
  /** The role of another contributor: {@code "contributor"}. Authors are shown without a role. */
  ROLE_CONTRIBUTOR,
  /** A date and time of day as text: {@code "{date}, {time}"}; {@code time} ends with the zone. */
  DATE_TIME("date", "time"),
  /** The publication time in the header: {@code "{time}"}, the whole date and time. */
  PUBLISHED("time"),
  /** The modification time in the header: {@code "Updated {time}"}. */
  UPDATED("time"),
  /** A dateline: {@code "{place}, {date}"}. */
  DATELINE("place", "date"),
  /** An image credit composed from its creator: {@code "Photo: {creator}"}. */
  CREDIT("creator"),
  /** A copyright line composed from its holder: {@code "© {holder}"}. */
  COPYRIGHT("holder"),
  /** An image or article licence: {@code "Licence: {license}"}; {@code license} is a link when known. */
  LICENSE("license"),
  /** The attribution of a quotation: {@code "— {source}"}. */
  QUOTE_ATTRIBUTION("source"),
  /** The heading over sources: {@code "Sources"}. */
  SOURCES_HEADING,
  /** The note for a translation's original: {@code "This article was originally published[ {language}] by {outlet}[ as “{title}”][ on {date} at {time}]."}. */
  SOURCE_TRANSLATION_OF("language", "outlet", "title", "date", "time"),
  /** The note for where an article first appeared; the same wording as {@link #SOURCE_TRANSLATION_OF}. */
  SOURCE_ORIGINALLY_PUBLISHED_AT("language", "outlet", "title", "date", "time"),
  /** The note for a source the article is based on. */
  SOURCE_BASED_ON("language", "outlet", "title", "date", "time"),
  /** The note for the outlet an article is syndicated from. */
  SOURCE_SYNDICATED_FROM("language", "outlet", "title", "date", "time"),
  /** A cited source in the list of sources: {@code "{outlet}[: “{title}”][, {date}]"}. */
  SOURCE_CITES("language", "outlet", "title", "date", "time"),
  /**
   * A language inside a source note: {@code "in {language}"}, {@code language} being the language's
   * name in the phrases' language; {@link Phrases#withLanguageName} gives names that need a grammatical form.
   */
  IN_LANGUAGE("language"),
  /** The heading over corrections: {@code "Corrections"}. */
  CORRECTIONS_HEADING,
  /** One correction: {@code "{kind}, {date}: {text}"}; {@code date} is a {@code <time>}. */
  CORRECTION("kind", "date", "text"),
  /** The kind label of a correction: {@code "Correction"}. */
  CORRECTION_KIND_CORRECTION,
  /** The kind label of a clarification: {@code "Clarification"}. */
  CORRECTION_KIND_CLARIFICATION,
  /** The kind label of an update: {@code "Update"}. */
  CORRECTION_KIND_UPDATE,
  /** The accessible name of a legal notice: {@code "Legal notice"}. */
  DISCLAIMER_LEGAL,
  /** The accessible name of an editor's note: {@code "Editor's note"}. */
  DISCLAIMER_EDITORS_NOTE,
  /** The accessible name of a sponsorship notice: {@code "Sponsored content"}. */
  DISCLAIMER_SPONSORED,
  /** The accessible name of an opinion notice: {@code "Opinion"}. */
  DISCLAIMER_OPINION,
  /** The accessible name of an AI notice: {@code "AI-generated content"}. */
  DISCLAIMER_AI_GENERATED,
  /** The accessible name of a content warning: {@code "Content warning"}. */
  DISCLAIMER_CONTENT_WARNING,
  /** The heading over related items: {@code "Related"}. */
  RELATED_HEADING,
  /** The heading over a news list: {@code "All news"}. */
  NEWS_LIST_HEADING,
  /** The notice on a draft: {@code "Draft: not published."}. */
  STATUS_DRAFT,
  /** The notice on a withdrawn article: {@code "This article has been withdrawn."}. */
  STATUS_WITHDRAWN;

  private final List<String> placeholders;

  Phrase(String... placeholders) {
    this.placeholders = List.of(placeholders);
  }

  /**
   * Returns the placeholders this phrase may use, such as {@code [names]} for {@link #BYLINE}.
   *
   * @return the names, possibly empty, not null
   */
  public List<String> placeholders() {
    return placeholders;
  }
}
