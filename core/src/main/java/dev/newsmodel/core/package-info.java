/**
 * The article model: an {@link dev.newsmodel.core.Article} with its bylines, images and attribution,
 * dateline, sources, disclaimers, corrections and teasers, as immutable values with construction rules.
 *
 * <p>Every type is immutable and thread-safe, is built with {@code builder()} or {@code of(...)}, and is
 * copied with {@code withX(...)}. Absent values are {@link java.util.Optional}; nulls are refused.
 * A value that breaks a construction rule fails with {@link dev.newsmodel.core.InvalidValueException}.
 */
@NewsmodelStyle
@NullMarked
package dev.newsmodel.core;

import dev.newsmodel.core.internal.NewsmodelStyle;
import org.jspecify.annotations.NullMarked;
