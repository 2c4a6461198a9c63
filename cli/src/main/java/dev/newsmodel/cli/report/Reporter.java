package dev.newsmodel.cli.report;

import java.io.IOException;

/**
 * Writes a validation report as outcomes arrive, one input at a time, so nothing is held per file.
 * Called from one thread: {@link #begin()} once, {@link #file} for each input in report order, then
 * {@link #end} once. {@link Validation#jsonReport} and {@link Validation#sarifReport} give the
 * {@code json} and {@code sarif} formats of {@code newsmodel validate}.
 */
public interface Reporter {
  /**
   * Writes what comes before the first outcome.
   *
   * @throws IOException if the output cannot be written
   */
  void begin() throws IOException;

  /**
   * Writes one input's outcome.
   *
   * @param outcome the outcome, not null
   * @param status its verdict, not null
   * @throws IOException if the output cannot be written
   */
  void file(FileOutcome outcome, Status status) throws IOException;

  /**
   * Writes what comes after the last outcome and flushes.
   *
   * @param summary the counts, not null
   * @throws IOException if the output cannot be written
   */
  void end(Summary summary) throws IOException;
}
