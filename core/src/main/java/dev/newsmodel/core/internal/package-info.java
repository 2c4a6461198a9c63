/**
 * Implementation helpers of the core module (shared construction checks, the Immutables style); not
 * exported, not API.
 */
@NullMarked
package dev.newsmodel.core.internal;

import org.jspecify.annotations.NullMarked;
