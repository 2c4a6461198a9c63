package dev.newsmodel.portal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.stream.Stream;

/** What the portal's tests share: the repository's article directory and a clock a test can move. */
final class Fixtures {
  private Fixtures() {}

  /**
   * Returns the repository root: the {@code newsmodel.root} property the pom sets, or two levels up.
   *
   * @return the root, not null
   */
  static Path root() {
    String root = System.getProperty("newsmodel.root");
    return (root != null ? Path.of(root) : Path.of("../..")).toAbsolutePath().normalize();
  }

  /**
   * Returns {@code examples/articles}.
   *
   * @return the directory, not null
   */
  static Path articles() {
    return root().resolve("examples/articles");
  }

  /**
   * Copies {@code examples/articles} into a directory, keeping file names.
   *
   * @param target an existing directory, not null
   * @return the target, not null
   */
  static Path copyArticles(Path target) {
    try (Stream<Path> files = Files.list(articles())) {
      for (Path file : files.filter(p -> p.toString().endsWith(".json")).toList()) {
        Files.copy(file, target.resolve(file.getFileName()));
      }
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A clock that stands still until a test moves it. */
  static final class MovableClock extends Clock {
    private volatile Instant now;

    MovableClock(Instant now) {
      this.now = now;
    }

    void set(Instant instant) {
      now = instant;
    }

    @Override
    public ZoneId getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
      throw new UnsupportedOperationException("the portal reads instants only");
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}
