package dev.newsmodel.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import dev.newsmodel.core.Article;
import dev.newsmodel.core.lint.LintRule;
import dev.newsmodel.core.lint.Linter;
import dev.newsmodel.core.lint.Severity;
import dev.newsmodel.testing.ReferenceArticle;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

class ArticleJsonTest {
  private static final byte[] REFERENCE = ReferenceArticleJsonTest.referenceText().getBytes(StandardCharsets.UTF_8);

  @Test
  void readsFromEveryKindOfSource(@TempDir Path dir) throws IOException {
    Article expected = ReferenceArticle.article();
    Path file = dir.resolve("a.json");
    Files.write(file, REFERENCE);
    ArticleJson json = ArticleJson.defaults();
    assertEquals(expected, json.read(new String(REFERENCE, StandardCharsets.UTF_8)));
    assertEquals(expected, json.read(REFERENCE));
    assertEquals(expected, json.read(new ByteArrayInputStream(REFERENCE)));
    assertEquals(expected, json.read(file));
  }

  @Test
  void problemsReadingAFileNameTheFile(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("broken.json");
    Files.writeString(file, "{\"id\": 1}");
    ArticleReadException e = assertThrows(ArticleReadException.class, () -> ArticleJson.defaults().read(file));
    assertTrue(e.getMessage().startsWith(file + ":1:1: error schema.required at (root): "), e.getMessage());
    assertTrue(e.getMessage().endsWith("more problems)"), e.getMessage());
  }

  @Test
  void refusesTooLargeStreamsAndFilesBeforeParsing(@TempDir Path dir) throws IOException {
    ArticleJson small = ArticleJson.defaults().withLimits(Limits.defaults().withMaxDocumentBytes(100));
    ArticleReadException fromStream = assertThrows(ArticleReadException.class,
        () -> small.read(new ByteArrayInputStream(REFERENCE)));
    assertEquals("limit.document-size", fromStream.problems().get(0).code());
    Path file = dir.resolve("big.json");
    Files.write(file, REFERENCE);
    ArticleReadException fromFile = assertThrows(ArticleReadException.class, () -> small.read(file));
    assertEquals("Expected a document of at most 100 bytes, but found " + REFERENCE.length + " bytes.",
        fromFile.problems().get(0).message());
  }

  @Test
  void writesToAStreamWithoutClosingIt() {
    boolean[] closed = {false};
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    OutputStream out = new OutputStream() {
      @Override
      public void write(int b) {
        bytes.write(b);
      }

      @Override
      public void write(byte[] b, int off, int len) {
        bytes.write(b, off, len);
      }

      @Override
      public void close() {
        closed[0] = true;
      }
    };
    ArticleJson.defaults().write(ReferenceArticle.article(), out);
    assertFalse(closed[0]);
    assertArrayEquals(REFERENCE, bytes.toByteArray());
    assertEquals(new String(REFERENCE, StandardCharsets.UTF_8), ArticleJson.defaults().write(ReferenceArticle.article()));
  }

  @Test
  void validatorAppliesTheGivenLinter() {
    ValidationReport report = ArticleValidator.defaults()
        .withLinter(Linter.defaults().withSeverity(LintRule.IMAGE_LICENSE_MISSING, Severity.ERROR)
            .without(LintRule.BYLINE_MISSING))
        .validate(REFERENCE, "a.json");
    assertEquals(List.of("image-license-missing"), report.problems().stream().map(Problem::code).toList());
    assertFalse(report.isValid());
    assertTrue(report.article().isPresent());
    assertTrue(report.hasProblemsAtLeast(Severity.WARNING));
  }

  @Test
  void acceptsADocumentWithoutSchemaNameAndWithAByteOrderMark() {
    String text = ReferenceArticleJsonTest.referenceText()
        .replace("  \"$schema\": \"https://newsmodel.dev/schema/article/1.json\",\n", "");
    assertEquals(ReferenceArticle.article(), ArticleJson.defaults().read(text));
    byte[] withBom = new byte[REFERENCE.length + 3];
    withBom[0] = (byte) 0xEF;
    withBom[1] = (byte) 0xBB;
    withBom[2] = (byte) 0xBF;
    System.arraycopy(REFERENCE, 0, withBom, 3, REFERENCE.length);
    assertEquals(ReferenceArticle.article(), ArticleJson.defaults().read(withBom));
  }

  @Test
  void corruptedDocumentsNeverThrowAndAlwaysGiveLocatedProblems() {
    byte[] junk = "{}[]\",:\\0x\u00e9\uFFFF".getBytes(StandardCharsets.UTF_8);
    qt().withFixedSeed(99L).withExamples(300)
        .forAll(integers().between(0, REFERENCE.length - 1), integers().between(0, 40),
            integers().between(0, junk.length - 1))
        .checkAssert((position, cut, replacement) -> {
          byte[] doc = Arrays.copyOf(REFERENCE, REFERENCE.length);
          doc[position] = junk[replacement];
          int end = Math.min(doc.length, position + 1 + cut);
          byte[] mutated = new byte[doc.length - (end - position - 1)];
          System.arraycopy(doc, 0, mutated, 0, position + 1);
          System.arraycopy(doc, end, mutated, position + 1, doc.length - end);
          ValidationReport report = ArticleValidator.defaults().validate(mutated, "m.json");
          for (Problem p : report.problems()) {
            assertTrue(p.line() >= 1 && p.column() >= 1 && !p.message().isBlank(), p.toString());
          }
          assertEquals(report.isValid(), report.article().isPresent()
              && report.problems().stream().noneMatch(p -> p.severity() == Severity.ERROR));
        });
  }

  @Test
  void longHostileLinesAreCheckedInLinearTime() {
    // A quadratic pattern (such as ^[^\n]*\S[^\n]*$) would take hours on this line; the schema's take
    // milliseconds, so this test finishes.
    String headline = "a ".repeat(200_000) + "\n";
    String doc = ReferenceArticleJsonTest.referenceText()
        .replace(ReferenceArticle.HEADLINE.replace("\"", "\\\""), headline.replace("\n", "\\n"));
    ValidationReport report = ArticleValidator.defaults().validate(doc.getBytes(StandardCharsets.UTF_8), "a.json");
    assertEquals(List.of("schema.not"), report.problems().stream().map(Problem::code).toList());
  }

  @Test
  void locatesProblemsOnTheOneLineOfAMinifiedDocument() {
    JsonMapper plain = JsonMapper.builder().build();
    String compact = plain.writeValueAsString(plain.readTree(REFERENCE))
        .replace("\"2024-11-15T23:07:00+03:00[Europe/Moscow]\"", "\"2024-11-15T23:07:00\"");
    int column = compact.codePointCount(0, compact.indexOf("\"2024-11-15T23:07:00\"")) + 1;
    ValidationReport report = ArticleValidator.defaults()
        .validate(compact.getBytes(StandardCharsets.UTF_8), "min.json");
    Problem p = report.problems().get(0);
    assertEquals(List.of("schema.pattern", "/related/0/published", 1, column),
        List.of(p.code(), p.pointer(), p.line(), p.column()));
    assertTrue(column > 3000, "the value stands after the Cyrillic notice, past several checkpoints");
  }

  @Test
  void settingsShowInToString() {
    assertEquals("ArticleJson[Limits[maxDocumentBytes=10485760, maxDepth=64, maxStringLength=1048576, "
        + "maxNameLength=256, maxNumberLength=64, maxValues=10000, maxArrayItems=5000, maxProblems=100]]",
        ArticleJson.defaults().toString());
    assertThrows(IllegalArgumentException.class, () -> Limits.defaults().withMaxDepth(0));
    assertThrows(IllegalArgumentException.class, () -> Limits.defaults().withMaxDepth(Limits.MAX_DEPTH_BOUND + 1));
  }
}
