package dev.newsmodel.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsmodel.core.lint.Severity;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each row breaks the checked-in reference article in one way and states the one error it must cause:
 * code, JSON Pointer, line and column (see {@code examples/articles/reference-article.json} for the lines).
 */
class ArticleValidatorMutationTest {
  private static final String REFERENCE = ReferenceArticleJsonTest.referenceText();

  static Stream<Arguments> mutations() {
    return Stream.of(
        // Each required property removed.
        row("id removed", remove("  \"id\": \"caucasian-knot-iskander-2021-04-06\",\n"),
            "schema.required", "", 1, 1),
        row("status removed", remove("  \"status\": \"published\",\n"), "schema.required", "", 1, 1),
        row("language removed", remove("  \"language\": \"en\",\n"), "schema.required", "", 1, 1),
        row("headline removed", removeLineStartingWith("  \"headline\""), "schema.required", "", 1, 1),
        row("published removed from a published article",
            remove("  \"published\": \"2021-04-06T17:45:00+03:00[Europe/Moscow]\",\n"), "schema.required", "", 1, 1),
        row("publisher name removed", remove("    \"name\": \"Caucasian Knot\",\n"),
            "schema.required", "/publisher", 10, 16),
        row("lead image url removed",
            removeLineStartingWith("    \"url\": \"https://upload.wikimedia.org"), "schema.required", "/leadImage", 14, 16),
        row("block type removed", replaceFirst("      \"type\": \"paragraph\",\n", ""),
            "schema.required", "/body/0", 27, 5),
        row("inline type removed", replaceFirst(
            "          \"type\": \"text\",\n          \"value\": \"In late March", "          \"value\": \"In late March"),
            "schema.required", "/body/0/content/0", 30, 9),
        row("source relation removed", remove("      \"relation\": \"translation-of\",\n"),
            "schema.required", "/sources/0", 65, 5),
        row("disclaimer kind removed", remove("      \"kind\": \"legal\",\n"), "schema.required", "/disclaimers/0", 79, 5),
        row("teaser published removed", remove("      \"published\": \"2024-11-15T23:07:00+03:00[Europe/Moscow]\",\n"),
            "schema.required", "/related/0", 89, 5),
        // Each type broken.
        row("revision as a string", replaceFirst("\"revision\": 1", "\"revision\": \"1\""),
            "schema.type", "/revision", 4, 15),
        row("headline as a number", replaceLineStartingWith("  \"headline\"", "  \"headline\": 42,"),
            "schema.type", "/headline", 7, 15),
        row("publisher as an array", replaceBetween("  \"publisher\": {", "  \"leadImage\"", "  \"publisher\": [],\n"),
            "schema.type", "/publisher", 10, 16),
        row("body as a string", replaceBetween("  \"body\": [", "  \"sources\"", "  \"body\": \"<p>Text</p>\",\n"),
            "schema.type", "/body", 26, 11),
        row("decorative as a number", replaceFirst("\"decorative\": false", "\"decorative\": 0"),
            "schema.type", "/leadImage/decorative", 17, 19),
        row("verbatim as a string", replaceFirst("\"verbatim\": true", "\"verbatim\": \"yes\""),
            "schema.type", "/disclaimers/0/verbatim", 85, 19),
        row("root as an array", s -> "[]", "schema.type", "", 1, 1),
        // Values the schema refuses.
        row("line break in the headline", replaceFirst("Karabakh conflict\",", "Karabakh conflict\\n\","),
            "schema.not", "/headline", 7, 15),
        row("blank section", replaceFirst("  \"genre\"", "  \"section\": \" \\t \",\n  \"genre\""),
            "schema.pattern", "/section", 9, 14),
        row("unknown status", replaceFirst("\"published\",", "\"live\","), "schema.enum", "/status", 5, 13),
        row("javascript: URL", replaceFirst("\"https://www.eng.kavkaz-uzel.eu/\"", "\"javascript:alert(1)\""),
            "schema.pattern", "/publisher/url", 12, 12),
        row("relative URL", replaceFirst("\"https://caliber.az/\"", "\"/caliber\""),
            "schema.pattern", "/sources/1/url", 75, 14),
        row("timestamp without offset", replaceFirst("\"2021-04-06T17:45:00+03:00[Europe/Moscow]\"",
            "\"2021-04-06T17:45:00\""), "schema.pattern", "/published", 25, 16),
        row("language with an underscore", replaceFirst("\"language\": \"en\"", "\"language\": \"en_US\""),
            "schema.pattern", "/language", 6, 15),
        row("another schema named", replaceFirst("article/1.json", "article/2.json"),
            "schema.const", "/$schema", 2, 14),
        row("unknown property", replaceFirst("  \"revision\": 1,\n", "  \"revision\": 1,\n  \"revisions\": 2,\n"),
            "schema.additionalProperties", "/revisions", 5, 16),
        row("unknown property in a block", replaceFirst("      \"type\": \"paragraph\",\n",
            "      \"type\": \"paragraph\",\n      \"html\": \"<p>\",\n"),
            "schema.additionalProperties", "/body/0/html", 29, 15),
        // Values only the model can judge.
        row("unknown zone", replaceFirst("17:45:00+03:00[Europe/Moscow]", "17:45:00+03:00[Europe/Moskva]"),
            "rule.timestamp", "/published", 25, 16),
        row("offset the zone never had", replaceFirst("17:45:00+03:00[Europe/Moscow]", "17:45:00+04:00[Europe/Moscow]"),
            "rule.timestamp", "/published", 25, 16),
        row("malformed language tag", replaceFirst("\"language\": \"en\"", "\"language\": \"en-x\""),
            "rule.language", "/language", 6, 15),
        row("modified before published", replaceFirst("  \"body\": [", "  \"modified\": \"2021-04-05T10:00:00Z\",\n  \"body\": ["),
            "rule.construction", "/modified", 26, 15),
        row("decorative image with alternative text", replaceFirst("\"decorative\": false", "\"decorative\": true"),
            "rule.construction", "/leadImage/alt", 16, 12),
        row("unassigned country", replaceFirst("\"jurisdiction\": \"RU\"", "\"jurisdiction\": \"XX\""),
            "rule.construction", "/disclaimers/0/jurisdiction", 83, 23),
        // Syntax.
        row("duplicate key", replaceFirst("  \"revision\": 1,", "  \"revision\": 1, \"revision\": 2,"),
            "json.duplicate-key", "/revision", 4, 18),
        row("trailing garbage", s -> s + "x", "json.trailing-content", "", 96, 1),
        row("a second document", s -> s + "{}", "json.trailing-content", "", 96, 1),
        row("missing comma", replaceFirst("\"revision\": 1,", "\"revision\": 1"), "json.syntax", "", 5, 3),
        row("empty document", s -> "", "json.empty", "", 1, 1),
        row("single quotes", replaceFirst("\"status\": \"published\"", "\"status\": 'published'"),
            "json.syntax", "/status", 5, 13));
  }

  static Stream<Arguments> limits() {
    String deep = "[".repeat(70) + "]".repeat(70);
    return Stream.of(
        Arguments.of("too large", REFERENCE, Limits.defaults().withMaxDocumentBytes(1000),
            "limit.document-size", "", 1, 1),
        Arguments.of("too deep", REFERENCE.replace("\"genre\": \"news\"", "\"genre\": " + deep), Limits.defaults(),
            "limit.depth", "/genre" + "/0".repeat(63), 9, 75),
        Arguments.of("over-long string", REFERENCE, Limits.defaults().withMaxStringLength(300),
            "limit.string-length", "/summary", 8, 14),
        Arguments.of("over-long name", REFERENCE.replace("\"revision\": 1", "\"" + "r".repeat(300) + "\": 1"),
            Limits.defaults(), "limit.name-length", "", 4, 305),
        Arguments.of("over-long number", REFERENCE.replace("\"revision\": 1", "\"revision\": 1" + "0".repeat(100)),
            Limits.defaults(), "limit.number-length", "/revision", 4, 15),
        // The reference article has 71 values; the 51st, in document order, is the first source's outlet.
        Arguments.of("too many values", REFERENCE, Limits.defaults().withMaxValues(50),
            "limit.values", "/sources/0/outlet", 67, 17),
        Arguments.of("too many array items", REFERENCE, Limits.defaults().withMaxArrayItems(3),
            "limit.array-items", "/body/3", 54, 5));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mutations")
  void reportsTheOneErrorAtItsLocation(String name, String document, String code, String pointer, int line,
      int column) {
    assertOneError(ArticleValidator.defaults(), document, code, pointer, line, column);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("limits")
  void stopsAtLimitsWithALocatedProblem(String name, String document, Limits limits, String code, String pointer,
      int line, int column) {
    assertOneError(ArticleValidator.defaults().withLimits(limits), document, code, pointer, line, column);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("mutations")
  void readingForUseFailsWithTheSameProblem(String name, String document, String code, String pointer, int line,
      int column) {
    ArticleReadException e = assertThrows(ArticleReadException.class, () -> ArticleJson.defaults().read(document));
    Problem first = e.problems().get(0);
    assertEquals(List.of(code, pointer, line, column),
        List.of(first.code(), first.pointer(), first.line(), first.column()), e.getMessage());
    assertTrue(e.getMessage().startsWith("<string>:" + line + ":" + column + ": error " + code), e.getMessage());
  }

  private static void assertOneError(ArticleValidator validator, String document, String code, String pointer,
      int line, int column) {
    ValidationReport report = validator.validate(document.getBytes(StandardCharsets.UTF_8), "article.json");
    List<Problem> errors = report.problems().stream()
        .filter(p -> p.severity() == Severity.ERROR).collect(Collectors.toList());
    String all = String.join("\n", report.formatted());
    assertEquals(1, errors.size(), all);
    Problem p = errors.get(0);
    assertEquals(List.of(code, pointer, line, column), List.of(p.code(), p.pointer(), p.line(), p.column()), all);
    assertTrue(p.message().startsWith("Expected ") || p.code().startsWith("rule.construction"), all);
    assertTrue(p.message().endsWith("."), all);
    assertFalse(p.message().contains("\n"), all);
    assertFalse(report.isValid());
    assertTrue(report.article().isEmpty());
  }

  private static Arguments row(String name, UnaryOperator<String> mutation, String code, String pointer, int line,
      int column) {
    String mutated = mutation.apply(REFERENCE);
    if (mutated.equals(REFERENCE)) {
      throw new IllegalStateException("The mutation '" + name + "' changed nothing");
    }
    return Arguments.of(name, mutated, code, pointer, line, column);
  }

  private static UnaryOperator<String> remove(String text) {
    return replaceFirst(text, "");
  }

  private static UnaryOperator<String> replaceFirst(String text, String replacement) {
    return s -> {
      int i = s.indexOf(text);
      if (i < 0) {
        throw new IllegalStateException("Not in the reference JSON: " + text);
      }
      return s.substring(0, i) + replacement + s.substring(i + text.length());
    };
  }

  private static UnaryOperator<String> replaceBetween(String start, String end, String replacement) {
    return s -> {
      int i = s.indexOf(start);
      int j = s.indexOf(end, i);
      if (i < 0 || j < 0) {
        throw new IllegalStateException("Not in the reference JSON: " + start + " … " + end);
      }
      return s.substring(0, i) + replacement + s.substring(j);
    };
  }

  private static UnaryOperator<String> removeLineStartingWith(String prefix) {
    return replaceLineStartingWith(prefix, null);
  }

  private static UnaryOperator<String> replaceLineStartingWith(String prefix, String replacement) {
    return s -> {
      int i = s.indexOf("\n" + prefix);
      if (i < 0) {
        throw new IllegalStateException("No line starts with: " + prefix);
      }
      int end = s.indexOf('\n', i + 1);
      return s.substring(0, i + 1) + (replacement == null ? "" : replacement + "\n") + s.substring(end + 1);
    };
  }
}
