/**
 * A runnable news portal, such as {@code bin/newsmodel-portal --articles examples/articles}: a directory
 * of article JSON served by the JDK's HTTP server as a home page, article pages, an archive by month and
 * feeds.
 */
package dev.newsmodel.portal;
