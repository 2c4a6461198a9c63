/**
 * Schema.org metadata for web pages: an article as {@code NewsArticle} JSON-LD, safe to embed in an
 * HTML {@code <script type="application/ld+json">} element, and schema.org articles read back from
 * JSON-LD with every loss reported.
 */
@NullMarked
package dev.newsmodel.jsonld;

import org.jspecify.annotations.NullMarked;
