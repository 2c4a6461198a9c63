package dev.newsmodel.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class ResultsTableTest {
  @Test
  void writesEveryResultWithItsRatioToTheBaselineOfTheSameRun() throws IOException {
    String markdown;
    try (InputStream json = getClass().getResourceAsStream("/jmh-sample.json")) {
      markdown = ResultsTable.markdown(JsonMapper.builder().build().readTree(json),
          new ResultsTable.Machine(2, "Test CPU @ 2.0GHz"));
    }
    assertEquals(resource("/jmh-sample.md"), markdown);
  }

  private String resource(String name) throws IOException {
    try (InputStream in = getClass().getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
