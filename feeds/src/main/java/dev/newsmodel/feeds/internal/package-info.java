/**
 * The feed writers behind {@link dev.newsmodel.feeds.FeedWriter}: one per format, the XML and time
 * helpers they share, and the view of an article or teaser as a feed entry. Not exported.
 */
@NullMarked
package dev.newsmodel.feeds.internal;

import org.jspecify.annotations.NullMarked;
