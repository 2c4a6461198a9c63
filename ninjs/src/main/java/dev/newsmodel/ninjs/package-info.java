/**
 * IPTC ninjs 3.1 for articles: {@link dev.newsmodel.ninjs.Ninjs#write} and
 * {@link dev.newsmodel.ninjs.Ninjs#read}.
 */
@NullMarked
package dev.newsmodel.ninjs;

import org.jspecify.annotations.NullMarked;
