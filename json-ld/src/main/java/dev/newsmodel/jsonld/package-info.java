/**
 * Schema.org metadata for web pages: an article as {@code NewsArticle} JSON-LD, safe to embed in an
 * HTML {@code <script type="application/ld+json">} element.
 */
@NullMarked
package dev.newsmodel.jsonld;

import org.jspecify.annotations.NullMarked;
