package dev.newsmodel.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsmodel.cli.report.Finding;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every report format over the same scripted tree, against golden files. The scripted checker stands in
 * for the validator, so these files pin the formats, not the validator's messages.
 */
class ReportFormatsTest {
  private static final Path ROOT = Golden.resource("scripted").getParent();

  private static CliRun validate(String... options) {
    String[] args = new String[options.length + 2];
    args[0] = "validate";
    System.arraycopy(options, 0, args, 1, options.length);
    args[args.length - 1] = "scripted";
    return CliRun.run(ROOT, linter -> new ScriptedChecker(1 << 20), new byte[0], args);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "text, scripted.txt",
      "json, scripted.json",
      "github, scripted.github.txt",
      "sarif, scripted.sarif.json"})
  void writesEachFormatAsItsGoldenFile(String format, String golden) {
    CliRun run = validate("--format", format, "--jobs", "3");
    assertEquals(1, run.exitCode(), run::toString);
    // Only sarif, which has no closing line of its own, writes the summary to standard error.
    assertEquals(format.equals("sarif")
        ? "4 files: 3 valid, 1 invalid, 0 not read; 4 problems (1 error, 2 warnings, 1 info)\n" : "",
        run.err(), run::toString);
    // The version is the build's; the golden file says ${version} so it survives releases.
    Golden.assertMatches(golden, run.out().replace("\"" + Version.number() + "\"", "\"${version}\""));
    if (format.equals("json")) {
      assertEquals(java.util.List.of(), ReportSchema.validate(run.out()));
    }
  }

  @Test
  void sarifReportValidatesAgainstTheSarif210Schema() {
    CliRun run = validate("--format", "sarif");
    assertEquals(java.util.List.of(), SarifSchema.validate(run.out()));
  }

  @Test
  void sarifReportWithUnreadableInputsValidatesAgainstTheSarif210Schema() {
    CliRun run = CliRun.run(ROOT, linter -> new ScriptedChecker(1 << 20), new byte[0],
        "validate", "--format", "sarif", "scripted", "missing.json");
    assertEquals(2, run.exitCode(), run::toString);
    assertTrue(run.out().contains("\"executionSuccessful\": false"), run::toString);
    assertTrue(run.out().contains("missing.json: Cannot read the file: no such file or directory."), run::toString);
    assertEquals(java.util.List.of(), SarifSchema.validate(run.out()));
  }

  @Test
  void sarifNamesFilesOutsideTheWorkingDirectoryByAbsoluteFileUri(@org.junit.jupiter.api.io.TempDir Path elsewhere) {
    Path file = ROOT.resolve("scripted/b/d-warning.json").toAbsolutePath();
    CliRun run = CliRun.run(elsewhere, linter -> new ScriptedChecker(1 << 20), new byte[0],
        "validate", "--format", "sarif", file.toString());
    assertEquals(0, run.exitCode(), run::toString);
    assertTrue(run.out().contains("\"uri\": \"" + file.toUri() + "\""), run::toString);
    assertFalse(run.out().contains("\"uriBaseId\""), run::toString);
    assertEquals(java.util.List.of(), SarifSchema.validate(run.out()));
  }

  @Test
  void failOnWarningTurnsWarningsIntoInvalidFiles() {
    CliRun errorsOnly = validate();
    CliRun warningsToo = validate("--fail-on", "warning");
    assertTrue(errorsOnly.out().endsWith("4 files: 3 valid, 1 invalid, 0 not read; "
        + "4 problems (1 error, 2 warnings, 1 info)\n"), errorsOnly::toString);
    assertTrue(warningsToo.out().endsWith("4 files: 2 valid, 2 invalid, 0 not read; "
        + "4 problems (1 error, 2 warnings, 1 info)\n"), warningsToo::toString);
  }

  @Test
  void coloursOnlyOnATerminalWithoutNoColor() {
    CliRun plain = validate();
    CliRun terminal = CliRun.run(ROOT, linter -> new ScriptedChecker(1 << 20), new byte[0], true, Map.of(),
        "validate", "scripted");
    CliRun noColour = CliRun.run(ROOT, linter -> new ScriptedChecker(1 << 20), new byte[0], true,
        Map.of("NO_COLOR", "1"), "validate", "scripted");
    CliRun forced = validate("--color", "always");
    assertFalse(plain.out().contains("\u001b["), plain::toString);
    assertTrue(terminal.out().contains("\u001b[33mwarning\u001b[0m"), terminal::toString);
    assertEquals(plain.out(), noColour.out());
    assertEquals(terminal.out(), forced.out());
    assertEquals(plain.out(), terminal.out().replaceAll("\u001b\\[[0-9;]*m", ""));
  }

  @Test
  void escapesGithubCommandsAsTheRunnerExpects() {
    Finding finding = new Finding("x", dev.newsmodel.core.lint.Severity.WARNING, 2, 3, "",
        "100% sure:\nsecond, line");
    assertEquals("::warning file=a%2Cb%3Ac.json,line=2,col=3,title=x::100%25 sure:\\u000Asecond, line",
        GithubReporter.command("a,b:c.json", finding));
  }
}
