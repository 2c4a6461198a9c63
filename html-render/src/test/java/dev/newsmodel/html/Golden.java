package dev.newsmodel.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
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
  private static final Path DIRECTORY = Path.of("src", "test", "resources", "golden");

  private Golden() {}

  static void assertMatches(String name, String actual) {
    if (Boolean.getBoolean(UPDATE_PROPERTY)) {
      try {
        Path file = DIRECTORY.resolve(name);
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

  /** Reads a golden file from the source tree (the tests run in the module's directory). */
  static String read(String name) {
    Path file = DIRECTORY.resolve(name);
    assertTrue(Files.isRegularFile(file), file + " is missing; create it with -D" + UPDATE_PROPERTY + "=true");
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
