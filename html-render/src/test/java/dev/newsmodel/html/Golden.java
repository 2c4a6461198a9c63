package dev.newsmodel.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files under {@code src/test/resources/golden/}. Tests compare by default; run with
 * {@code -Dnewsmodel.updateGolden=true} to rewrite the files from the current output, then review
 * the diff before committing.
 */
final class Golden {
  static final String UPDATE_PROPERTY = "newsmodel.updateGolden";

  private Golden() {}

  static void assertMatches(String name, String actual) {
    if (Boolean.getBoolean(UPDATE_PROPERTY)) {
      try {
        Path file = Path.of("src", "test", "resources", "golden", name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, actual, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return;
    }
    assertEquals(read(name), actual, "golden/" + name + " differs; if the change is intended, run the tests with -D"
        + UPDATE_PROPERTY + "=true and review the diff");
  }

  static String read(String name) {
    try (InputStream in = Golden.class.getResourceAsStream("/golden/" + name)) {
      assertNotNull(in, "golden/" + name + " is missing; create it with -D" + UPDATE_PROPERTY + "=true");
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
