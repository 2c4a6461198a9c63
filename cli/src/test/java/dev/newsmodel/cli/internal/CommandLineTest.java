package dev.newsmodel.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsmodel.cli.report.Finding;
import dev.newsmodel.core.lint.LintRule;
import dev.newsmodel.core.lint.Linter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Usage errors, help, version and options, in process. */
class CommandLineTest {
  private static final Path ROOT = Golden.resource("scripted").getParent();

  private static CliRun run(String... args) {
    return CliRun.run(ROOT, linter -> new ScriptedChecker(1 << 20), new byte[0], args);
  }

  /** One line on standard error, nothing on standard output, exit 2, no stack trace. */
  private static void assertUsageError(CliRun run, String expected) {
    assertEquals(2, run.exitCode(), run::toString);
    assertEquals("", run.out(), run::toString);
    assertEquals(1, run.err().lines().count(), run::toString);
    assertTrue(run.err().contains(expected), run::toString);
    assertFalse(run.err().contains("\tat "), run::toString);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "(none)                                | newsmodel: missing command (try 'newsmodel --help')",
      "frobnicate                            | newsmodel: unmatched argument at index 0: 'frobnicate'",
      "validate --frobnicate scripted        | newsmodel validate: unknown option: '--frobnicate'",
      "validate --formt json scripted        | did you mean --format?",
      "validate --format xml scripted        | expected one of [text, json, github, sarif]",
      "validate --fail-on info scripted      | expected one of [error, warning]",
      "validate                              | newsmodel validate: missing required parameter: 'PATH'",
      "validate --jobs 0 scripted            | newsmodel validate: --jobs must be between 1 and 512, got 0",
      "validate - - scripted                 | '-' (standard input) can be given only once",
      "validate --disable nope,teaser-order scripted | newsmodel validate: --disable: unknown lint code 'nope'; known codes: headline-length, summary-missing",
      "render                                | newsmodel render: missing required parameter: 'FILE'",
      "rules extra                           | newsmodel rules: unmatched argument at index 1: 'extra'"})
  void reportsUsageErrorsAsOneLineWithExitCode2(String args, String expected) {
    String[] split = args.equals("(none)") ? new String[0] : args.split(" ");
    assertUsageError(run(split), expected);
  }

  @Test
  void printsTheVersion() {
    CliRun run = run("--version");
    assertEquals(0, run.exitCode());
    assertTrue(run.out().startsWith("newsmodel " + Version.number() + "\n"), run::toString);
    assertFalse(Version.number().contains("${"), "the build fills in the version");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "validate", "render", "schema", "rules"})
  void helpOfEveryCommandHasExamples(String command) {
    CliRun run = command.isEmpty() ? run("--help") : run(command, "--help");
    assertEquals(0, run.exitCode(), run::toString);
    assertTrue(run.out().contains("Usage: newsmodel"), run::toString);
    assertTrue(run.out().contains("Examples:\n  newsmodel " + command), run::toString);
    assertEquals("", run.err());
  }

  @Test
  void listsTheLintRulesThenTheProblemCodes() {
    CliRun run = run("rules");
    assertEquals(0, run.exitCode(), run::toString);
    Golden.assertMatches("rules.txt", run.out());
    for (LintRule rule : LintRule.values()) {
      assertTrue(run.out().contains(rule.code()), rule.code());
    }
    for (dev.newsmodel.json.ProblemCode code : dev.newsmodel.json.ProblemCode.values()) {
      assertTrue(run.out().contains("\n" + code.code() + " "), code.code());
    }
  }

  @Test
  void listsEveryCodeAsJson() {
    CliRun run = run("rules", "--format", "json");
    assertEquals(0, run.exitCode(), run::toString);
    tools.jackson.databind.JsonNode list = tools.jackson.databind.json.JsonMapper.builder().build().readTree(run.out());
    assertEquals(LintRule.values().length + dev.newsmodel.json.ProblemCode.values().length
        + dev.newsmodel.core.convert.ConversionCode.values().length, list.size());
    assertEquals("headline-length", list.get(0).get("code").asString());
    assertEquals("lint", list.get(0).get("kind").asString());
    assertEquals("warning", list.get(0).get("severity").asString());
    tools.jackson.databind.JsonNode problem = list.get(list.size() - 1 - dev.newsmodel.core.convert.ConversionCode.values().length);
    assertEquals("internal.error", problem.get("code").asString());
    assertEquals("problem", problem.get("kind").asString());
    assertEquals("error", problem.get("severity").asString());
    assertTrue(problem.get("description").asString().endsWith("."), problem.toString());
    tools.jackson.databind.JsonNode last = list.get(list.size() - 1);
    assertEquals("export.lost", last.get("code").asString());
    assertEquals("conversion", last.get("kind").asString());
    assertEquals("warning", last.get("severity").asString());
  }

  @Test
  void switchesOffLintRulesByCode() {
    List<Linter> linters = new ArrayList<>();
    CliRun run = CliRun.run(ROOT, linter -> {
      linters.add(linter);
      return new ScriptedChecker(1 << 20);
    }, new byte[0], "validate", "--disable", "summary-missing,teaser-order", "--disable", "byline-missing",
        "scripted/a-valid.json");
    assertEquals(0, run.exitCode(), run::toString);
    Linter linter = linters.get(0);
    for (LintRule rule : LintRule.values()) {
      boolean off = rule == LintRule.SUMMARY_MISSING || rule == LintRule.TEASER_ORDER
          || rule == LintRule.BYLINE_MISSING;
      assertEquals(!off, linter.isEnabled(rule), rule.code());
    }
  }

  @Test
  void noLintSwitchesOffEveryRule() {
    List<Linter> linters = new ArrayList<>();
    CliRun.run(ROOT, linter -> {
      linters.add(linter);
      return new ScriptedChecker(1 << 20);
    }, new byte[0], "validate", "--no-lint", "scripted/a-valid.json");
    for (LintRule rule : LintRule.values()) {
      assertFalse(linters.get(0).isEnabled(rule), rule.code());
    }
  }

  @Test
  void exitsWith0WhenEveryFileIsValid() {
    CliRun run = run("validate", "scripted/a-valid.json");
    assertEquals(0, run.exitCode(), run::toString);
    assertEquals("1 file: 1 valid, 0 invalid, 0 not read; 0 problems (0 errors, 0 warnings, 0 info)\n",
        run.out());
  }

  @Test
  void readsStandardInputForDash() {
    byte[] script = "error 2 4 /headline schema-type bad headline\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    CliRun run = CliRun.run(ROOT, linter -> new ScriptedChecker(1 << 20), script, "validate", "-");
    assertEquals(1, run.exitCode(), run::toString);
    assertTrue(run.out().startsWith("<stdin>:2:4: error schema-type bad headline\n"), run::toString);
  }

  @Test
  void checksTheOtherFilesWhenOneCannotBeRead() {
    CliRun run = run("validate", "missing.json", "scripted/b");
    assertEquals(2, run.exitCode(), run::toString);
    assertTrue(run.out().startsWith("missing.json: error io.unreadable Cannot read the file: no such file or directory.\n\n"
        + "scripted/b/c-errors.json:1:1:"), run::toString);
    assertTrue(run.out().endsWith("3 files: 1 valid, 1 invalid, 1 not read; 4 problems (2 errors, 2 warnings, 0 info)\n"),
        run::toString);
  }

  private static final DocumentChecker BROKEN = new DocumentChecker() {
    @Override
    public List<Finding> check(byte[] document, String path) {
      throw new IllegalStateException("a bug in the checker");
    }

    @Override
    public long maxDocumentBytes() {
      return 1 << 20;
    }
  };

  @Test
  void reportsACheckerBugAsOneLinePerFileAndAStackTraceOnlyWithDebug() {
    CliRun plain = CliRun.run(ROOT, linter -> BROKEN, new byte[0], "validate", "scripted/b");
    CliRun debug = CliRun.run(ROOT, linter -> BROKEN, new byte[0], "validate", "--debug", "scripted/b");
    assertEquals(2, plain.exitCode(), plain::toString);
    assertTrue(plain.out().startsWith("scripted/b/c-errors.json: error internal.error newsmodel failed on this "
        + "file (IllegalStateException); run with --debug for details and report it.\n"), plain::toString);
    assertEquals("", plain.err(), plain::toString);
    assertEquals(plain.out(), debug.out());
    assertTrue(debug.err().contains("java.lang.IllegalStateException: a bug in the checker\n\tat "), debug::toString);
  }
}
