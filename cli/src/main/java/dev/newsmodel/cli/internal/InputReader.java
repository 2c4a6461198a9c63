package dev.newsmodel.cli.internal;

import dev.newsmodel.json.ProblemCode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
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

  static Read file(Path file, String shown, long limit) {
    try {
      if (Files.isDirectory(file)) {
        return new Read(null, FileOutcome.unreadable(shown, ProblemCode.IO_UNREADABLE.code(), "Cannot read the file: it is a directory."));
      }
      if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS) || Files.isRegularFile(file)) {
        long size = Files.size(file);
        if (size > limit) {
          return new Read(null, tooLarge(shown, "has " + bytes(size), limit));
        }
      }
      try (InputStream in = Files.newInputStream(file)) {
        return bounded(in, shown, limit);
      }
    } catch (IOException | SecurityException e) {
      return new Read(null, FileOutcome.unreadable(shown, ProblemCode.IO_UNREADABLE.code(),
          "Cannot read the file: " + IoMessages.describe(e) + "."));
    }
  }

  static Read stream(InputStream in, String shown, long limit) {
    try {
      return bounded(in, shown, limit);
    } catch (IOException e) {
      return new Read(null, FileOutcome.unreadable(shown, ProblemCode.IO_UNREADABLE.code(),
          "Cannot read standard input: " + IoMessages.describe(e) + "."));
    }
  }

  private static Read bounded(InputStream in, String shown, long limit) throws IOException {
    int cap = (int) Math.min(limit + 1, Integer.MAX_VALUE - 8);
    byte[] buffer = new byte[(int) Math.min(cap, 64 * 1024)];
    int length = 0;
    while (true) {
      if (length == buffer.length) {
        if (length >= cap) {
          return new Read(null, tooLarge(shown, "has more than " + bytes(limit), limit));
        }
        buffer = Arrays.copyOf(buffer, (int) Math.min((long) buffer.length * 2, cap));
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
