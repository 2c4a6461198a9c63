/**
 * The plugin's logic without Maven: file sets, the cache of clean files, settings, the validate run and
 * the site writer. Not part of the API; the module does not export it.
 */
@NullMarked
package dev.newsmodel.maven.internal;

import org.jspecify.annotations.NullMarked;
