package dev.newsmodel.cli.internal;

import dev.newsmodel.cli.report.FileOutcome;
import dev.newsmodel.cli.report.Finding;
import dev.newsmodel.cli.report.Reporter;
import dev.newsmodel.cli.report.Status;
import dev.newsmodel.cli.report.Summary;
import dev.newsmodel.core.lint.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

/**
 * The human report: one line per problem, {@code path:line:col: severity code message}, grouped by file
 * with a blank line between files, then the summary line. Colour only when asked.
 */
final class TextReporter implements Reporter {
  private final Writer out;
  private final boolean colour;
  private boolean first = true;

  TextReporter(Writer out, boolean colour) {
    this.out = out;
    this.colour = colour;
  }

  @Override
  public void begin() {}

  @Override
  public void file(FileOutcome outcome, Status status) throws IOException {
    if (outcome.findings().isEmpty()) {
      return;
    }
    if (!first) {
      out.write('\n');
    }
    first = false;
    for (Finding finding : outcome.findings()) {
      out.write(line(outcome.path(), finding, colour));
      out.write('\n');
    }
  }

  @Override
  public void end(Summary summary) throws IOException {
    if (!first) {
      out.write('\n');
    }
    String line = summary.line();
    if (colour) {
      line = (summary.exitCode() == Summary.EXIT_VALID ? Ansi.GREEN : Ansi.RED) + line + Ansi.RESET;
    }
    out.write(line);
    out.write('\n');
    out.flush();
  }

  /**
   * Returns one problem as {@code path:line:col: severity code message}, or {@code path: severity code
   * message} when it has no line. The path, code and message are passed through {@link Visible#escape},
   * so a line break or a terminal control from the input cannot split the line or reach the terminal.
   *
   * @param path the path as shown, not null
   * @param finding the finding, not null
   * @param colour whether to colour the path and severity
   * @return the line without its line break, not null
   */
  static String line(String path, Finding finding, boolean colour) {
    StringBuilder line = new StringBuilder(128);
    if (colour) {
      line.append(Ansi.BOLD);
    }
    line.append(Visible.escape(path));
    if (finding.hasLocation()) {
      line.append(':').append(finding.line()).append(':').append(Math.max(finding.column(), 1));
    }
    line.append(':');
    if (colour) {
      line.append(Ansi.RESET);
    }
    line.append(' ');
    String severity = finding.severity().name().toLowerCase(Locale.ROOT);
    if (colour) {
      line.append(Ansi.of(finding.severity())).append(severity).append(Ansi.RESET);
    } else {
      line.append(severity);
    }
    line.append(' ').append(Visible.escape(finding.code()));
    if (!finding.hasLocation() && !finding.pointer().isEmpty()) {
      // A conversion names its place by a pointer or an element path rather than a line.
      line.append(" at ").append(Visible.escape(finding.pointer()));
    }
    line.append(' ').append(Visible.escape(finding.message()));
    return line.toString();
  }

  /** ANSI SGR sequences. */
  static final class Ansi {
    static final String RESET = "\u001b[0m";
    static final String BOLD = "\u001b[1m";
    static final String RED = "\u001b[31m";
    static final String GREEN = "\u001b[32m";
    static final String YELLOW = "\u001b[33m";
    static final String CYAN = "\u001b[36m";

    private Ansi() {}

    static String of(Severity severity) {
      switch (severity) {
        case ERROR:
          return BOLD + RED;
        case WARNING:
          return YELLOW;
        default:
          return CYAN;
      }
    }
  }
}
