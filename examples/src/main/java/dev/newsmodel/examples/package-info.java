/** Runnable recipes, one per file, each with a {@code main}. */
package dev.newsmodel.examples;
