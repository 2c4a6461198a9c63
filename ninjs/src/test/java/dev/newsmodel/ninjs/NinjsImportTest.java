package dev.newsmodel.ninjs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsmodel.core.Article;
import dev.newsmodel.core.convert.Conversion;
import dev.newsmodel.core.convert.ConversionCode;
import dev.newsmodel.core.convert.ConversionProblem;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import tools.jackson.databind.json.JsonMapper;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every ninjs document IPTC publishes in {@code ../shared/standards/ninjs/} (its examples, the 3.1
 * documentation's examples, and the 3.0 and 3.1 validation suites) is read without an exception: text
 * items become articles or are refused for what they lack, other items are refused as not articles, and
 * every problem is located by JSON Pointer.
 */
class NinjsImportTest {
  private static final Set<String> NOT_ARTICLES = Set.of("picture", "video", "audio", "graphic", "composite",
      "component", "event", "planning");
  private static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final Pattern POINTER = Pattern.compile("(/([^/~]|~[01])*)*");

  static Stream<Path> documents() {
    return Standards.documents().stream();
  }

  static Stream<Path> invalidDocuments() {
    return Standards.documents().stream().filter(p -> p.toString().contains("should_fail"));
  }

  static Stream<Path> validDocuments() {
    return Standards.documents().stream().filter(p -> !p.toString().contains("should_fail"));
  }

  /** The item's type as the document states it; "text" when it states none. */
  private static String type(Path file) {
    return MAPPER.readTree(Standards.read(file)).path("type").asString("text");
  }

  @ParameterizedTest
  @MethodSource("documents")
  void readsEveryDocumentLocatingEveryProblem(Path file) throws Exception {
    Conversion<Article> c = Ninjs.read(Files.readAllBytes(file), NinjsReadOptions.defaults());
    for (ConversionProblem p : c.problems()) {
      String location = p.location().split(" ", 2)[0];
      assertTrue(POINTER.matcher(location).matches(), () -> file + ": not a JSON Pointer: " + p);
    }
    String type = type(file);
    if (NOT_ARTICLES.contains(type)) {
      assertEquals(List.of(ConversionProblem.error(ConversionCode.INPUT_NOT_AN_ARTICLE, "/type",
          "a ninjs '" + type + "' item is not an article; only 'text' items are read")), c.problems(),
          file::toString);
    }
    if (!c.succeeded()) {
      assertTrue(c.problems().stream().anyMatch(p -> p.severity() == ConversionProblem.Severity.ERROR), file::toString);
    }
  }

  @ParameterizedTest
  @MethodSource("invalidDocuments")
  void refusesEveryDocumentIptcMarksInvalid(Path file) {
    Conversion<Article> c = Ninjs.read(Standards.read(file), NinjsReadOptions.defaults());
    assertFalse(c.succeeded(), () -> file + " was read: " + c);
    assertFalse(Standards.violations(Standards.read(file)).isEmpty() && file.toString().contains("3.1"),
        () -> "the official schema accepts " + file);
  }

  @ParameterizedTest
  @MethodSource("validDocuments")
  void textItemsWithTheirFactsBecomeArticles(Path file) {
    Conversion<Article> c = Ninjs.read(Standards.read(file), NinjsReadOptions.defaults());
    String text = Standards.read(file);
    boolean complete = text.contains("\"language\"") && text.contains("\"headlines\"")
        && (text.contains("\"versionCreated\"") || text.contains("\"firstCreated\""));
    boolean textItem = type(file).equals("text");
    assertEquals(complete && textItem, c.succeeded(), () -> file + ": " + c.problems().stream()
        .map(Object::toString).collect(Collectors.joining("\n")));
  }
}
