package dev.newsmodel.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.newsmodel.core.lint.Severity;
import dev.newsmodel.testing.ModelGenerators;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@link ArticleValidator#withLintOnErrors}: a document with errors also gets the lint findings that can
 * be known, at the original document's pointers and locations, and nothing changes without it.
 */
class LintOnErrorsTest {
  private static final ArticleValidator DEFAULT = ArticleValidator.defaults();
  private static final ArticleValidator ALL = ArticleValidator.defaults().withLintOnErrors(true);
  private static final String REFERENCE = ReferenceArticleJsonTest.referenceText();

  private static List<String> lines(ArticleValidator validator, String document) {
    return validator.validate(document.getBytes(StandardCharsets.UTF_8), "a.json").formatted();
  }

  private static List<String> lint(List<String> lines) {
    return lines.stream().filter(l -> !l.contains(": error ")).collect(Collectors.toList());
  }

  @Test
  void aSchemaErrorKeepsTheValidDocumentsFindingsWhereTheyWere() {
    String broken = REFERENCE.replace("\"revision\": 1,", "\"revision\": \"one\",");
    List<String> valid = lines(DEFAULT, REFERENCE);
    assertEquals(2, valid.size(), valid::toString);
    List<String> all = lines(ALL, broken);
    assertEquals(valid, lint(all));
    assertEquals(3, all.size(), all::toString);
    assertTrue(all.stream().anyMatch(l -> l.contains("error schema.type at /revision")), all::toString);
    List<String> plain = lines(DEFAULT, broken);
    assertEquals(1, plain.size(), plain::toString);
    assertEquals(List.of(), lint(plain));
  }

  @Test
  void aFindingThatALeftOutValueMayHaveCausedIsNotReported() {
    // An invalid byline is left out: "no byline" would be a guess, so it is not reported; the image's
    // missing licence still is.
    String broken = REFERENCE.replace("\"genre\": \"news\",", "\"genre\": \"news\", \"bylines\": [{\"text\": \"\"}],");
    List<String> all = lint(lines(ALL, broken));
    assertEquals(1, all.size(), all::toString);
    assertTrue(all.get(0).contains("image-license-missing at /leadImage/attribution/license"), all::toString);
    // An invalid licence: the finding about the licence is not reported either.
    String badLicence = REFERENCE.replace("\"creditLine\": \"Photo: Jonj7490\",",
        "\"creditLine\": \"Photo: Jonj7490\", \"license\": {\"spdxId\": \"-bad\"},");
    List<String> none = lint(lines(ALL, badLicence));
    assertEquals(1, none.size(), none::toString);
    assertTrue(none.get(0).contains("byline-missing at /bylines"), none::toString);
  }

  @Test
  void findingsAfterALeftOutArrayItemNameTheOriginalItem() throws Exception {
    JsonMapper mapper = JsonMapper.builder().build();
    ObjectNode tree = (ObjectNode) mapper.readTree(REFERENCE);
    JsonNode image = tree.get("leadImage");
    tree.withArray("body").insert(0, mapper.readTree("{\"type\": \"paragraph\", \"content\": []}"));
    tree.withArray("body").insert(0, mapper.readTree("{\"type\": \"nonsense\"}"));
    tree.withArray("body").add(mapper.createObjectNode().put("type", "image").set("image", image.deepCopy()));
    tree.remove("leadImage");
    String document = mapper.writerWithDefaultPrettyPrinter().writeValueAsString(tree);
    int last = tree.get("body").size() - 1;
    // Where the moved image's attribution starts in this document: the value the finding is located at.
    String key = "\"attribution\" : ";
    int at = document.lastIndexOf(key) + key.length();
    int line = (int) document.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    int column = at - document.lastIndexOf('\n', at - 1);
    List<String> all = lint(lines(ALL, document));
    assertTrue(all.contains("a.json:" + line + ":" + column + ": warning image-license-missing at /body/" + last
        + "/image/attribution/license: The image has no licence; name one (an SPDX id such as 'CC-BY-SA-4.0') or a "
        + "copyright holder's terms."), all::toString);
    assertTrue(lines(ALL, document).stream().anyMatch(l -> l.contains("error schema.")), "the document has errors");
  }

  @Test
  void nothingIsLintedWhenTheArticleItselfCannotBeRead() {
    assertEquals(List.of(), lint(lines(ALL, REFERENCE.replace("\"headline\":", "\"headline\": 1, \"x\":"))));
    assertEquals(List.of(), lint(lines(ALL, REFERENCE.replace("\"language\": \"en\",", ""))));
    assertEquals(List.of(), lint(lines(ALL, REFERENCE.substring(0, 200))));
  }

  @Test
  void errorsAreTheSameWithOrWithoutLintOnErrorsAndEveryAddedProblemIsLocatedLint() {
    JsonMapper mapper = JsonMapper.builder().build();
    qt().withFixedSeed(20210416L).withExamples(200)
        .forAll(ModelGenerators.standard().articles(), integers().all())
        .checkAssert((article, seed) -> {
          ObjectNode tree = (ObjectNode) mapper.readTree(ArticleJson.defaults().writeBytes(article));
          Random random = new Random(seed);
          String[] names = tree.propertyNames().toArray(new String[0]);
          tree.put(names[random.nextInt(names.length)], random.nextBoolean() ? "" : "x\ny");
          byte[] json = mapper.writeValueAsBytes(tree);
          ValidationReport plain = DEFAULT.validate(json, "a.json");
          ValidationReport all = ALL.validate(json, "a.json");
          List<Problem> errors = all.problems().stream().filter(p -> p.severity() == Severity.ERROR)
              .collect(Collectors.toList());
          assertEquals(plain.problems().stream().filter(p -> p.severity() == Severity.ERROR)
              .collect(Collectors.toList()), errors);
          for (Problem p : all.problems()) {
            if (p.severity() != Severity.ERROR) {
              assertTrue(p.line() >= 1 && p.column() >= 1, p::toString);
            }
          }
          if (plain.isValid()) {
            assertEquals(plain.problems(), all.problems());
          }
        });
  }
}
