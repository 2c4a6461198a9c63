package dev.newsmodel.cli.internal;

import dev.newsmodel.cli.report.FileOutcome;
import dev.newsmodel.cli.report.Finding;
import dev.newsmodel.cli.report.Reporter;
import dev.newsmodel.cli.report.Status;
import dev.newsmodel.cli.report.Summary;
import java.io.IOException;
import java.io.Writer;

/**
 * GitHub Actions workflow commands, one per problem, such as
 * {@code ::error file=a.json,line=3,col=5,title=schema-type::expected a string}, which GitHub shows as
 * annotations on those lines; then the summary line. Severity info becomes a {@code notice}.
 */
final class GithubReporter implements Reporter {
  private final Writer out;

  GithubReporter(Writer out) {
    this.out = out;
  }

  @Override
  public void begin() {}

  @Override
  public void file(FileOutcome outcome, Status status) throws IOException {
    for (Finding finding : outcome.findings()) {
      out.write(command(outcome.path(), finding));
      out.write('\n');
    }
  }

  @Override
  public void end(Summary summary) throws IOException {
    out.write(summary.line());
    out.write('\n');
    out.flush();
  }

  static String command(String path, Finding finding) {
    StringBuilder line = new StringBuilder(128).append("::");
    switch (finding.severity()) {
      case ERROR:
        line.append("error");
        break;
      case WARNING:
        line.append("warning");
        break;
      default:
        line.append("notice");
        break;
    }
    line.append(" file=").append(property(path));
    if (finding.hasLocation()) {
      line.append(",line=").append(finding.line());
      if (finding.column() > 0) {
        line.append(",col=").append(finding.column());
      }
    }
    line.append(",title=").append(property(finding.code()));
    line.append("::").append(data(finding.message()));
    return line.toString();
  }

  /**
   * Escapes a command's message: first every control and bidirectional character as a visible
   * <code>&#92;uXXXX</code> ({@link Visible#escape}), since the log shows the command and GitHub interprets ANSI
   * sequences in logs; then {@code %} as the Actions runner expects.
   */
  static String data(String text) {
    return Visible.escape(text).replace("%", "%25");
  }

  /** Escapes a command property's value as the Actions runner expects. */
  static String property(String text) {
    return data(text).replace(":", "%3A").replace(",", "%2C");
  }
}
