package dev.newsmodel.cli.internal;

import dev.newsmodel.cli.report.FileOutcome;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

/**
 * One thing to check: a file, standard input, or a path argument that turned out to be unusable (its
 * {@link #outcome()} says why).
 */
final class Input {
  /** How standard input is shown in reports. */
  static final String STDIN_NAME = "<stdin>";

  private final String path;
  private final Path file;
  private final FileOutcome outcome;

  private Input(String path, Path file, FileOutcome outcome) {
    this.path = Objects.requireNonNull(path, "path");
    this.file = file;
    this.outcome = outcome;
  }

  static Input file(Path file, String path) {
    return new Input(path, Objects.requireNonNull(file, "file"), null);
  }

  static Input stdin() {
    return new Input(STDIN_NAME, null, null);
  }

  static Input failed(String path, String code, String message) {
    return new Input(path, null, FileOutcome.unreadable(path, code, message));
  }

  /** A directory that could not be listed or holds no articles. */
  static Input failedDirectory(String path, String code, String message) {
    return new Input(path, null, FileOutcome.unusableDirectory(path, code, message));
  }

  /** The path as shown in reports, with {@code /} separators. */
  String path() {
    return path;
  }

  /** The file to read; empty for standard input and for failed inputs. */
  Optional<Path> file() {
    return Optional.ofNullable(file);
  }

  /** The outcome known without reading, for inputs that failed at discovery. */
  Optional<FileOutcome> outcome() {
    return Optional.ofNullable(outcome);
  }

  boolean isStdin() {
    return file == null && outcome == null;
  }

  @Override
  public String toString() {
    return path;
  }
}
