package dev.newsmodel.html.internal;

import org.jspecify.annotations.Nullable;

/**
 * The renderer's own elements with its own class, each start tag composed once per renderer by
 * {@link ClassNames#start}: {@code BYLINE} is {@code <p class="nm-byline"} by default. A heading's
 * element follows the heading level, so each of its kinds is composed for every level
 * ({@link ClassNames#heading}). The class names are among {@link ClassNames#VALUES}.
 */
enum Start {
  PAGE("body", "page"),
  MAIN("main", "main"),
  NEWS_LIST("section", "news-list"),
  ARTICLE("article", "article"),
  HEADER("header", "header"),
  STATUS("p", "status"),
  KICKER("p", "kicker"),
  ALTERNATIVE_HEADLINE("p", "alternative-headline"),
  SUMMARY("p", "summary"),
  TIMES("p", "times"),
  UPDATED("span", "updated"),
  BODY("div", "body"),
  RELATED("aside", "related"),
  FOOTER("footer", "footer"),
  SOURCES("section", "sources"),
  SOURCES_LIST("ul", "sources-list"),
  CORRECTIONS("section", "corrections"),
  CORRECTIONS_LIST("ul", "corrections-list"),
  RIGHTS("p", "rights"),
  TEASERS("ul", "teasers"),
  FIGURE("figure", "figure"),
  LEAD_IMAGE("figure", "figure lead-image"),
  FIGCAPTION("figcaption", "figcaption"),
  CAPTION("span", "caption"),
  CREDIT("span", "credit"),
  CREDIT_SOURCE("a", "credit-source"),
  BYLINE("p", "byline"),
  CONTRIBUTOR("span", "contributor"),
  CONTRIBUTOR_ROLE("span", "contributor-role"),
  DATELINE("p", "dateline"),
  DATELINE_PLACE("span", "dateline-place"),
  DISCLAIMER_TEXT("p", "disclaimer-text"),
  SOURCE_OUTLET_LINK("a", "source-outlet"),
  SOURCE_OUTLET("span", "source-outlet"),
  CORRECTION_KIND("strong", "correction-kind"),
  CORRECTION_TEXT("span", "correction-text"),
  QUOTE_FIGURE("figure", "quote"),
  QUOTE("blockquote", "quote"),
  QUOTE_ATTRIBUTION("figcaption", "quote-attribution"),
  TEASER("li", "teaser"),
  TEASER_IMAGE("div", "teaser-image"),
  TEASER_TIME("p", "teaser-time"),
  TEASER_SUMMARY("p", "teaser-summary"),
  PUBLISHED("time", "published"),
  MODIFIED("time", "modified"),
  DATELINE_DATE("time", "dateline-date"),
  CORRECTION_DATE("time", "correction-date"),
  HEADLINE(null, "headline"),
  NEWS_LIST_HEADING(null, "news-list-heading"),
  RELATED_HEADING(null, "related-heading"),
  SOURCES_HEADING(null, "sources-heading"),
  CORRECTIONS_HEADING(null, "corrections-heading"),
  TEASER_HEADLINE(null, "teaser-headline");

  /** The element, or null for a heading, whose element is {@code h1} to {@code h6} by level. */
  final @Nullable String tag;
  /** The class names without prefix, separated by a space. */
  final String classes;

  Start(@Nullable String tag, String classes) {
    this.tag = tag;
    this.classes = classes;
  }

  boolean heading() {
    return tag == null;
  }
}
