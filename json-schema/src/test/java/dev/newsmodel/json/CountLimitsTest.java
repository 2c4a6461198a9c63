package dev.newsmodel.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsmodel.core.lint.Severity;
import dev.newsmodel.json.internal.FastReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The shapes whose size does not bound their memory (many tiny values, long arrays, many errors), built
 * just within and just beyond the default count limits: within, the verdict is the document's own;
 * beyond, one located {@code limit.*} error; and however many problems a document has, a report keeps
 * at most {@link Limits#maxProblems()} and counts the rest.
 */
class CountLimitsTest {
  private static final String HEAD = "{\"id\": \"a\", \"status\": \"draft\", \"language\": \"en\", \"headline\": \"H\"";
  /** The root object and its four scalars. */
  private static final int HEAD_VALUES = 5;
  private static final String PARAGRAPH = "{\"type\":\"paragraph\",\"content\":[{\"type\":\"text\",\"value\":\"a\"}]}";
  private static final int PARAGRAPH_VALUES = 6;

  private static String repeat(String item, int count) {
    StringBuilder out = new StringBuilder(count * (item.length() + 1));
    for (int i = 0; i < count; i++) {
      out.append(i == 0 ? "" : ",").append(item);
    }
    return out.toString();
  }

  /** Returns a draft whose body has the paragraphs and whose keywords, when any, have the items. */
  private static byte[] article(int paragraphs, String keyword, int keywords) {
    String json = HEAD + ", \"body\": [" + repeat(PARAGRAPH, paragraphs) + "]"
        + (keywords == 0 ? "" : ", \"keywords\": [" + repeat(keyword, keywords) + "]") + "}";
    return json.getBytes(StandardCharsets.UTF_8);
  }

  private static Problem onlyError(ValidationReport report) {
    assertEquals(1, report.problems().size(), report.formatted()::toString);
    Problem p = report.problems().get(0);
    assertEquals(Severity.ERROR, p.severity());
    return p;
  }

  @Test
  void tinyParagraphsUpToTheValueLimitAreReadAndOneMoreValueIsRefused() {
    int max = Limits.defaults().maxValues();
    // The root, four scalars, the body array and the paragraphs; then the keywords array and its items.
    int paragraphs = (max - HEAD_VALUES - 1 - 2) / PARAGRAPH_VALUES;
    int keywords = max - HEAD_VALUES - 1 - PARAGRAPH_VALUES * paragraphs - 1;
    byte[] exactly = article(paragraphs, "\"k\"", keywords);
    ValidationReport within = ArticleValidator.defaults().validate(exactly, "a.json");
    assertTrue(within.isValid(), within.formatted()::toString);
    assertEquals(paragraphs, within.article().orElseThrow().body().size());
    assertEquals(paragraphs, ArticleJson.defaults().read(exactly).body().size());

    byte[] beyond = article(paragraphs, "\"k\"", keywords + 1);
    Problem p = onlyError(ArticleValidator.defaults().validate(beyond, "a.json"));
    assertEquals("limit.values", p.code());
    assertEquals("/keywords/" + keywords, p.pointer());
    assertEquals(1, p.line());
    String text = new String(beyond, StandardCharsets.UTF_8);
    assertEquals(text.length() - 5 + 1, p.column(), "the last keyword starts there");
    assertEquals("Expected at most " + max + " JSON values in the document (limit maxValues), but found more; "
        + "reading stopped at value " + (max + 1) + ".", p.message());
    assertNull(new FastReader(Limits.defaults()).read(beyond));
    ArticleReadException e = assertThrows(ArticleReadException.class, () -> ArticleJson.defaults().read(beyond));
    assertEquals(List.of(p), e.problems());
  }

  @Test
  void anArrayUpToTheItemLimitIsReadAndOneMoreItemIsRefused() {
    int max = Limits.defaults().maxArrayItems();
    byte[] exactly = article(1, "\"k\"", max);
    ValidationReport within = ArticleValidator.defaults().validate(exactly, "a.json");
    assertTrue(within.isValid(), within.formatted()::toString);
    assertEquals(max, within.article().orElseThrow().keywords().size());

    byte[] beyond = article(1, "\"k\"", max + 1);
    Problem p = onlyError(ArticleValidator.defaults().validate(beyond, "a.json"));
    assertEquals("limit.array-items", p.code());
    assertEquals("/keywords/" + max, p.pointer());
    assertEquals("Expected at most " + max + " items in one array (limit maxArrayItems), but found more; "
        + "reading stopped at item " + (max + 1) + ".", p.message());
    assertNull(new FastReader(Limits.defaults()).read(beyond));
    assertEquals(List.of(p), assertThrows(ArticleReadException.class,
        () -> ArticleJson.defaults().read(beyond)).problems());
  }

  @Test
  void theItemLimitHoldsForEveryArrayNotOnlyTheFirst() {
    // Blocks, inline runs and list items are all arrays: each is held to the limit where it stands.
    Limits limits = Limits.defaults().withMaxArrayItems(2);
    String runs = "{\"type\":\"paragraph\",\"content\":[" + repeat("{\"type\":\"text\",\"value\":\"a\"}", 3) + "]}";
    String items = "{\"type\":\"list\",\"ordered\":false,\"items\":[" + repeat("{\"content\":[{\"type\":\"text\",\"value\":\"a\"}]}", 3)
        + "]}";
    for (String[] row : new String[][] {{PARAGRAPH + "," + runs, "/body/1/content/2"},
        {items, "/body/0/items/2"}, {repeat(PARAGRAPH, 3), "/body/2"}}) {
      byte[] json = (HEAD + ", \"body\": [" + row[0] + "]}").getBytes(StandardCharsets.UTF_8);
      Problem p = onlyError(ArticleValidator.defaults().withLimits(limits).validate(json, "a.json"));
      assertEquals(List.of("limit.array-items", row[1]), List.of(p.code(), p.pointer()));
    }
  }

  @Test
  void everyWrongItemIsCountedButOnlyTheCapIsReported() {
    // Ten thousand numbers where keywords are expected, within every limit: as many schema errors.
    int items = Limits.defaults().maxArrayItems();
    ValidationReport report = ArticleValidator.defaults().validate(article(1, "1", items), "k.json");
    int cap = Limits.defaults().maxProblems();
    assertEquals(cap, report.problems().size());
    assertEquals(items - cap, report.omittedProblems());
    assertFalse(report.isValid());
    assertEquals("/keywords/0", report.problems().get(0).pointer());
    assertEquals("/keywords/" + (cap - 1), report.problems().get(cap - 1).pointer());
    List<String> lines = report.formatted();
    assertEquals(cap + 1, lines.size());
    assertEquals("k.json: and " + (items - cap) + " more problems (limit maxProblems is " + cap + ")",
        lines.get(cap));
  }

  @Test
  void aHundredThousandErrorsReportTheCapAndTheCountOfTheRest() {
    int errors = 100_001;
    Limits limits = Limits.defaults().withMaxValues(2 * errors).withMaxArrayItems(errors).withMaxProblems(7);
    byte[] json = article(1, "1", errors);
    ValidationReport report = ArticleValidator.defaults().withLimits(limits).validate(json, "k.json");
    assertEquals(7, report.problems().size());
    assertEquals(errors - 7, report.omittedProblems());
    assertEquals(8, report.formatted().size());
    assertEquals("k.json: and 99994 more problems (limit maxProblems is 7)", report.formatted().get(7));
    assertTrue(report.hasProblemsAtLeast(Severity.ERROR));

    ArticleReadException e = assertThrows(ArticleReadException.class,
        () -> ArticleJson.defaults().withLimits(limits).read(json));
    assertEquals(report.problems(), e.problems());
    assertEquals(errors - 7, e.omittedProblems());
    assertTrue(e.getMessage().endsWith("(and 100000 more problems)"), e.getMessage());
  }

  @Test
  void aReportWithinTheCapHasNoNote() {
    ValidationReport report = ArticleValidator.defaults().validate(article(1, "1", 3), "k.json");
    assertEquals(3, report.problems().size());
    assertEquals(0, report.omittedProblems());
    assertEquals(3, report.formatted().size());
  }

  @Test
  void theCountLimitsAreSettingsLikeTheOthers() {
    Limits limits = Limits.defaults().withMaxValues(10).withMaxArrayItems(20).withMaxProblems(30);
    assertEquals(List.of(10, 20, 30), List.of(limits.maxValues(), limits.maxArrayItems(), limits.maxProblems()));
    assertEquals(List.of(10_000, 5_000, 100), List.of(Limits.defaults().maxValues(),
        Limits.defaults().maxArrayItems(), Limits.defaults().maxProblems()));
    assertFalse(limits.equals(Limits.defaults().withMaxValues(10).withMaxArrayItems(20)));
    assertEquals(limits, Limits.defaults().withMaxProblems(30).withMaxArrayItems(20).withMaxValues(10));
    assertThrows(IllegalArgumentException.class, () -> Limits.defaults().withMaxValues(0));
    assertThrows(IllegalArgumentException.class, () -> Limits.defaults().withMaxArrayItems(-1));
    assertThrows(IllegalArgumentException.class, () -> Limits.defaults().withMaxProblems(0));
  }
}
