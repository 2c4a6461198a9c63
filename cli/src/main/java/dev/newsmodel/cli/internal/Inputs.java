package dev.newsmodel.cli.internal;

import dev.newsmodel.json.ProblemCode;
import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;

/**
 * The inputs named by {@code validate}'s arguments, discovered lazily in a fixed order: arguments in the
 * order given; inside a directory, entries sorted by name (by Unicode code point, whatever the locale;
 * see {@link #byCodePoint}), each subdirectory walked where its name sorts, depth first. So the order is
 * by path, one name segment at a time: {@code a/z.json} comes before {@code a-b.json}.
 *
 * <p>A directory contributes its {@code *.json} files (any case of the extension), skipping entries
 * whose names start with a dot ({@code .git}) and not following symbolic links to directories. A file
 * named explicitly is checked whatever its name. Memory grows with the depth of the tree and the size of
 * the largest single directory, never with the number of files in the tree.
 *
 * <p>Paths are shown as given, with {@code /} separators; an absolute path inside the working directory
 * is shown relative to it, so reports carry repository-relative paths.
 */
final class Inputs implements Iterator<Input> {
  private final Path cwd;
  private final Iterator<String> arguments;
  private final Deque<Frame> stack = new ArrayDeque<>();
  private Input next;
  private String walkRoot;
  private int foundUnderRoot;

  private final List<String> extensions;

  private Inputs(Path cwd, List<String> arguments, List<String> extensions) {
    this.cwd = cwd;
    this.arguments = arguments.iterator();
    this.extensions = List.copyOf(extensions);
  }

  /**
   * Returns the inputs named by the arguments.
   *
   * @param cwd the directory relative arguments are resolved against, absolute, not null
   * @param arguments files, directories and {@code -} for standard input, not null
   * @return the inputs, lazily, not null
   */
  static Inputs of(Path cwd, List<String> arguments) {
    return of(cwd, arguments, List.of(".json"));
  }

  /**
   * Returns the inputs named by the arguments, where a directory contributes the files with one of the
   * given extensions (any case), such as {@code .html} and {@code .htm}.
   *
   * @param cwd the directory relative arguments are resolved against, absolute, not null
   * @param arguments files, directories and {@code -} for standard input, not null
   * @param extensions the extensions, lower case with their dot, at least one, not null
   * @return the inputs, lazily, not null
   */
  static Inputs of(Path cwd, List<String> arguments, List<String> extensions) {
    if (extensions.isEmpty()) {
      throw new IllegalArgumentException("no extensions");
    }
    return new Inputs(cwd.toAbsolutePath().normalize(), arguments, extensions);
  }

  private boolean wanted(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    for (String extension : extensions) {
      if (lower.endsWith(extension)) {
        return true;
      }
    }
    return false;
  }

  private String noneFound() {
    StringBuilder text = new StringBuilder("The directory holds no ");
    for (int i = 0; i < extensions.size(); i++) {
      text.append(i == 0 ? "" : i == extensions.size() - 1 ? " or " : ", ").append('*').append(extensions.get(i));
    }
    return text.append(" files.").toString();
  }

  @Override
  public boolean hasNext() {
    if (next == null) {
      next = advance();
    }
    return next != null;
  }

  @Override
  public Input next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    Input result = next;
    next = null;
    return result;
  }

  private Input advance() {
    while (true) {
      Frame frame = stack.peek();
      if (frame != null) {
        if (!frame.names.hasNext()) {
          stack.pop();
          if (stack.isEmpty() && foundUnderRoot == 0) {
            return Input.failedDirectory(walkRoot, ProblemCode.IO_NO_ARTICLES.code(), noneFound());
          }
          continue;
        }
        String name = frame.names.next();
        Path child = frame.dir.resolve(name);
        String shown = frame.shown.isEmpty() ? name : frame.shown + "/" + name;
        if (Files.isDirectory(child, LinkOption.NOFOLLOW_LINKS)) {
          Input failure = push(child, shown);
          if (failure != null) {
            return failure;
          }
        } else if (wanted(name)) {
          foundUnderRoot++;
          return Input.file(child, shown);
        }
        continue;
      }
      if (!arguments.hasNext()) {
        return null;
      }
      Input input = start(arguments.next());
      if (input != null) {
        return input;
      }
    }
  }

  /** Starts on one argument: returns its input, or null when it is a directory now on the stack. */
  private Input start(String argument) {
    if (argument.equals("-")) {
      return Input.stdin();
    }
    Path path;
    try {
      path = cwd.resolve(argument).normalize();
    } catch (InvalidPathException e) {
      return Input.failed(argument, ProblemCode.IO_UNREADABLE.code(), "Not a valid path: " + e.getReason() + ".");
    }
    String shown = shown(argument, path);
    if (Files.isDirectory(path)) {
      walkRoot = shown;
      foundUnderRoot = 0;
      return push(path, shown.equals(".") ? "" : shown);
    }
    if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
      return Input.failed(shown, ProblemCode.IO_UNREADABLE.code(), "Cannot read the file: no such file or directory.");
    }
    return Input.file(path, shown);
  }

  /** Pushes a directory's sorted listing; returns a failed input if it cannot be listed. */
  private Input push(Path dir, String shown) {
    List<String> names = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
      for (Path entry : entries) {
        String name = entry.getFileName().toString();
        if (!name.startsWith(".")) {
          names.add(name);
        }
      }
    } catch (IOException | SecurityException e) {
      foundUnderRoot++;
      return Input.failedDirectory(shown.isEmpty() ? "." : shown, ProblemCode.IO_UNREADABLE.code(),
          "Cannot read the directory: " + IoMessages.describe(e) + ".");
    }
    names.sort(Inputs::byCodePoint);
    stack.push(new Frame(dir, shown, names.iterator()));
    return null;
  }

  /**
   * Orders names by their Unicode code points, whatever the locale: {@code B.json}, {@code a.json},
   * {@code z.json}, {@code é.json}. (Unlike {@link String#compareTo}, which compares UTF-16 units and so
   * puts U+1F600 before U+FF5E.)
   *
   * @param a a name, not null
   * @param b another, not null
   * @return negative, zero or positive as {@code a} sorts before, with or after {@code b}
   */
  static int byCodePoint(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int ca = a.codePointAt(i);
      int cb = b.codePointAt(j);
      if (ca != cb) {
        return Integer.compare(ca, cb);
      }
      i += Character.charCount(ca);
      j += Character.charCount(cb);
    }
    return Boolean.compare(i < a.length(), j < b.length());
  }

  private String shown(String argument, Path resolved) {
    Path given = Path.of(argument);
    Path display;
    if (given.isAbsolute()) {
      display = resolved.startsWith(cwd) ? cwd.relativize(resolved) : resolved;
    } else {
      display = given.normalize();
    }
    String text = display.toString().replace(display.getFileSystem().getSeparator(), "/");
    if (text.isEmpty()) {
      return ".";
    }
    return text.length() > 1 && text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
  }

  private static final class Frame {
    final Path dir;
    final String shown;
    final Iterator<String> names;

    Frame(Path dir, String shown, Iterator<String> names) {
      this.dir = dir;
      this.shown = shown;
      this.names = names;
    }
  }
}
