/** The HTML import's implementation; not exported. */
@NullMarked
package dev.newsmodel.htmlimport.internal;

import org.jspecify.annotations.NullMarked;
