package dev.newsmodel.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The output shown in the README's validation example is what the validator prints. */
class ReadmeExampleTest {
  @Test
  void printsTheReadmeExample() {
    String doc = ReferenceArticleJsonTest.referenceText()
        .replace("  \"revision\": 1,\n", "  \"revision\": 1,\n  \"revisions\": 2,\n")
        .replace("\"https://www.eng.kavkaz-uzel.eu/\"", "\"javascript:alert(1)\"");
    ValidationReport report = ArticleValidator.defaults().validate(doc.getBytes(StandardCharsets.UTF_8), "article.json");
    assertEquals(List.of(
        "article.json:5:16: error schema.additionalProperties at /revisions: Expected only the properties the schema "
            + "defines here, but found the unknown property \"revisions\".",
        "article.json:13:12: error schema.pattern at /publisher/url: Expected an absolute http or https URL with a "
            + "host name, but found the string \"javascript:alert(1)\"."), report.formatted());
  }
}
