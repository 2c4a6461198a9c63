package dev.newsmodel.cli.internal;

import dev.newsmodel.cli.report.FileOutcome;
import dev.newsmodel.cli.report.Finding;
import dev.newsmodel.cli.report.Reporter;
import dev.newsmodel.cli.report.Status;
import dev.newsmodel.cli.report.Summary;
import dev.newsmodel.core.lint.Severity;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JsonGenerator;

/**
 * A SARIF 2.1.0 log with one run, for GitHub code scanning and other SARIF viewers; written as outcomes
 * arrive.
 *
 * <p>Results name their file by a path relative to the repository root ({@code uriBaseId}
 * {@code %SRCROOT%}), as code scanning expects, and their line and column. Inputs that could not be read
 * become tool execution notifications of the run's invocation, which then reports
 * {@code executionSuccessful: false}. Nothing machine-specific (absolute paths, times) is written, so the
 * log is byte-identical on every machine.
 */
final class SarifReporter implements Reporter {
  static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
  static final String SRCROOT = "%SRCROOT%";

  private final JsonGenerator json;
  private final String version;
  private final List<RuleDescription> rules;
  private final Map<String, Integer> ruleIndex = new HashMap<>();
  private final List<FileOutcome> notRead = new ArrayList<>();

  SarifReporter(Writer out, String version, List<RuleDescription> rules) {
    this.json = JsonOutput.generator(out);
    this.version = version;
    this.rules = List.copyOf(rules);
    for (int i = 0; i < this.rules.size(); i++) {
      ruleIndex.putIfAbsent(this.rules.get(i).code(), i);
    }
  }

  @Override
  public void begin() {
    json.writeStartObject();
    json.writeStringProperty("$schema", SCHEMA);
    json.writeStringProperty("version", "2.1.0");
    json.writeName("runs");
    json.writeStartArray();
    json.writeStartObject();
    json.writeName("tool");
    json.writeStartObject();
    json.writeName("driver");
    json.writeStartObject();
    json.writeStringProperty("name", "newsmodel");
    json.writeStringProperty("version", version);
    json.writeStringProperty("informationUri", "https://newsmodel.dev");
    json.writeName("rules");
    json.writeStartArray();
    for (RuleDescription rule : rules) {
      json.writeStartObject();
      json.writeStringProperty("id", rule.code());
      json.writeName("shortDescription");
      json.writeStartObject();
      json.writeStringProperty("text", rule.description());
      json.writeEndObject();
      json.writeName("defaultConfiguration");
      json.writeStartObject();
      json.writeStringProperty("level", level(rule.severity()));
      json.writeEndObject();
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeEndObject();
    json.writeEndObject();
    // The validator counts columns in Unicode code points.
    json.writeStringProperty("columnKind", "unicodeCodePoints");
    json.writeName("results");
    json.writeStartArray();
  }

  @Override
  public void file(FileOutcome outcome, Status status) {
    if (!outcome.checked()) {
      notRead.add(outcome);
      return;
    }
    for (Finding finding : outcome.findings()) {
      json.writeStartObject();
      json.writeStringProperty("ruleId", finding.code());
      Integer index = ruleIndex.get(finding.code());
      if (index != null) {
        json.writeNumberProperty("ruleIndex", index);
      }
      json.writeStringProperty("level", level(finding.severity()));
      message(finding.message());
      json.writeName("locations");
      json.writeStartArray();
      location(outcome.path(), finding);
      json.writeEndArray();
      if (!finding.pointer().isEmpty()) {
        json.writeName("properties");
        json.writeStartObject();
        json.writeStringProperty("jsonPointer", finding.pointer());
        json.writeEndObject();
      }
      json.writeEndObject();
    }
  }

  @Override
  public void end(Summary summary) {
    json.writeEndArray();
    json.writeName("invocations");
    json.writeStartArray();
    json.writeStartObject();
    json.writeBooleanProperty("executionSuccessful", summary.notRead() == 0 && summary.directoriesNotRead() == 0);
    json.writeNumberProperty("exitCode", summary.exitCode());
    if (!notRead.isEmpty()) {
      json.writeName("toolExecutionNotifications");
      json.writeStartArray();
      for (FileOutcome outcome : notRead) {
        for (Finding finding : outcome.findings()) {
          json.writeStartObject();
          json.writeName("descriptor");
          json.writeStartObject();
          json.writeStringProperty("id", finding.code());
          json.writeEndObject();
          json.writeStringProperty("level", "error");
          message(outcome.path() + ": " + finding.message());
          json.writeName("locations");
          json.writeStartArray();
          location(outcome.path(), finding);
          json.writeEndArray();
          json.writeEndObject();
        }
      }
      json.writeEndArray();
    }
    json.writeEndObject();
    json.writeEndArray();
    json.writeEndObject();
    json.writeEndArray();
    json.writeEndObject();
    json.writeRaw('\n');
    json.close();
  }

  /** Writes a result's message; viewers show it as text, so controls from the input are made visible. */
  private void message(String text) {
    json.writeName("message");
    json.writeStartObject();
    json.writeStringProperty("text", Visible.escape(text));
    json.writeEndObject();
  }

  private void location(String path, Finding finding) {
    json.writeStartObject();
    json.writeName("physicalLocation");
    json.writeStartObject();
    json.writeName("artifactLocation");
    json.writeStartObject();
    // Paths inside the working directory are relative; others are absolute: /x on Unix, C:/x on Windows.
    boolean absolute = path.startsWith("/") || (path.length() > 2 && path.charAt(1) == ':' && path.charAt(2) == '/');
    json.writeStringProperty("uri", absolute ? (path.startsWith("/") ? "file://" : "file:///") + uri(path) : uri(path));
    if (!absolute) {
      json.writeStringProperty("uriBaseId", SRCROOT);
    }
    json.writeEndObject();
    if (finding.hasLocation()) {
      json.writeName("region");
      json.writeStartObject();
      json.writeNumberProperty("startLine", finding.line());
      if (finding.column() > 0) {
        json.writeNumberProperty("startColumn", finding.column());
      }
      json.writeEndObject();
    }
    json.writeEndObject();
    json.writeEndObject();
  }

  static String level(Severity severity) {
    switch (severity) {
      case ERROR:
        return "error";
      case WARNING:
        return "warning";
      default:
        return "note";
    }
  }

  /**
   * Percent-encodes a {@code /}-separated path as a URI reference: every byte of its UTF-8 form outside
   * RFC 3986's unreserved characters and {@code /} is encoded.
   */
  static String uri(String path) {
    StringBuilder uri = new StringBuilder(path.length() + 8);
    for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || c == '-' || c == '.' || c == '_' || c == '~' || c == '/') {
        uri.append((char) c);
      } else {
        uri.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
    return uri.toString();
  }
}
