/**
 * The engine of {@code newsmodel validate} for other build tools (the Maven plugin
 * {@code newsmodel-maven-plugin} uses it): check one article file the way the command does, count the
 * outcomes under a {@code --fail-on} threshold, and write the command's {@code json} and {@code sarif}
 * reports, byte for byte as the command writes them. Start at {@link dev.newsmodel.cli.report.Validation}.
 */
@NullMarked
package dev.newsmodel.cli.report;

import org.jspecify.annotations.NullMarked;
