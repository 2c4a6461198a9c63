package dev.newsmodel.benchmarks;

import dev.newsmodel.benchmarks.pojo.ArticleDocument;
import dev.newsmodel.core.Article;
import dev.newsmodel.json.ArticleJson;
import dev.newsmodel.json.ArticleValidator;
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
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectReader;

/**
 * Bytes to article: newsmodel with and without schema validation, beside Jackson databind reading
 * the same bytes into a plain POJO graph (the baseline) and into a {@code JsonNode} tree.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 8, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class ReadBenchmark {
  private final ArticleJson json = ArticleJson.defaults();
  private final ArticleValidator validator = ArticleValidator.defaults();
  private final ObjectReader pojoReader = Baselines.POJO_MAPPER.readerFor(ArticleDocument.class);

  /**
   * Reads the article without schema validation.
   *
   * @param state the input, not null
   * @return the article
   */
  @Benchmark
  public Article newsmodel(BenchmarkState state) {
    return json.read(state.json);
  }

  /**
   * Validates the document against the schema and reads it in one call, as a CI job or an import
   * does: the validator's report carries the article when the document is valid.
   *
   * @param state the input, not null
   * @return the article
   */
  @Benchmark
  public Article newsmodelValidated(BenchmarkState state) {
    return validator.validate(state.json, "article.json").article().orElseThrow();
  }

  /**
   * Reads the same bytes into the POJO graph: the baseline.
   *
   * @param state the input, not null
   * @return the graph
   */
  @Benchmark
  public ArticleDocument jacksonPojo(BenchmarkState state) {
    return pojoReader.readValue(state.json);
  }

  /**
   * Reads the same bytes into a tree.
   *
   * @param state the input, not null
   * @return the tree
   */
  @Benchmark
  public JsonNode jacksonTree(BenchmarkState state) {
    return Baselines.POJO_MAPPER.readTree(state.json);
  }
}
