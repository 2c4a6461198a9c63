package dev.newsmodel.portal;

import dev.newsmodel.core.Article;
import dev.newsmodel.json.ArticleJson;
import dev.newsmodel.json.ArticleReadException;
import dev.newsmodel.json.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * A directory of article JSON files, such as {@code examples/articles}, re-read when it changes.
 *
 * <p>{@link #current()} lists the directory's {@code *.json} files (sub-directories included, hidden
 * files and directories left out) and compares each file's stamp (size, modification time and file
 * key) with the one it read: only a new or changed file is read again, and an unchanged directory costs
 * one listing. A file that is not a valid article is logged with its located problems
 * ({@code bad.json:7:15: error schema.type at /headline: ...}) and left out; so is an article that is
 * not published, still under embargo (by the clock), or whose id another file already serves. Each file
 * is logged once per change, not once per request.
 *
 * <p>Thread-safe: {@link #current()} is synchronized; the {@link Library} it returns is immutable.
 */
final class ArticleDirectory {
  /** How deep sub-directories are searched. */
  static final int MAX_DEPTH = 8;

  private final Path root;
  private final ArticleJson json;
  private final Clock clock;
  private final Consumer<String> log;

  private Map<Path, Loaded> files = Map.of();
  private Library library = Library.EMPTY;
  private boolean built;
  private Instant nextEmbargoEnd;
  private String rootProblem;

  /**
   * Makes a directory reader; nothing is read until {@link #current()}.
   *
   * @param root the directory, not null
   * @param clock the clock that embargo times are compared with, not null
   * @param log where log lines go, one line per call, not null
   */
  ArticleDirectory(Path root, Clock clock, Consumer<String> log) {
    this.root = Objects.requireNonNull(root, "root");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.log = Objects.requireNonNull(log, "log");
    this.json = ArticleJson.defaults();
  }

  /**
   * Returns the directory.
   *
   * @return the directory, not null
   */
  Path root() {
    return root;
  }

  /**
   * Returns the articles served now, re-reading the files that changed since the last call.
   *
   * @return the library, not null
   */
  synchronized Library current() {
    Map<Path, Stamp> stamps = stamps();
    boolean same = built && stamps.size() == files.size()
        && stamps.entrySet().stream().allMatch(e -> files.containsKey(e.getKey())
            && files.get(e.getKey()).stamp().equals(e.getValue()));
    Instant now = clock.instant();
    if (same && (nextEmbargoEnd == null || now.isBefore(nextEmbargoEnd))) {
      return library;
    }
    Map<Path, Loaded> next = new LinkedHashMap<>();
    for (Map.Entry<Path, Stamp> entry : stamps.entrySet()) {
      Loaded old = files.get(entry.getKey());
      next.put(entry.getKey(), old != null && old.stamp().equals(entry.getValue())
          ? old : load(entry.getKey(), entry.getValue()));
    }
    files = next;
    library = build(now);
    built = true;
    return library;
  }

  private Library build(Instant now) {
    List<Article> served = new ArrayList<>();
    Map<String, Path> ids = new HashMap<>();
    Instant embargoEnd = null;
    int skipped = 0;
    for (Map.Entry<Path, Loaded> entry : files.entrySet()) {
      Optional<Article> loaded = entry.getValue().article();
      if (loaded.isEmpty()) {
        skipped++;
        continue;
      }
      Article article = loaded.get();
      Optional<Instant> embargo = article.embargo().map(t -> t.toInstant());
      if (embargo.isPresent() && now.isBefore(embargo.get())) {
        embargoEnd = embargoEnd == null || embargo.get().isBefore(embargoEnd) ? embargo.get() : embargoEnd;
        log.accept(entry.getKey() + ": under embargo until " + article.embargo().get() + "; not served yet");
        skipped++;
        continue;
      }
      Path first = ids.putIfAbsent(article.id().value(), entry.getKey());
      if (first != null) {
        log.accept(entry.getKey() + ": the id '" + article.id() + "' is already served from " + first
            + "; skipped");
        skipped++;
        continue;
      }
      served.add(article);
    }
    nextEmbargoEnd = embargoEnd;
    log.accept(root + ": serving " + served.size() + (served.size() == 1 ? " article" : " articles")
        + (skipped == 0 ? "" : ", " + skipped + (skipped == 1 ? " file" : " files") + " skipped"));
    return Library.of(served);
  }

  /** Reads one file; a file that cannot be served is logged and loaded as empty. */
  private Loaded load(Path file, Stamp stamp) {
    Article article;
    try {
      article = json.read(file);
    } catch (ArticleReadException e) {
      for (Problem problem : e.problems()) {
        log.accept(problem.format(file.toString()));
      }
      if (e.omittedProblems() > 0) {
        log.accept(file + ": " + e.omittedProblems() + " more problems not shown");
      }
      log.accept(file + ": not a valid article; skipped");
      return new Loaded(stamp, Optional.empty());
    } catch (UncheckedIOException e) {
      log.accept(file + ": cannot be read (" + describe(e.getCause()) + "); skipped");
      return new Loaded(stamp, Optional.empty());
    }
    if (article.status() != Article.Status.PUBLISHED) {
      log.accept(file + ": the article is " + article.status().name().toLowerCase(Locale.ROOT)
          + ", not published; skipped");
      return new Loaded(stamp, Optional.empty());
    }
    return new Loaded(stamp, Optional.of(article));
  }

  /** The stamps of the directory's article files, in path order; logs a missing directory once. */
  private Map<Path, Stamp> stamps() {
    Map<Path, Stamp> stamps = new LinkedHashMap<>();
    List<Path> paths;
    try (Stream<Path> walk = Files.walk(root, MAX_DEPTH, new FileVisitOption[0])) {
      paths = walk.filter(p -> !p.equals(root) && isArticleName(root.relativize(p)))
          .sorted()
          .toList();
      rootProblem = null;
    } catch (IOException | UncheckedIOException e) {
      String problem = root + ": cannot list the directory ("
          + describe(e instanceof UncheckedIOException u ? u.getCause() : e) + "); serving no articles";
      if (!problem.equals(rootProblem)) {
        log.accept(problem);
        rootProblem = problem;
      }
      return stamps;
    }
    for (Path path : paths) {
      try {
        BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
        if (attributes.isRegularFile()) {
          stamps.put(path, new Stamp(attributes.size(), attributes.lastModifiedTime(),
              Objects.toString(attributes.fileKey(), "")));
        }
      } catch (IOException e) {
        // Removed between the listing and now: it is simply not there any more.
      }
    }
    return stamps;
  }

  /** A {@code .json} file whose path has no hidden part (an editor's {@code .#draft.json}, {@code .git}). */
  private static boolean isArticleName(Path relative) {
    for (Path part : relative) {
      if (part.toString().startsWith(".")) {
        return false;
      }
    }
    return relative.getFileName().toString().endsWith(".json");
  }

  private static String describe(Throwable e) {
    String name = e.getClass().getSimpleName();
    return e.getMessage() == null ? name : name + ": " + e.getMessage();
  }

  /**
   * What identifies one state of a file: a rewrite changes the modification time or the size, and a
   * replacement by rename changes the file key.
   *
   * @param size the size in bytes
   * @param modified the modification time, not null
   * @param fileKey the file system's key for the file (inode), or empty where there is none
   */
  record Stamp(long size, FileTime modified, String fileKey) {}

  /**
   * One file as it was read.
   *
   * @param stamp its stamp when it was read, not null
   * @param article the article, or empty when the file is not served
   */
  private record Loaded(Stamp stamp, Optional<Article> article) {}
}
