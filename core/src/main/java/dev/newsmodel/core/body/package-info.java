/**
 * The body of an article as structured blocks (paragraphs, headings, quotes, lists, images) holding
 * inline content (text, emphasis, strong, links, line breaks and spans in another language).
 *
 * <p>A body is never an opaque HTML string: every type here is an immutable, thread-safe value that
 * renderers encode for their output.
 */
@NewsmodelStyle
@NullMarked
package dev.newsmodel.core.body;

import dev.newsmodel.core.internal.NewsmodelStyle;
import org.jspecify.annotations.NullMarked;
