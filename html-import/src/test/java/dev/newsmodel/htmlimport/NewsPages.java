package dev.newsmodel.htmlimport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;

/**
 * The real news pages of {@code ../shared/corpora/news-pages/} (Mozilla Readability's test pages,
 * Apache-2.0, see its LICENSE-readability.md), read in place: the system property {@code
 * newsmodel.shared} set by the pom, else {@code shared/} found walking up from the working directory.
 */
final class NewsPages {
  private NewsPages() {}

  static Path directory() {
    String property = System.getProperty("newsmodel.shared");
    Path shared = property == null ? null : Path.of(property);
    if (shared == null || !Files.isDirectory(shared)) {
      for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
        if (Files.isDirectory(dir.resolve("shared/corpora/news-pages"))) {
          shared = dir.resolve("shared");
          break;
        }
      }
    }
    Path pages = shared == null ? null : shared.resolve("corpora/news-pages");
    Assumptions.assumeTrue(pages != null && Files.isDirectory(pages),
        "../shared/corpora/news-pages is not next to the checkout, so the page import tests are skipped");
    return pages;
  }

  static String source(String page) {
    try {
      return Files.readString(directory().resolve(page).resolve("source.html"), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
