/**
 * RSS 2.0, Atom 1.0 and JSON Feed 1.1 from a {@link dev.newsmodel.feeds.Feed} description and a list of
 * {@link dev.newsmodel.feeds.FeedEntry entries}, written by a {@link dev.newsmodel.feeds.FeedWriter}.
 */
@NullMarked
package dev.newsmodel.feeds;

import org.jspecify.annotations.NullMarked;
