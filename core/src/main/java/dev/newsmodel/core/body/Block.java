package dev.newsmodel.core.body;

/**
 * A block of an article's body, such as a paragraph or a quote.
 *
 * <p>The kinds of block are closed: {@link Paragraph}, {@link Heading}, {@link Quote},
 * {@link ListBlock} and {@link ImageBlock}. Every block is immutable and thread-safe.
 */
public sealed interface Block permits Paragraph, Heading, Quote, ListBlock, ImageBlock {}
