package dev.newsmodel.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import dev.newsmodel.core.lint.Severity;
import java.util.Comparator;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/** {@link Problem#BY_LOCATION}, written out by hand, orders problems as the comparator chain it stands for. */
class ProblemOrderTest {
  private static final Comparator<Problem> CHAIN = Comparator.comparingInt(Problem::line)
      .thenComparingInt(Problem::column)
      .thenComparing(Problem::severity)
      .thenComparing(Problem::code)
      .thenComparing(Problem::pointer);

  /** Few distinct values per component, so that pairs often tie on the first ones and reach the last. */
  private static final Gen<Problem> PROBLEMS = SourceDSL.integers().between(1, 3)
      .zip(SourceDSL.integers().between(1, 3), SourceDSL.arbitrary().enumValues(Severity.class),
          (line, column, severity) -> new int[] {line, column, severity.ordinal()})
      .zip(SourceDSL.arbitrary().pick("schema.type", "schema.required", "lint.image-alt"),
          SourceDSL.arbitrary().pick("", "/headline", "/body/0", "/body/0/text"),
          (place, code, pointer) -> Problem.of(code, Severity.values()[place[2]], pointer, place[0], place[1], "m"));

  @Test
  void ordersAsTheChainOfComparators() {
    qt().withFixedSeed(3317L).withExamples(5_000).forAll(PROBLEMS, PROBLEMS).checkAssert((a, b) ->
        assertEquals(Integer.signum(CHAIN.compare(a, b)), Integer.signum(Problem.BY_LOCATION.compare(a, b)),
            a + " against " + b));
  }
}
