/**
 * The JSON form of an article: reading and writing the canonical document, the published JSON Schema,
 * and validation that reports every problem with its location.
 */
@NullMarked
package dev.newsmodel.json;

import org.jspecify.annotations.NullMarked;
