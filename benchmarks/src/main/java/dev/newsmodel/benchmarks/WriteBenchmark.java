package dev.newsmodel.benchmarks;

import dev.newsmodel.json.ArticleJson;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Article to bytes: newsmodel beside Jackson databind writing the POJO graph (the baseline), both in
 * the document's canonical layout, so both write the same bytes.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class WriteBenchmark {
  private final ArticleJson json = ArticleJson.defaults();

  /**
   * Writes the article's canonical document.
   *
   * @param state the input, not null
   * @return the bytes
   */
  @Benchmark
  public byte[] newsmodel(BenchmarkState state) {
    return json.writeBytes(state.model);
  }

  /**
   * Writes the same document from the POJO graph: the baseline.
   *
   * @param state the input, not null
   * @return the bytes
   */
  @Benchmark
  public byte[] jacksonPojo(BenchmarkState state) {
    return Baselines.POJO_WRITER.writeValueAsBytes(state.pojo);
  }
}
