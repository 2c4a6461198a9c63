package dev.newsmodel.core.body;

/**
 * Inline content of a block, such as a run of text or a link.
 *
 * <p>The kinds of inline content are closed: {@link Text}, {@link Emphasis}, {@link Strong},
 * {@link Link}, {@link LineBreak} and {@link LanguageSpan}. Every kind is immutable and thread-safe.
 */
public sealed interface Inline permits Text, Emphasis, Strong, Link, LineBreak, LanguageSpan {}
