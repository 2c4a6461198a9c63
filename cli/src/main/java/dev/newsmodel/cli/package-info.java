/**
 * The {@code newsmodel} command line: {@code validate} article JSON in CI, {@code render} an article to
 * HTML, print the {@code schema}, list the lint {@code rules}. Run it with {@code java -jar newsmodel.jar}
 * or embed it with {@link dev.newsmodel.cli.Main#run(java.io.InputStream, java.io.OutputStream,
 * java.io.OutputStream, java.nio.file.Path, String...)}.
 */
@NullMarked
package dev.newsmodel.cli;

import org.jspecify.annotations.NullMarked;
