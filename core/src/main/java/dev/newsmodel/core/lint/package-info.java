/**
 * Editorial lint: advice on an article that is valid but could be better, such as a headline longer
 * than 110 characters or an image without a licence, reported as findings rather than exceptions.
 */
@NewsmodelStyle
@NullMarked
package dev.newsmodel.core.lint;

import dev.newsmodel.core.internal.NewsmodelStyle;
import org.jspecify.annotations.NullMarked;
