/** The JSON-LD reader's implementation: a small located JSON tree read with Jackson's streaming parser. */
@NullMarked
package dev.newsmodel.jsonld.internal;

import org.jspecify.annotations.NullMarked;
