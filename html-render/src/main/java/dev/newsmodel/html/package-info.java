/**
 * Semantic, safe HTML for articles, pages and news lists.
 */
@NullMarked
package dev.newsmodel.html;

import org.jspecify.annotations.NullMarked;
