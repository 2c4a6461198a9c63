package dev.newsmodel.cli.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files under {@code src/test/resources/golden}. Run the tests with
 * {@code -Dnewsmodel.golden.update=true} to rewrite them from the actual output, then review the diff.
 */
final class Golden {
  private static final Path SOURCE = Path.of("src/test/resources/golden");

  private Golden() {}

  static void assertMatches(String name, String actual) {
    dev.newsmodel.testing.Golden.assertMatches(SOURCE.resolve(name), actual);
  }

  static String read(String name) {
    try {
      return Files.readString(resource("golden/" + name), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Path resource(String name) {
    try {
      java.net.URL url = Golden.class.getResource("/" + name);
      if (url == null) {
        throw new IllegalStateException("missing test resource " + name);
      }
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
