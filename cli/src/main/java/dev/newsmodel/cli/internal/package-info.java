/**
 * The implementation of the {@code newsmodel} command: argument parsing, input discovery, the parallel
 * validation pipeline and the report formats. Not part of the API; the module does not export it.
 */
@NullMarked
package dev.newsmodel.cli.internal;

import org.jspecify.annotations.NullMarked;
