package dev.newsmodel.cli.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Writes a file so that nothing is lost: the content goes to a new temporary file beside the target,
 * which is moved into place (atomically where the file system can) only once it is completely written
 * and forced to the disk. A failure at any point removes the temporary file and leaves the target as it
 * was, or absent if it was absent: never truncated, never half written.
 *
 * <p>A target that is a symbolic link is written through: the file it names is replaced, the link kept.
 * A target that exists and is not a regular file (a device such as {@code /dev/null}, a FIFO) is written
 * directly, since it cannot be replaced and holds nothing to lose. A target that is a directory is an
 * error.
 */
final class AtomicOutput {
  /** What to write. */
  interface Content {
    /**
     * Writes the content.
     *
     * @param out where to write, not null; closed by the caller
     * @throws IOException if writing fails
     */
    void writeTo(Writer out) throws IOException;
  }

  /** A target that cannot be written, with the reason as a phrase, such as {@code it is a directory}. */
  static final class Refused extends IOException {
    private static final long serialVersionUID = 1L;

    Refused(String reason) {
      super(reason);
    }
  }

  private AtomicOutput() {}

  /**
   * Writes the content to the target as UTF-8, creating its missing parent directories.
   *
   * @param target the file to write, not null
   * @param content what to write, not null
   * @throws IOException if the target cannot be written; it is then left as it was
   */
  static void write(Path target, Content content) throws IOException {
    Path file = target.toAbsolutePath();
    if (Files.exists(file)) {
      file = file.toRealPath();
      BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
      if (attributes.isDirectory()) {
        throw new Refused("it is a directory");
      }
      if (!attributes.isRegularFile()) {
        try (Writer out = writer(Files.newOutputStream(file))) {
          content.writeTo(out);
        }
        return;
      }
    }
    Path parent = file.getParent();
    createDirectories(parent);
    Path temp = null;
    boolean moved = false;
    try {
      FileChannel channel = null;
      for (int attempt = 0; channel == null; attempt++) {
        temp = parent.resolve("." + file.getFileName() + "." + Long.toHexString(ThreadLocalRandom.current().nextLong())
            .toUpperCase(Locale.ROOT) + ".tmp");
        try {
          channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (FileAlreadyExistsException e) {
          if (attempt == 16) {
            throw e;
          }
          temp = null;
        }
      }
      try (FileChannel open = channel; Writer out = writer(Channels.newOutputStream(open))) {
        copyPermissions(file, temp);
        content.writeTo(out);
        out.flush();
        open.force(true);
      }
      try {
        Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
      }
      moved = true;
    } finally {
      if (temp != null && !moved) {
        try {
          Files.deleteIfExists(temp);
        } catch (IOException | SecurityException e) {
          // The write has already failed; that failure is the one to report.
        }
      }
    }
  }

  private static Writer writer(OutputStream out) {
    return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 64 * 1024);
  }

  /** Creates the missing directories, saying which existing one is not a directory. */
  private static void createDirectories(Path dir) throws IOException {
    try {
      Files.createDirectories(dir);
    } catch (FileSystemException e) {
      // FileAlreadyExistsException for the last name, "Not a directory" for one further up.
      for (Path p = dir; p != null; p = p.getParent()) {
        if (Files.exists(p, LinkOption.NOFOLLOW_LINKS) && !Files.isDirectory(p)) {
          throw new Refused(p.getFileName() + " is a file, so the directory cannot be created");
        }
      }
      throw e;
    }
  }

  /** Gives the new file the old one's permissions, so replacing a file does not change who can read it. */
  private static void copyPermissions(Path from, Path to) {
    try {
      if (Files.exists(from)) {
        Files.setPosixFilePermissions(to, Files.getPosixFilePermissions(from));
      }
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      // Not a POSIX file system, or not allowed: keep the new file's default permissions.
    }
  }
}
