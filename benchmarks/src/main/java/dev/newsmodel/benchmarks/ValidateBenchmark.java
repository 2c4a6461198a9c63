package dev.newsmodel.benchmarks;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.newsmodel.json.ArticleSchema;
import java.util.List;
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
 * Schema validation alone, to show its share of a validated read: networknt on the published
 * schema, parsing the bytes to a tree and validating the tree, with nothing else (no locations, no
 * model).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 10, time = 1)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g"})
public class ValidateBenchmark {
  private final Schema schema =
      SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12).getSchema(ArticleSchema.text());

  /**
   * Validates with networknt alone: the bytes to a tree, the tree against the schema.
   *
   * @param state the input, not null
   * @return the errors, empty
   */
  @Benchmark
  public List<Error> networknt(BenchmarkState state) {
    return schema.validate(Baselines.POJO_MAPPER.readTree(state.json));
  }
}
