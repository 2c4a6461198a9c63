/**
 * HTML import: {@link dev.newsmodel.htmlimport.HtmlImport} turns an HTML fragment into body blocks,
 * reporting what it cannot carry over as {@link dev.newsmodel.core.convert.ConversionProblem}s.
 */
@NullMarked
package dev.newsmodel.htmlimport;

import org.jspecify.annotations.NullMarked;
