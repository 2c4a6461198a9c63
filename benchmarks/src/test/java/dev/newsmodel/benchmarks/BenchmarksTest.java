package dev.newsmodel.benchmarks;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Each benchmark method, called once outside JMH: every implementation of an operation gives the
 * same answer for the same input, so the suite compares equal work. Nothing here is timed.
 */
class BenchmarksTest {
  private static BenchmarkState state(String name) {
    BenchmarkState state = new BenchmarkState();
    state.article = name;
    state.setUp();
    return state;
  }

  @ParameterizedTest
  @ValueSource(strings = {"reference", "large"})
  void readsGiveTheArticleWrittenAndAnEqualGraph(String name) {
    BenchmarkState state = state(name);
    ReadBenchmark read = new ReadBenchmark();
    assertEquals(state.model, read.newsmodel(state));
    assertEquals(state.model, read.newsmodelValidated(state));
    assertEquals(Baselines.POJO_MAPPER.valueToTree(state.pojo),
        Baselines.POJO_MAPPER.valueToTree(read.jacksonPojo(state)));
    assertEquals(Baselines.POJO_MAPPER.readTree(state.json), read.jacksonTree(state));
  }

  @ParameterizedTest
  @ValueSource(strings = {"reference", "large"})
  void writesGiveTheSameDocument(String name) {
    BenchmarkState state = state(name);
    WriteBenchmark write = new WriteBenchmark();
    assertArrayEquals(state.json, write.newsmodel(state));
    // The same document, byte for byte, but for the line feed newsmodel ends it with.
    assertEquals(new String(state.json, StandardCharsets.UTF_8),
        new String(write.jacksonPojo(state), StandardCharsets.UTF_8) + "\n");
  }

  @ParameterizedTest
  @ValueSource(strings = {"reference", "large"})
  void networkntFindsTheDocumentValid(String name) {
    assertTrue(new ValidateBenchmark().networknt(state(name)).isEmpty());
  }
}
