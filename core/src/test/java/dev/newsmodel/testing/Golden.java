package dev.newsmodel.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Compares output with a checked-in golden file, relative to the module directory: the one mechanism
 * every module's golden tests share.
 *
 * <p>To regenerate golden files after a deliberate change, run the tests with
 * {@code -Dnewsmodel.golden.update=true}, such as
 * {@code mvn -B verify -Dnewsmodel.golden.update=true}, and review the diff. Without that flag a
 * difference fails the test.
 */
public final class Golden {
  /** The system property that rewrites golden files instead of comparing. */
  public static final String UPDATE_PROPERTY = "newsmodel.golden.update";

  private Golden() {}

  /**
   * Asserts that the file holds exactly the given text, or rewrites it when updating.
   *
   * @param file the golden file, relative to the module directory, not null
   * @param actual the text produced, not null
   */
  public static void assertMatches(Path file, String actual) {
    if (Boolean.getBoolean(UPDATE_PROPERTY)) {
      try {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, actual, StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return;
    }
    assertEquals(read(file), actual, file + " differs; if the change is intended, run with -D" + UPDATE_PROPERTY
        + "=true and review the diff");
  }

  /**
   * Reads a golden file.
   *
   * @param file the golden file, relative to the module directory, not null
   * @return its text, not null
   */
  public static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(file + " cannot be read; create it with -D" + UPDATE_PROPERTY + "=true", e);
    }
  }
}
