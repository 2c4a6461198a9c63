package dev.newsmodel.maven.internal;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Finds the files of a file set: every file below a directory whose relative path matches an include
 * pattern and no exclude pattern, ordered one name at a time by code point (the command's walk order), so
 * every machine checks and reports them in the same order. Files and directories whose names start with a dot are skipped, as
 * {@code newsmodel validate} skips them. Symbolic links are not followed into directories (a link cycle
 * cannot make the walk endless); a matching entry that is not a regular file (a FIFO, a device) is
 * returned, and the check reports it without opening it.
 */
public final class ArticleScan {
  private final Path directory;
  private final Path sourceRoot;
  private final List<AntPattern> includes;
  private final List<AntPattern> excludes;

  /**
   * Creates a scan.
   *
   * @param directory the directory to search, not null
   * @param sourceRoot the directory shown paths are relative to, not null
   * @param includes the include patterns, at least one, not null
   * @param excludes the exclude patterns, not null
   * @throws IllegalArgumentException if a pattern is not usable, or no include is given
   */
  public ArticleScan(Path directory, Path sourceRoot, List<String> includes, List<String> excludes) {
    this.directory = directory.toAbsolutePath().normalize();
    this.sourceRoot = sourceRoot.toAbsolutePath().normalize();
    if (includes.isEmpty()) {
      throw new IllegalArgumentException("includes is empty: give at least one pattern, such as **/*.json");
    }
    this.includes = includes.stream().map(AntPattern::of).collect(Collectors.toUnmodifiableList());
    this.excludes = excludes.stream().map(AntPattern::of).collect(Collectors.toUnmodifiableList());
  }

  /**
   * Returns the directory searched.
   *
   * @return the absolute directory, not null
   */
  public Path directory() {
    return directory;
  }

  /**
   * Returns a description of the set for messages, such as
   * {@code src/main/articles (includes **}{@code /*.json; excludes drafts/**)}.
   *
   * @return the description, not null
   */
  public String describe() {
    return shown(directory) + " (includes " + join(includes)
        + (excludes.isEmpty() ? "" : "; excludes " + join(excludes)) + ")";
  }

  /**
   * Lists the files.
   *
   * @return the files in code-point order of their relative paths; empty when the directory does not
   *     exist, not null
   * @throws IOException if the directory or one below it cannot be listed; the message names it
   */
  public List<ArticleFile> files() throws IOException {
    if (!Files.isDirectory(directory)) {
      if (Files.exists(directory)) {
        throw new IOException(shown(directory) + " is not a directory");
      }
      return List.of();
    }
    List<ArticleFile> found = new ArrayList<>();
    Files.walkFileTree(directory, new SimpleFileVisitor<>() {
      @Override
      public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) {
        return !dir.equals(directory) && hidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
        if (hidden(file)) {
          return FileVisitResult.CONTINUE;
        }
        String relative = relative(directory, file);
        if (selected(relative)) {
          found.add(new ArticleFile(file, relative, shown(file)));
        }
        return FileVisitResult.CONTINUE;
      }

      @Override
      public FileVisitResult visitFileFailed(Path file, IOException e) throws IOException {
        throw new IOException("cannot list " + shown(file) + ": " + reason(e), e);
      }
    });
    found.sort(Comparator.comparing(ArticleFile::relative, ArticleScan::bySegments));
    return List.copyOf(found);
  }

  /**
   * Returns whether a relative path is in the set.
   *
   * @param relative the path relative to the directory, not null
   * @return true if an include matches and no exclude does
   */
  public boolean selected(String relative) {
    return includes.stream().anyMatch(p -> p.matches(relative)) && excludes.stream().noneMatch(p -> p.matches(relative));
  }

  /**
   * Returns a path as reports show it: relative to the source root with {@code /} separators when it lies
   * below it, else absolute.
   *
   * @param path the path, not null
   * @return the shown path, not null
   */
  public String shown(Path path) {
    Path absolute = path.toAbsolutePath().normalize();
    if (absolute.startsWith(sourceRoot) && !absolute.equals(sourceRoot)) {
      return relative(sourceRoot, absolute);
    }
    return absolute.toString().replace('\\', '/');
  }

  /** Names that start with a dot ({@code .git}, {@code .draft.json}) are skipped, as the command skips them. */
  private static boolean hidden(Path path) {
    Path name = path.getFileName();
    return name != null && name.toString().startsWith(".");
  }

  private static String relative(Path base, Path path) {
    List<String> names = new ArrayList<>();
    for (Path name : base.relativize(path)) {
      names.add(name.toString());
    }
    return String.join("/", names);
  }

  private static String join(List<AntPattern> patterns) {
    return patterns.stream().map(AntPattern::toString).collect(Collectors.joining(", "));
  }

  /**
   * Returns a short phrase for an I/O failure, such as {@code permission denied}, without a stack trace.
   *
   * @param e the failure, not null
   * @return the phrase, not null
   */
  public static String reason(Exception e) {
    if (e instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    String reason = e instanceof FileSystemException ? ((FileSystemException) e).getReason() : e.getMessage();
    return reason == null || reason.isBlank() ? e.getClass().getSimpleName() : reason;
  }

  /**
   * Compares relative paths one name at a time, each by code point, as the command walks a tree: so
   * {@code a/z.json} comes before {@code a-b.json}.
   */
  static int bySegments(String a, String b) {
    String[] x = a.split("/", -1);
    String[] y = b.split("/", -1);
    for (int i = 0; i < Math.min(x.length, y.length); i++) {
      int order = byCodePoint(x[i], y[i]);
      if (order != 0) {
        return order;
      }
    }
    return Integer.compare(x.length, y.length);
  }

  /** Compares by Unicode code point, not by UTF-16 unit, so that the order is the same everywhere. */
  static int byCodePoint(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int x = a.codePointAt(i);
      int y = b.codePointAt(j);
      if (x != y) {
        return Integer.compare(x, y);
      }
      i += Character.charCount(x);
      j += Character.charCount(y);
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }

  /**
   * Returns the shown path of the source root's own directory, for messages.
   *
   * @return the source root, not null
   */
  public Path sourceRoot() {
    return sourceRoot;
  }

}
