package dev.newsmodel.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsmodel.json.ArticleJson;
import dev.newsmodel.ninjs.Ninjs;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The exported conversion step: what the Maven plugin's convert goal calls. */
class ConverterTest {
  private static final Path REFERENCE = Path.of("src/test/resources/articles/valid/reference-article.json");

  @TempDir
  Path dir;

  @Test
  void writesTheTargetAsTheCommandDoes() throws IOException {
    Path target = dir.resolve("out/a.ninjs.json");
    FileOutcome outcome = Converter.of("newsmodel", "ninjs").convert(REFERENCE, "a.json", target, bug -> {
      throw new AssertionError(bug);
    });
    assertTrue(outcome.checked(), outcome.toString());
    assertEquals(List.of(), outcome.findings());
    assertEquals(Ninjs.write(ArticleJson.defaults().read(REFERENCE)).orElseThrow(), Files.readString(target));
    assertEquals(".ninjs.json", Converter.of("newsmodel", "ninjs").extension());
    assertEquals(List.of(".html", ".htm"), Converter.of("html", "newsmodel").inputExtensions());
  }

  @Test
  void neverReplacesItsInputNorWritesForAFailure() throws IOException {
    Path copy = Files.copy(REFERENCE, dir.resolve("a.json"));
    FileOutcome same = Converter.of("newsmodel", "newsmodel").convert(copy, "a.json", copy, bug -> { });
    assertFalse(same.checked());
    assertEquals("io.unwritable", same.findings().get(same.findings().size() - 1).code());
    Path broken = Files.writeString(dir.resolve("b.json"), "{\"headline\": 42}");
    FileOutcome failed = Converter.of("newsmodel", "ninjs").convert(broken, "b.json", dir.resolve("b.ninjs.json"),
        bug -> { });
    assertTrue(failed.checked());
    assertTrue(failed.findings().stream().anyMatch(f -> f.code().startsWith("schema.")), failed.toString());
    assertFalse(Files.exists(dir.resolve("b.ninjs.json")));
  }

  @Test
  void unknownFormatsAndBasesAreRefusedWithTheirName() {
    assertEquals("to: unknown format 'pdf'; known: newsmodel, ninjs, jsonld, html",
        assertThrows(IllegalArgumentException.class, () -> Converter.of("newsmodel", "pdf")).getMessage());
    assertEquals("to: articles are written as newsmodel, ninjs or jsonld, not html",
        assertThrows(IllegalArgumentException.class, () -> Converter.of("newsmodel", "html")).getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> Converter.of("html", "newsmodel").withBaseUri(URI.create("ftp://x.example/")));
  }
}
