package dev.newsmodel.cli.internal;

import dev.newsmodel.cli.report.FileOutcome;
import dev.newsmodel.cli.report.Finding;
import dev.newsmodel.json.ProblemCode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.text.NumberFormat;
import java.util.Arrays;
import java.util.Locale;

/** Reads an input's bytes, never more than a limit, so a huge or endless input cannot exhaust memory. */
final class InputReader {
  /** Code for an input larger than the limit. */
  static final String TOO_LARGE = ProblemCode.LIMIT_DOCUMENT_SIZE.code();

  private InputReader() {}

  /** The bytes of an input, or the outcome that replaces them. */
  static final class Read {
    final byte[] bytes;
    final FileOutcome outcome;

    private Read(byte[] bytes, FileOutcome outcome) {
      this.bytes = bytes;
      this.outcome = outcome;
    }
  }

  /**
   * Reads a file, following symbolic links, if it is a regular file. Anything else (a directory, a FIFO,
   * a device, a socket) is not opened, since opening a FIFO or a terminal waits for a writer that may
   * never come: its outcome says what it is.
   */
  static Read file(Path file, String shown, long limit) {
    try {
      BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
      if (!attributes.isRegularFile()) {
        return new Read(null, FileOutcome.unreadable(shown, ProblemCode.IO_UNREADABLE.code(),
            "Cannot read the file: it is " + kind(file, attributes) + ", not a regular file"
                + (attributes.isDirectory() ? "." : "; give '-' to read standard input.")));
      }
      long size = attributes.size();
      if (size > limit) {
        return new Read(null, tooLarge(shown, "has " + bytes(size), limit));
      }
      try (InputStream in = Files.newInputStream(file)) {
        // A buffer of the size the file has: a run over a tree reads thousands of files of a few
        // kilobytes, and a 64 KiB buffer for each, copied down to the file's length, was most of
        // the bytes the command allocated. A file that grows while it is read still grows the
        // buffer, up to the limit.
        return bounded(in, shown, limit, size);
      }
    } catch (IOException | SecurityException e) {
      return new Read(null, FileOutcome.unreadable(shown, ProblemCode.IO_UNREADABLE.code(),
          "Cannot read the file: " + IoMessages.describe(e) + "."));
    }
  }

  /**
   * Names what a path that is not a regular file is, such as {@code a named pipe (FIFO)}: from the Unix
   * file mode where the platform offers it, else in general terms.
   */
  static String kind(Path file, BasicFileAttributes attributes) {
    if (attributes.isDirectory()) {
      return "a directory";
    }
    try {
      Object mode = Files.getAttribute(file, "unix:mode");
      if (mode instanceof Integer) {
        switch ((Integer) mode & 0170000) {
          case 0010000:
            return "a named pipe (FIFO)";
          case 0020000:
            return "a character device";
          case 0060000:
            return "a block device";
          case 0140000:
            return "a socket";
          default:
            break;
        }
      }
    } catch (IOException | UnsupportedOperationException | IllegalArgumentException | SecurityException e) {
      // No Unix view here: fall back to the general words.
    }
    return "a device, pipe or socket";
  }

  static Read stream(InputStream in, String shown, long limit) {
    try {
      return bounded(in, shown, limit, 64 * 1024);
    } catch (IOException e) {
      return new Read(null, FileOutcome.unreadable(shown, ProblemCode.IO_UNREADABLE.code(),
          "Cannot read standard input: " + IoMessages.describe(e) + "."));
    }
  }

  /**
   * Reads to the end, or to one byte beyond the limit. When the buffer is full, one byte more is read
   * to see whether the input ends there, so that an input of exactly the expected size is neither
   * copied into a bigger buffer nor copied down to its length.
   *
   * @param expected the buffer's first size: the file's size, or a guess for a stream
   */
  private static Read bounded(InputStream in, String shown, long limit, long expected) throws IOException {
    int cap = (int) Math.min(limit + 1, Integer.MAX_VALUE - 8);
    byte[] buffer = new byte[(int) Math.min(cap, expected)];
    int length = 0;
    while (true) {
      if (length == buffer.length) {
        if (length >= cap) {
          return new Read(null, tooLarge(shown, "has more than " + bytes(limit), limit));
        }
        int next = in.read();
        if (next < 0) {
          break;
        }
        buffer = Arrays.copyOf(buffer, (int) Math.min(Math.max((long) buffer.length * 2, 8192), cap));
        buffer[length++] = (byte) next;
        continue;
      }
      int n = in.read(buffer, length, buffer.length - length);
      if (n < 0) {
        break;
      }
      length += n;
    }
    if (length > limit) {
      return new Read(null, tooLarge(shown, "has more than " + bytes(limit), limit));
    }
    return new Read(length == buffer.length ? buffer : Arrays.copyOf(buffer, length), null);
  }

  private static FileOutcome tooLarge(String shown, String what, long limit) {
    return new FileOutcome(shown, true, java.util.List.of(Finding.ofInput(TOO_LARGE,
        "The document " + what + "; the limit is " + bytes(limit) + ", so it was not read.")));
  }

  private static String bytes(long n) {
    return NumberFormat.getIntegerInstance(Locale.ROOT).format(n) + " bytes";
  }
}
