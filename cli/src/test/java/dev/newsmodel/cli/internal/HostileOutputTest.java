package dev.newsmodel.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Text from the input that could act on a terminal or a log viewer (ESC sequences, BEL, line breaks,
 * C1 controls, line separators, bidirectional overrides, lone surrogates), in a property name or in a
 * file name, through the real validator and every report format: it never reaches the output raw.
 */
class HostileOutputTest {
  private static final Path REFERENCE = Golden.resource("articles/valid/reference-article.json");
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  /** Hostile text, each with what it tries. */
  static Stream<Arguments> hostile() {
    return Stream.of(
        Arguments.of("ESC colour", "\u001b[31mred\u001b[0m"),
        Arguments.of("ESC clear screen and OSC title", "\u001b[2J\u001b]0;pwned\u0007"),
        Arguments.of("BEL", "bell\u0007"),
        Arguments.of("CR overwrites the line", "ok\rerror"),
        Arguments.of("LF forges a line", "x\n::error file=forged.json::forged"),
        Arguments.of("TAB and NUL", "a\tb\u0000c"),
        Arguments.of("DEL and C1 CSI", "del\u007f csi\u009b31m nel\u0085"),
        Arguments.of("line and paragraph separators", "ls\u2028ps\u2029"),
        Arguments.of("right-to-left override", "\u202enosj.txt"),
        Arguments.of("isolates and marks", "\u2066a\u2069\u2067b\u2069\u2068c\u2069\u200e\u200f\u061c"),
        Arguments.of("embeddings", "\u202aa\u202c\u202bb\u202c\u202dc\u202c"));
  }

  /** The hostile texts, and lone surrogates, which a string value can hold but a file name cannot. */
  static Stream<Arguments> hostileValues() {
    return Stream.concat(hostile(), Stream.of(
        Arguments.of("lone high surrogate", "a\ud800b"),
        Arguments.of("lone low surrogate", "\udc00"),
        Arguments.of("pair kept", "\ud83d\ude00\u202e")));
  }

  private static String jsonEscaped(String text) {
    StringBuilder out = new StringBuilder();
    for (char c : text.toCharArray()) {
      if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\') {
        out.append(c);
      } else {
        out.append(String.format(Locale.ROOT, "\\u%04X", (int) c));
      }
    }
    return out.toString();
  }

  /** The reference article with one unknown top-level property of that name: a schema error naming it. */
  private static String articleWithKey(String key) throws IOException {
    String reference = Files.readString(REFERENCE, StandardCharsets.UTF_8);
    return "{\n  \"" + jsonEscaped(key) + "\": 1," + reference.substring(reference.indexOf('{') + 1);
  }

  private static CliRun validate(Path cwd, String format, String... paths) {
    List<String> args = new ArrayList<>(List.of("validate", "--format", format));
    args.addAll(List.of(paths));
    return CliRun.run(cwd, ArticleChecker::of, new byte[0], args.toArray(new String[0]));
  }

  /** No line of the output holds a control (other than the line breaks between lines) or a bidi control. */
  private static void assertNothingRaw(String output, String what) {
    for (String line : output.split("\n", -1)) {
      int at = ReportPropertiesTest.firstUnsafe(line);
      assertEquals(-1, at, () -> what + ": raw U+" + String.format(Locale.ROOT, "%04X", (int) line.charAt(at))
          + " in " + line);
    }
  }

  @ParameterizedTest(name = "property name: {0}")
  @MethodSource("hostile")
  void aHostilePropertyNameNeverReachesTheOutputRaw(String what, String key, @TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("a.json"), articleWithKey(key), StandardCharsets.UTF_8);
    for (String format : List.of("text", "github", "sarif", "json")) {
      CliRun run = validate(dir, format, "a.json");
      assertEquals(1, run.exitCode(), run::toString);
      assertNothingRaw(run.out(), format + " stdout");
      assertNothingRaw(run.err(), format + " stderr");
      assertTrue(run.out().contains("schema.additionalProperties"), run::toString);
    }
    CliRun text = validate(dir, "text", "a.json");
    assertTrue(text.out().contains("unknown property \"" + Visible.escape(key) + "\""), text::toString);
    // The json report is data: read back, the message holds the name exactly.
    String jsonReport = validate(dir, "json", "a.json").out();
    assertEquals(List.of(), ReportSchema.validate(jsonReport));
    JsonNode json = MAPPER.readTree(jsonReport);
    String message = json.get("files").get(0).get("problems").get(0).get("message").asString();
    assertTrue(message.contains("\"" + key + "\""), message);
    // A SARIF viewer shows message.text as text: it holds the visible escapes.
    JsonNode sarif = MAPPER.readTree(validate(dir, "sarif", "a.json").out());
    String text2 = sarif.get("runs").get(0).get("results").get(0).get("message").get("text").asString();
    assertEquals(-1, ReportPropertiesTest.firstUnsafe(text2), text2);
    assertTrue(text2.contains(Visible.escape(key)), text2);
    CliRun render = CliRun.run(dir, ArticleChecker::of, new byte[0], "render", "a.json");
    assertEquals(1, render.exitCode(), render::toString);
    assertNothingRaw(render.err(), "render stderr");
  }

  @ParameterizedTest(name = "quoted value: {0}")
  @MethodSource("hostileValues")
  void aHostileValueQuotedInAMessageNeverReachesTheOutputRaw(String what, String value, @TempDir Path dir)
      throws IOException {
    String reference = Files.readString(REFERENCE, StandardCharsets.UTF_8);
    assertTrue(reference.contains("\"language\": \"en\""));
    // Not a language tag: a schema error that quotes the value.
    Files.writeString(dir.resolve("a.json"),
        reference.replace("\"language\": \"en\"", "\"language\": \"" + jsonEscaped(value) + "\""), StandardCharsets.UTF_8);
    for (String format : List.of("text", "github", "sarif", "json")) {
      CliRun run = validate(dir, format, "a.json");
      assertEquals(1, run.exitCode(), run::toString);
      assertTrue(run.out().contains("schema.pattern"), run::toString);
      assertNothingRaw(run.out(), format + " stdout");
      assertNothingRaw(run.err(), format + " stderr");
      if (format.equals("json")) {
        assertEquals(List.of(), ReportSchema.validate(run.out()));
      }
    }
    CliRun render = CliRun.run(dir, ArticleChecker::of, new byte[0], "render", "a.json");
    assertEquals(1, render.exitCode(), render::toString);
    assertNothingRaw(render.err(), "render stderr");
  }

  @ParameterizedTest(name = "file name: {0}")
  @MethodSource("hostile")
  void aHostileFileNameNeverReachesTheOutputRaw(String what, String name, @TempDir Path dir) throws IOException {
    String file = name.replace("\u0000", "") + ".json";
    Files.writeString(dir.resolve(file), "{", StandardCharsets.UTF_8);
    for (String format : List.of("text", "github", "sarif", "json")) {
      CliRun byWalk = validate(dir, format, ".");
      CliRun byName = validate(dir, format, file, "missing" + file);
      assertEquals(1, byWalk.exitCode(), byWalk::toString);
      assertEquals(2, byName.exitCode(), byName::toString);
      for (CliRun run : List.of(byWalk, byName)) {
        assertNothingRaw(run.out(), format + " stdout");
        assertNothingRaw(run.err(), format + " stderr");
      }
    }
    CliRun text = validate(dir, "text", ".");
    assertTrue(text.out().startsWith(Visible.escape(file) + ":1:2: error json.syntax "), text::toString);
    JsonNode json = MAPPER.readTree(validate(dir, "json", ".").out());
    assertEquals(file, json.get("files").get(0).get("path").asString());
    CliRun render = CliRun.run(dir, ArticleChecker::of, new byte[0], "render", file, "-o", file);
    assertEquals(2, render.exitCode(), render::toString);
    assertNothingRaw(render.err(), "render stderr");
    assertFalse(render.err().isEmpty());
  }
}
