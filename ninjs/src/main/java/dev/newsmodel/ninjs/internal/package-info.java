/**
 * The ninjs reader and writer behind {@link dev.newsmodel.ninjs.Ninjs}; not exported.
 */
@NullMarked
package dev.newsmodel.ninjs.internal;

import org.jspecify.annotations.NullMarked;
