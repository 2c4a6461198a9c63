package dev.newsmodel.maven.internal;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One file of a file set.
 *
 * @param file the file, absolute, not null
 * @param relative its path relative to the set's directory, with {@code /} separators, such as
 *     {@code 2021/iskander.json}, not null
 * @param shown its path as reports show it: relative to the source root when it lies below it, else
 *     absolute, with {@code /} separators, such as {@code src/main/articles/2021/iskander.json}, not null
 */
public record ArticleFile(Path file, String relative, String shown) {
  /**
   * Checks the components.
   *
   * @param file the file, not null
   * @param relative the path relative to the directory, not null
   * @param shown the path as shown, not null
   */
  public ArticleFile {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(relative, "relative");
    Objects.requireNonNull(shown, "shown");
  }
}
