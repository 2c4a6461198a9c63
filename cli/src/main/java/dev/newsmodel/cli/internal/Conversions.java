package dev.newsmodel.cli.internal;

import dev.newsmodel.cli.report.FileOutcome;
import dev.newsmodel.cli.report.Finding;
import dev.newsmodel.core.Article;
import dev.newsmodel.json.ProblemCode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/** Converts one document's bytes and writes the result: the step {@code convert} and the Maven plugin share. */
final class Conversions {
  private Conversions() {}

  /**
   * Converts one document; never throws because of its content or a failed write.
   *
   * @param from the input format
   * @param to the output format, writable
   * @param options the zone, base URI and language
   * @param bytes the document
   * @param shown its path as shown
   * @param inputFile the file it was read from, or null for standard input
   * @param target where to write, or null for {@code stdout}
   * @param cwd what shown output paths are relative to
   * @param stdout where output goes without a target
   * @param onBug told of an exception a reader or writer should never have thrown
   * @return the outcome: the findings, and whether the output was written
   * @throws IOException if {@code stdout} cannot be written
   */
  static FileOutcome convert(Interchange from, Interchange to, Interchange.Options options, byte[] bytes,
      String shown, @Nullable Path inputFile, @Nullable Path target, Path cwd, OutputStream stdout,
      Consumer<Throwable> onBug) throws IOException {
    List<Finding> findings = new ArrayList<>();
    Interchange.Written written;
    try {
      Interchange.Read result = from.read(bytes, shown, options);
      findings.addAll(result.findings());
      Optional<Article> article = result.article();
      if (article.isEmpty()) {
        return new FileOutcome(shown, true, findings);
      }
      written = to.write(article.get());
    } catch (RuntimeException | StackOverflowError e) {
      onBug.accept(e);
      return FileOutcome.unreadable(shown, ProblemCode.INTERNAL_ERROR.code(), "newsmodel failed on this file ("
          + e.getClass().getSimpleName() + "); run with --debug for details and report it.");
    }
    findings.addAll(written.findings());
    if (target == null) {
      stdout.write(written.text().getBytes(StandardCharsets.UTF_8));
      stdout.flush();
      return new FileOutcome(shown, true, findings);
    }
    String refusal = refusal(inputFile, target);
    if (refusal == null) {
      try {
        AtomicOutput.write(target, w -> w.write(written.text()));
      } catch (IOException e) {
        refusal = e instanceof AtomicOutput.Refused ? e.getMessage() : IoMessages.describe(e);
      }
    }
    if (refusal != null) {
      findings.add(Finding.ofInput(ProblemCode.IO_UNWRITABLE.code(), "Cannot write " + shown(cwd, target) + ": "
          + refusal + "; nothing was written."));
      return new FileOutcome(shown, false, findings);
    }
    return new FileOutcome(shown, true, findings);
  }

  /** Why a target cannot be written before trying: it is the input itself; or null. */
  private static @Nullable String refusal(@Nullable Path inputFile, Path target) {
    if (inputFile == null) {
      return null;
    }
    Path in = inputFile.toAbsolutePath().normalize();
    boolean same = in.equals(target.toAbsolutePath().normalize());
    if (!same && Files.exists(target)) {
      try {
        same = Files.isSameFile(in, target);
      } catch (IOException | SecurityException e) {
        same = false;
      }
    }
    return same ? "it is the input file, which the output would replace" : null;
  }

  private static String shown(Path cwd, Path target) {
    Path base = cwd.toAbsolutePath().normalize();
    Path abs = target.toAbsolutePath().normalize();
    return (abs.startsWith(base) ? base.relativize(abs) : abs).toString().replace('\\', '/');
  }
}
