/**
 * Semantic, safe HTML for articles, pages and news lists: {@link dev.newsmodel.html.HtmlRenderer}
 * with its settings, the {@link dev.newsmodel.html.Phrases} it composes in English and Russian, and
 * the {@link dev.newsmodel.html.Component} hook with which a portal replaces one part of the output.
 */
@NullMarked
package dev.newsmodel.html;

import org.jspecify.annotations.NullMarked;
