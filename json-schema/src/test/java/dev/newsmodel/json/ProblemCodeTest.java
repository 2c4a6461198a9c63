package dev.newsmodel.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsmodel.testing.Golden;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The catalogue is the one list of codes: the schema's keywords, the sources and the docs agree with it. */
class ProblemCodeTest {
  /** Keywords that can fail by themselves; the others only structure the schema or annotate it. */
  private static final Set<String> STRUCTURE = Set.of("$defs", "$id", "$ref", "$schema", "allOf", "if", "then",
      "else", "items", "properties", "default", "description", "examples", "title");

  @Test
  void everyKeywordTheSchemaUsesHasACode() {
    JsonNode schema = JsonMapper.builder().build().readTree(ArticleSchema.text());
    Set<String> keywords = new TreeSet<>();
    collect(schema, false, keywords);
    keywords.removeAll(STRUCTURE);
    assertTrue(keywords.size() > 10, keywords.toString());
    for (String keyword : keywords) {
      assertTrue(ProblemCode.of("schema." + keyword).isPresent(), "no catalogue entry for schema." + keyword);
    }
  }

  private static void collect(JsonNode node, boolean namesAreProperties, Set<String> keywords) {
    if (node.isObject()) {
      for (var e : node.properties()) {
        if (!namesAreProperties) {
          keywords.add(e.getKey());
        }
        boolean children = !namesAreProperties && (e.getKey().equals("properties") || e.getKey().equals("$defs"));
        collect(e.getValue(), children, keywords);
      }
    } else if (node.isArray()) {
      for (JsonNode item : node) {
        collect(item, false, keywords);
      }
    }
  }

  @Test
  void noSourceWritesACodeAsALiteral() throws IOException {
    Pattern literal = Pattern.compile("\"(json|schema|rule|io|limit|internal)\\.[A-Za-z.-]+\"");
    for (Path root : new Path[] {Path.of("src/main/java"), Path.of("../cli/src/main/java")}) {
      if (!Files.isDirectory(root)) {
        continue;
      }
      try (Stream<Path> files = Files.walk(root)) {
        for (Path file : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java"))::iterator) {
          if (file.getFileName().toString().equals("ProblemCode.java")) {
            continue;
          }
          for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String code = line.trim();
            if (code.startsWith("*") || code.startsWith("//")) {
              continue;
            }
            Matcher m = literal.matcher(line);
            if (m.find()) {
              throw new AssertionError(file + " writes the code " + m.group() + " as a literal; use ProblemCode");
            }
          }
        }
      }
    }
  }

  @Test
  void codesAreUniqueAndNamedByFamily() {
    Set<String> seen = new TreeSet<>();
    for (ProblemCode c : ProblemCode.values()) {
      assertTrue(seen.add(c.code()), c.code());
      assertEquals(c, ProblemCode.of(c.code()).orElseThrow());
      assertTrue(c.code().startsWith(c.family().name().toLowerCase(java.util.Locale.ROOT) + "."), c.code());
      assertEquals(c.name(), c.code().replace('.', '_').replace('-', '_')
          .replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase(java.util.Locale.ROOT), c.code());
    }
  }

  /** README's table of codes is the catalogue's: regenerate it with -Dnewsmodel.golden.update=true. */
  @Test
  void readmeTableIsTheCatalogue() throws IOException {
    Path readme = Path.of("README.md");
    String text = Files.readString(readme, StandardCharsets.UTF_8);
    String begin = "<!-- problem-codes: generated from ProblemCode by ProblemCodeTest -->\n";
    String end = "<!-- /problem-codes -->";
    int from = text.indexOf(begin);
    int to = text.indexOf(end);
    assertTrue(from >= 0 && to > from, "README.md lacks the problem-codes markers");
    StringBuilder table = new StringBuilder("| code | meaning |\n|---|---|\n");
    for (ProblemCode c : ProblemCode.values()) {
      table.append("| `").append(c.code()).append("` | ").append(c.meaning()).append(" |\n");
    }
    table.append("| lint codes, such as `headline-length` | editorial advice from core's `Linter`, with the "
        + "severity configured; see [core's lint table](../core/README.md#lint) |\n");
    String expected = text.substring(0, from + begin.length()) + table + text.substring(to);
    if (Boolean.getBoolean(Golden.UPDATE_PROPERTY)) {
      Files.writeString(readme, expected, StandardCharsets.UTF_8);
      return;
    }
    assertEquals(expected, text, "README.md's problem-code table differs from ProblemCode");
  }
}
