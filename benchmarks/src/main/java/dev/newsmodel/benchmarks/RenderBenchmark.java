package dev.newsmodel.benchmarks;

import dev.newsmodel.benchmarks.baseline.JteRenderer;
import dev.newsmodel.benchmarks.baseline.StringBuilderRenderer;
import dev.newsmodel.html.HtmlRenderer;
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
 * Article to HTML fragment: newsmodel's renderer beside a precompiled jte template (the baseline)
 * and a bare StringBuilder writer, all three writing equivalent escaped markup to a String.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class RenderBenchmark {
  private final HtmlRenderer renderer = HtmlRenderer.defaults();
  private final JteRenderer jte = new JteRenderer();

  /**
   * Renders with newsmodel.
   *
   * @param state the input, not null
   * @return the fragment
   */
  @Benchmark
  public String newsmodel(BenchmarkState state) {
    return renderer.renderFragment(state.model);
  }

  /**
   * Renders with the precompiled jte template: the baseline.
   *
   * @param state the input, not null
   * @return the fragment
   */
  @Benchmark
  public String jte(BenchmarkState state) {
    return jte.render(state.model);
  }

  /**
   * Renders with the hand-written StringBuilder writer.
   *
   * @param state the input, not null
   * @return the fragment
   */
  @Benchmark
  public String stringBuilder(BenchmarkState state) {
    return StringBuilderRenderer.render(state.model);
  }
}
