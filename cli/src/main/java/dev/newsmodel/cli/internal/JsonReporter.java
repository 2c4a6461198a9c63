package dev.newsmodel.cli.internal;

import dev.newsmodel.cli.report.FileOutcome;
import dev.newsmodel.cli.report.Finding;
import dev.newsmodel.cli.report.Reporter;
import dev.newsmodel.cli.report.Status;
import dev.newsmodel.cli.report.Summary;
import dev.newsmodel.core.lint.Severity;
import java.io.Writer;
import java.util.Locale;
import tools.jackson.core.JsonGenerator;

/**
 * The machine-readable report: one JSON object with a {@code files} array (every input, its status and
 * its problems; a directory that could not be used is listed with {@code "directory": true}) and a
 * {@code summary}; written as outcomes arrive. Its JSON Schema is the resource
 * {@code /dev/newsmodel/cli/report.schema.json} of the jar.
 *
 * <pre>{@code
 * {
 *   "files": [
 *     {"path": "a.json", "status": "invalid", "problems": [
 *       {"severity": "error", "code": "...", "line": 3, "column": 5, "pointer": "/headline", "message": "..."}]}
 *   ],
 *   "summary": {"files": 1, "valid": 0, "invalid": 1, "notRead": 0, "directoriesNotRead": 0, "problems": 1, "errors": 1,
 *               "warnings": 0, "infos": 0, "failOn": "error", "exitCode": 1}
 * }
 * }</pre>
 */
final class JsonReporter implements Reporter {
  private final JsonGenerator json;

  JsonReporter(Writer out) {
    this.json = JsonOutput.generator(out);
  }

  @Override
  public void begin() {
    json.writeStartObject();
    json.writeName("files");
    json.writeStartArray();
  }

  @Override
  public void file(FileOutcome outcome, Status status) {
    json.writeStartObject();
    json.writeStringProperty("path", outcome.path());
    json.writeStringProperty("status", status.label());
    if (outcome.directory()) {
      json.writeBooleanProperty("directory", true);
    }
    json.writeName("problems");
    json.writeStartArray();
    for (Finding finding : outcome.findings()) {
      json.writeStartObject();
      json.writeStringProperty("severity", label(finding.severity()));
      json.writeStringProperty("code", finding.code());
      if (finding.hasLocation()) {
        json.writeNumberProperty("line", finding.line());
        json.writeNumberProperty("column", finding.column());
      }
      json.writeStringProperty("pointer", finding.pointer());
      json.writeStringProperty("message", finding.message());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
  }

  @Override
  public void end(Summary summary) {
    json.writeEndArray();
    json.writeName("summary");
    json.writeStartObject();
    json.writeNumberProperty("files", summary.files());
    json.writeNumberProperty("valid", summary.valid());
    json.writeNumberProperty("invalid", summary.invalid());
    json.writeNumberProperty("notRead", summary.notRead());
    json.writeNumberProperty("directoriesNotRead", summary.directoriesNotRead());
    json.writeNumberProperty("problems", summary.problems());
    json.writeNumberProperty("errors", summary.errors());
    json.writeNumberProperty("warnings", summary.warnings());
    json.writeNumberProperty("infos", summary.infos());
    json.writeStringProperty("failOn", label(summary.failOn()));
    json.writeNumberProperty("exitCode", summary.exitCode());
    json.writeEndObject();
    json.writeEndObject();
    json.writeRaw('\n');
    json.close();
  }

  static String label(Severity severity) {
    return severity.name().toLowerCase(Locale.ROOT);
  }
}
