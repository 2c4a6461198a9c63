package dev.newsmodel.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsmodel.cli.report.FileOutcome;
import dev.newsmodel.cli.report.Finding;
import dev.newsmodel.core.lint.Severity;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The parallel pipeline over a few hundred generated files: outcomes in input order whatever the number
 * of threads, and never more than the window in flight. (The 10,000-file run is measured by hand; see
 * the README.)
 */
class PipelineTest {
  private static final int FILES = 360;

  @TempDir
  static Path root;

  @BeforeAll
  static void generateTree() throws IOException {
    for (int i = 0; i < FILES; i++) {
      Path file = root.resolve(String.format(Locale.ROOT, "tree/%02d/%03d.json", i % 12, i));
      Files.createDirectories(file.getParent());
      // Every seventh file has a problem, so the report is not trivially empty.
      String script = i % 7 == 0 ? "error " + (i + 1) + " 2 /x some-code problem in file " + i + "\n" : "";
      Files.writeString(file, script);
    }
  }

  private static List<FileOutcome> run(int threads, int window, DocumentChecker checker) {
    List<FileOutcome> outcomes = new ArrayList<>();
    new Pipeline(checker, threads, window, new ByteArrayInputStream(new byte[0]), (path, bug) -> {})
        .run(Inputs.of(root, List.of("tree")), outcomes::add);
    return outcomes;
  }

  @Test
  void handsOutcomesOnInInputOrderWhateverTheNumberOfThreads() {
    List<FileOutcome> one = run(1, 1, new ScriptedChecker(1 << 20));
    List<FileOutcome> four = run(4, 16, new ScriptedChecker(1 << 20));
    assertEquals(FILES, one.size());
    assertEquals(one, four);
    List<String> paths = new ArrayList<>();
    one.forEach(o -> paths.add(o.path()));
    List<String> sorted = new ArrayList<>(paths);
    sorted.sort(null);
    assertEquals(sorted, paths);
    assertEquals(FILES / 7 + 1, one.stream().filter(o -> !o.findings().isEmpty()).count());
  }

  @ParameterizedTest(name = "{0} threads, window {1}")
  @CsvSource({"1, 16", "2, 32", "3, 100", "2, 5", "8, 8"})
  void chunkedRunsHandOnTheSameOutcomesInTheSameOrder(int threads, int window) {
    // Inputs go to the workers in chunks of consecutive inputs (up to eight, two or more per thread);
    // the outcomes, and their order, must be those of one thread taking one input at a time.
    assertEquals(run(1, 1, new ScriptedChecker(1 << 20)), run(threads, window, new ScriptedChecker(1 << 20)));
  }

  @ParameterizedTest(name = "{0} threads, window {1}")
  @CsvSource({"4, 8", "2, 32", "3, 100", "1, 1"})
  void neverHasMoreThanTheWindowInFlight(int threads, int window) {
    AtomicInteger started = new AtomicInteger();
    AtomicInteger handedOn = new AtomicInteger();
    AtomicInteger most = new AtomicInteger();
    DocumentChecker counting = new DocumentChecker() {
      @Override
      public List<Finding> check(byte[] document, String path) {
        int inFlight = started.incrementAndGet() - handedOn.get();
        most.accumulateAndGet(inFlight, Math::max);
        return List.of();
      }

      @Override
      public long maxDocumentBytes() {
        return 1 << 20;
      }
    };
    new Pipeline(counting, threads, window, new ByteArrayInputStream(new byte[0]), (path, bug) -> {})
        .run(Inputs.of(root, List.of("tree")), outcome -> handedOn.incrementAndGet());
    assertEquals(FILES, started.get());
    assertEquals(FILES, handedOn.get());
    assertTrue(most.get() <= window, "in flight at most " + window + ", saw " + most.get());
  }

  @Test
  void reportsACheckerFailureForThatFileAndGoesOn() {
    List<String> bugs = new ArrayList<>();
    DocumentChecker flaky = new DocumentChecker() {
      @Override
      public List<Finding> check(byte[] document, String path) {
        if (path.endsWith("/007.json")) {
          throw new IllegalStateException("boom");
        }
        return List.of();
      }

      @Override
      public long maxDocumentBytes() {
        return 1 << 20;
      }
    };
    List<FileOutcome> outcomes = new ArrayList<>();
    new Pipeline(flaky, 2, 4, new ByteArrayInputStream(new byte[0]), (path, bug) -> bugs.add(path))
        .run(Inputs.of(root, List.of("tree")), outcomes::add);
    assertEquals(FILES, outcomes.size());
    assertEquals(List.of("tree/07/007.json"), bugs);
    FileOutcome failed = outcomes.stream().filter(o -> !o.checked()).findFirst().orElseThrow();
    assertEquals("tree/07/007.json", failed.path());
    assertEquals("internal.error", failed.findings().get(0).code());
  }

  @Test
  void readsNoMoreThanTheLimit() {
    Pipeline pipeline = new Pipeline(new ScriptedChecker(10), 1, 1,
        new ByteArrayInputStream("0123456789AB".getBytes(StandardCharsets.UTF_8)), (path, bug) -> {});
    FileOutcome outcome = pipeline.check(Input.stdin());
    assertEquals(List.of(new Finding(InputReader.TOO_LARGE, Severity.ERROR, 0, 0, "",
        "The document has more than 10 bytes; the limit is 10 bytes, so it was not read.")), outcome.findings());
  }
}
