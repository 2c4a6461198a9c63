package dev.newsmodel.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Turns JMH's JSON results into a markdown table of every result beside its baseline, such as
 * {@code | large | read | newsmodel | 41.2 | ... | 1.18 | <= 1.3 | met |}, with the machine and the
 * run settings above it.
 *
 * <p>Run by {@code benchmarks/run.sh}: {@code java -cp benchmarks.jar dev.newsmodel.benchmarks.ResultsTable
 * results/latest.json results/latest.md}. The table goes to the file and to standard output. A ratio
 * is the result's mean time divided by its baseline's, measured in the same run; its ± comes from the
 * two 99.9% confidence intervals JMH reports, combined as relative errors.
 */
public final class ResultsTable {
  private ResultsTable() {}

  /** How a row relates to its reference. */
  enum Kind {
    /** The row is the baseline of its operation. */
    BASELINE,
    /** Time relative to the baseline, lower is better. */
    RATIO,
    /** Time as a share of another result that includes it. */
    SHARE
  }

  /** One line of the table. */
  record Row(String operation, String implementation, String benchmark, String reference, Kind kind,
             double target) {
    static Row baseline(String operation, String implementation, String benchmark) {
      return new Row(operation, implementation, benchmark, benchmark, Kind.BASELINE, Double.NaN);
    }

    static Row ratio(String operation, String implementation, String benchmark, String baseline, double target) {
      return new Row(operation, implementation, benchmark, baseline, Kind.RATIO, target);
    }

    static Row share(String operation, String implementation, String benchmark, String whole) {
      return new Row(operation, implementation, benchmark, whole, Kind.SHARE, Double.NaN);
    }
  }

  /**
   * The table's rows, in order; benchmark names are {@code Class.method}. The targets are issue 12's:
   * read at most the POJO read, a validated read at most 1.3 times it, render at most 0.9 times jte.
   */
  static final List<Row> ROWS = List.of(
      Row.ratio("read", "newsmodel `ArticleJson.read`", "ReadBenchmark.newsmodel",
          "ReadBenchmark.jacksonPojo", 1.0),
      Row.ratio("read + validate", "newsmodel `ArticleValidator.validate` (report + article)",
          "ReadBenchmark.newsmodelValidated", "ReadBenchmark.jacksonPojo", 1.3),
      Row.ratio("read", "Jackson `readTree` (JsonNode)", "ReadBenchmark.jacksonTree",
          "ReadBenchmark.jacksonPojo", Double.NaN),
      Row.baseline("read", "Jackson databind, POJO graph", "ReadBenchmark.jacksonPojo"),
      Row.ratio("write", "newsmodel `ArticleJson.writeBytes`", "WriteBenchmark.newsmodel",
          "WriteBenchmark.jacksonPojo", 1.2),
      Row.baseline("write", "Jackson databind, POJO graph", "WriteBenchmark.jacksonPojo"),
      Row.share("validate", "networknt alone (parse + validate)", "ValidateBenchmark.networknt",
          "ReadBenchmark.newsmodelValidated"),
      Row.ratio("render", "newsmodel `HtmlRenderer.renderFragment`", "RenderBenchmark.newsmodel",
          "RenderBenchmark.jte", 0.9),
      Row.ratio("render", "hand-written StringBuilder", "RenderBenchmark.stringBuilder",
          "RenderBenchmark.jte", Double.NaN),
      Row.baseline("render", "jte 3.2.5, precompiled", "RenderBenchmark.jte"));

  /** One measured result. */
  record Result(double score, double error, double bytesPerOp) {}

  /**
   * Writes the table.
   *
   * @param args the JMH JSON file and the markdown file to write, not null
   * @throws IOException if a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 2) {
      System.err.println("Usage: ResultsTable <jmh-results.json> <table.md>");
      System.exit(2);
      return;
    }
    JsonNode results = JsonMapper.builder().build().readTree(Files.readAllBytes(Path.of(args[0])));
    String markdown = markdown(results, Machine.current());
    Files.writeString(Path.of(args[1]), markdown, StandardCharsets.UTF_8);
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    out.print(markdown);
  }

  /** The machine the results came from. */
  record Machine(int processors, String cpu) {
    static Machine current() {
      String cpu = "unknown CPU";
      try {
        for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"), StandardCharsets.UTF_8)) {
          if (line.startsWith("model name")) {
            cpu = line.substring(line.indexOf(':') + 1).trim();
            break;
          }
        }
      } catch (IOException | RuntimeException e) {
        // Not Linux: the model stays unknown, the table is still written.
      }
      return new Machine(Runtime.getRuntime().availableProcessors(), cpu);
    }
  }

  /**
   * Returns the markdown for JMH results.
   *
   * @param results JMH's JSON output, an array, not null
   * @param machine the machine, not null
   * @return the markdown, not null
   */
  static String markdown(JsonNode results, Machine machine) {
    Map<String, Map<String, Result>> byArticle = new LinkedHashMap<>();
    JsonNode first = null;
    for (JsonNode result : results) {
      if (first == null) {
        first = result;
      }
      String name = shortName(result.path("benchmark").asString());
      String article = result.path("params").path("article").asString("-");
      JsonNode primary = result.path("primaryMetric");
      double bytes = Double.NaN;
      for (Map.Entry<String, JsonNode> metric : result.path("secondaryMetrics").properties()) {
        if (metric.getKey().endsWith("gc.alloc.rate.norm")) {
          bytes = number(metric.getValue().path("score"));
        }
      }
      byArticle.computeIfAbsent(article, a -> new LinkedHashMap<>()).put(name,
          new Result(number(primary.path("score")), number(primary.path("scoreError")), bytes));
    }
    StringBuilder md = new StringBuilder();
    md.append("- Machine: ").append(machine.processors()).append(" CPUs (nproc), ").append(machine.cpu());
    if (first != null) {
      md.append("; JDK ").append(first.path("jdkVersion").asString())
          .append(" (").append(first.path("vmName").asString()).append(' ')
          .append(first.path("vmVersion").asString()).append(")");
      md.append(String.format(Locale.ROOT,
          "%n- JMH: %d fork(s), %d x %s warm-up, %d x %s measurement, %d thread(s), %s; "
              + "allocation from `-prof gc`.%n",
          first.path("forks").asInt(), first.path("warmupIterations").asInt(),
          first.path("warmupTime").asString(), first.path("measurementIterations").asInt(),
          first.path("measurementTime").asString(), first.path("threads").asInt(),
          first.path("mode").asString().equals("avgt") ? "average time per operation"
              : first.path("mode").asString()));
    } else {
      md.append(String.format(Locale.ROOT, "%nNo results.%n"));
    }
    String unit = first == null ? "" : unit(first.path("primaryMetric").path("scoreUnit").asString());
    md.append(String.format(Locale.ROOT, "%n| Article | Operation | Implementation | Time (%s) | Alloc (B/op) "
        + "| Compared with | Ratio | Alloc ratio | Target | |%n", unit));
    md.append(String.format(Locale.ROOT, "|---|---|---|--:|--:|---|--:|--:|--:|---|%n"));
    Set<String> articles = new LinkedHashSet<>(byArticle.keySet());
    List<String> missed = new ArrayList<>();
    for (String article : articles) {
      Map<String, Result> results1 = byArticle.get(article);
      for (Row row : ROWS) {
        Result result = results1.get(row.benchmark());
        if (result == null) {
          continue;
        }
        Result reference = results1.get(row.reference());
        String compared = "";
        String ratio = "";
        String allocRatio = "";
        String target = "";
        String verdict = "";
        switch (row.kind()) {
          case BASELINE:
            compared = "(baseline)";
            ratio = "1.00";
            allocRatio = "1.00";
            break;
          case SHARE:
            compared = referenceName(row.reference());
            ratio = reference == null ? "n/a"
                : String.format(Locale.ROOT, "%.0f%% of it", 100 * result.score() / reference.score());
            break;
          default:
            compared = referenceName(row.reference());
            if (reference == null) {
              ratio = "n/a";
              break;
            }
            double r = result.score() / reference.score();
            double relative = Math.hypot(result.error() / result.score(), reference.error() / reference.score());
            ratio = Double.isNaN(relative) ? String.format(Locale.ROOT, "%.2f", r)
                : String.format(Locale.ROOT, "%.2f ± %.2f", r, r * relative);
            double bytesRatio = result.bytesPerOp() / reference.bytesPerOp();
            allocRatio = Double.isNaN(bytesRatio) ? "" : String.format(Locale.ROOT, "%.2f", bytesRatio);
            if (!Double.isNaN(row.target())) {
              boolean met = r <= row.target();
              target = String.format(Locale.ROOT, "≤ %.1f", row.target());
              verdict = met ? "met" : "**missed**";
              if (!met) {
                missed.add(article + " " + row.operation());
              }
            }
            break;
        }
        md.append(String.format(Locale.ROOT, "| %s | %s | %s | %s ± %s | %s | %s | %s | %s | %s | %s |%n",
            article, row.operation(), row.implementation(), number(result.score()), number(result.error()),
            bytes(result.bytesPerOp()), compared, ratio, allocRatio, target, verdict));
      }
      for (Map.Entry<String, Result> other : results1.entrySet()) {
        if (ROWS.stream().noneMatch(row -> row.benchmark().equals(other.getKey()))) {
          Result result = other.getValue();
          md.append("| ").append(article).append(" | | ").append(other.getKey())
              .append(" | ").append(number(result.score())).append(" ± ").append(number(result.error()))
              .append(" | ").append(bytes(result.bytesPerOp()))
              .append(String.format(Locale.ROOT, " | | | | | |%n"));
        }
      }
    }
    md.append(String.format(Locale.ROOT, "%nTargets missed: %s%n",
        missed.isEmpty() ? "none" : String.join(", ", missed)));
    return md.toString();
  }

  /** Reads a JMH number, which JMH writes as the string {@code "NaN"} when it has none. */
  private static double number(JsonNode node) {
    if (node.isNumber()) {
      return node.doubleValue();
    }
    try {
      return Double.parseDouble(node.asString("NaN"));
    } catch (NumberFormatException e) {
      return Double.NaN;
    }
  }

  private static String shortName(String benchmark) {
    int method = benchmark.lastIndexOf('.');
    int type = benchmark.lastIndexOf('.', method - 1);
    return benchmark.substring(type + 1);
  }

  private static String referenceName(String benchmark) {
    for (Row row : ROWS) {
      if (row.benchmark().equals(benchmark)) {
        return row.implementation().replace("`", "");
      }
    }
    return benchmark;
  }

  private static String number(double value) {
    if (Double.isNaN(value)) {
      return "n/a";
    }
    return value >= 100 ? String.format(Locale.ROOT, "%.0f", value)
        : value >= 10 ? String.format(Locale.ROOT, "%.1f", value)
        : String.format(Locale.ROOT, "%.2f", value);
  }

  private static String unit(String unit) {
    return unit.replace("us/", "µs/");
  }

  private static String bytes(double value) {
    if (Double.isNaN(value)) {
      return "";
    }
    return String.format(Locale.ROOT, "%,.0f", value);
  }
}
