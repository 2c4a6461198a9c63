package dev.newsmodel.benchmarks;

import dev.newsmodel.json.ArticleJson;
import dev.newsmodel.json.ArticleReadException;
import dev.newsmodel.json.ArticleValidator;
import dev.newsmodel.json.Limits;
import dev.newsmodel.json.ValidationReport;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Measures the heap one document needs, for the shapes that cost most memory per byte, each just within
 * the default {@link Limits} (and, for the count limits, one step beyond them). Not a JMH benchmark and
 * not a test: it times nothing.
 *
 * <p>Run without arguments, it writes each shape to a file, then validates ({@link ArticleValidator}) and
 * reads ({@link ArticleJson#read(byte[])}) it in a fresh JVM with a given {@code -Xmx}, halving the
 * interval until it knows the smallest heap, to 1 MiB, in which both finish; and it checks that each
 * finishes under {@code -Xmx64m}. The smallest heap includes the document's bytes and the JVM's own
 * baseline (the schema, the classes), which a JVM doing nothing needs too ({@code baseline} below).
 *
 * <pre>{@code
 * java -cp benchmarks/target/benchmarks.jar dev.newsmodel.benchmarks.HeapBenchmark
 * }</pre>
 *
 * <p>Run with a shape's file, it checks that one file and prints its verdict and the peak heap the
 * JVM's memory pools saw (which counts garbage not yet collected, so it is at most the {@code -Xmx}).
 */
public final class HeapBenchmark {
  private static final String SCHEMA = "\"$schema\": \"https://newsmodel.dev/schema/article/1.json\", ";
  private static final String HEAD = "{" + SCHEMA + "\"id\": \"a\", \"revision\": 1, \"status\": \"draft\", "
      + "\"language\": \"en\", \"headline\": \"H\"";
  /** The values of {@link #HEAD} and of the closing brace: the root object and its six scalars. */
  private static final int HEAD_VALUES = 7;

  private HeapBenchmark() {}

  /**
   * Runs the measurement, or checks one file.
   *
   * @param args none, or {@code check <file>}
   * @throws Exception if a file or a child JVM fails
   */
  public static void main(String[] args) throws Exception {
    if (args.length == 2 && args[0].equals("check")) {
      check(Path.of(args[1]));
      return;
    }
    Path dir = Files.createTempDirectory("newsmodel-heap");
    List<String> rows = new ArrayList<>();
    rows.add("| shape | document | verdict | smallest -Xmx | under -Xmx64m |");
    rows.add("|---|---|---|---|---|");
    for (Map.Entry<String, Supplier<String>> shape : shapes().entrySet()) {
      Path file = dir.resolve(shape.getKey() + ".json");
      Files.writeString(file, shape.getValue().get(), StandardCharsets.UTF_8);
      String verdict = run(file, 64);
      boolean fits = verdict != null;
      int smallest = smallestHeap(file);
      rows.add("| " + shape.getKey() + " | " + mib(Files.size(file)) + " | " + (fits ? verdict : "out of memory")
          + " | " + smallest + " MiB | " + (fits ? "yes" : "NO") + " |");
      Files.delete(file);
      System.err.println(rows.get(rows.size() - 1));
    }
    Path empty = dir.resolve("baseline.json");
    Files.writeString(empty, HEAD + "}", StandardCharsets.UTF_8);
    rows.add("| baseline (a 150-byte valid draft) | " + mib(Files.size(empty)) + " | " + run(empty, 64) + " | "
        + smallestHeap(empty) + " MiB | yes |");
    Files.delete(empty);
    Files.delete(dir);
    System.out.println("JDK " + System.getProperty("java.version") + ", -XX:+UseSerialGC, default Limits");
    rows.forEach(System.out::println);
  }

  /** The shapes, by name: each the most memory per byte for one part of the reading path. */
  static Map<String, Supplier<String>> shapes() {
    Limits limits = Limits.defaults();
    int values = limits.maxValues();
    int items = limits.maxArrayItems();
    Map<String, Supplier<String>> shapes = new LinkedHashMap<>();
    // Six values a paragraph: as many as the values limit allows, valid, then with the text in "text"
    // instead of "value" (two schema errors each), then one value too many.
    int paragraphs = Math.min(items, (values - HEAD_VALUES - 1) / 6);
    String valid = "{\"type\":\"paragraph\",\"content\":[{\"type\":\"text\",\"value\":\"a\"}]}";
    String invalid = "{\"type\":\"paragraph\",\"content\":[{\"type\":\"text\",\"text\":\"a\"}]}";
    shapes.put("tiny paragraphs, valid (" + paragraphs + ")", () -> body(valid, paragraphs, ""));
    shapes.put("tiny paragraphs, 2 errors each (" + paragraphs + ")", () -> body(invalid, paragraphs, ""));
    shapes.put("tiny paragraphs, beyond maxValues", () -> body(valid, paragraphs, ",\"x\"".repeat(
        Math.max(1, values - HEAD_VALUES - 1 - 6 * paragraphs))));
    // The number 1 where a keyword is expected, as many as an array may hold, then one more.
    shapes.put("keywords of 1 (" + items + ")", () -> HEAD + ", \"keywords\": [" + repeat("1", items) + "]}");
    shapes.put("keywords of 1, one beyond maxArrayItems", () -> HEAD + ", \"keywords\": ["
        + repeat("1", items + 1) + "]}");
    // The number 1 where a block is expected: each fails the block's type and every branch of its union.
    shapes.put("blocks of 1 (" + items + ")", () -> HEAD + ", \"body\": [" + repeat("1", items) + "]}");
    // The number 1 where inline content is expected, in as many paragraphs as the values limit allows:
    // networknt reports each item seven times (the union's type and each branch's), the costliest value.
    int room = values - HEAD_VALUES - 1;
    int inlineParagraphs = (room + items + 2) / (items + 3);
    int perParagraph = room / inlineParagraphs - 3;
    shapes.put("inline content of 1, " + inlineParagraphs + " paragraphs of " + perParagraph, () -> HEAD
        + ", \"body\": [" + repeat("{\"type\":\"paragraph\",\"content\":[" + repeat("1", perParagraph) + "]}",
        inlineParagraphs) + "]}");
    // Inline content nested as deep as allowed, then a full array of wrong items at the bottom: long
    // pointers for every problem.
    int nesting = limits.maxDepth() / 2 - 3;
    shapes.put("blocks of 1 under " + nesting + " nested emphases", () -> {
      String open = "{\"type\":\"emphasis\",\"content\":[";
      return HEAD + ", \"body\": [{\"type\":\"paragraph\",\"content\":[" + open.repeat(nesting)
          + repeat("1", Math.min(items, values - 2 * nesting - 20)) + "]}".repeat(nesting) + "]}]}";
    });
    // Unknown properties with the longest names, nested as deep as allowed, over a full array.
    shapes.put("longest names nested " + (limits.maxDepth() - 2) + " deep over " + items + " items", () -> {
      String name = "n".repeat(limits.maxNameLength());
      return HEAD + ", " + ("\"" + name + "\": {").repeat(limits.maxDepth() - 2) + "\"a\": [" + repeat("1", items)
          + "]" + "}".repeat(limits.maxDepth() - 2) + "}";
    });
    // Ten strings of the longest length, each with one character beyond Latin-1 (two bytes per char in
    // a Java string), filling the document size limit.
    shapes.put("longest strings, 2 bytes a character", () -> {
      int n = limits.maxDocumentBytes() / limits.maxStringLength() - 1;
      String text = "\u0416" + "a".repeat(limits.maxStringLength() - 1);
      return body("{\"type\":\"paragraph\",\"content\":[{\"type\":\"text\",\"value\":\"" + text + "\"}]}", n, "");
    });
    // A valid article followed by line breaks up to the size limit: the line index's worst case.
    shapes.put("line breaks up to the size limit", () -> {
      String article = body(valid, 1, "");
      return article + "\n".repeat(limits.maxDocumentBytes() - article.length() - 1);
    });
    return shapes;
  }

  private static String body(String block, int count, String extra) {
    return HEAD + ", \"body\": [" + repeat(block, count) + "]" + (extra.isEmpty() ? "" : ", \"genre\": ["
        + extra.substring(1) + "]") + "}";
  }

  private static String repeat(String item, int count) {
    StringBuilder out = new StringBuilder(count * (item.length() + 1));
    for (int i = 0; i < count; i++) {
      out.append(i == 0 ? "" : ",").append(item);
    }
    return out.toString();
  }

  private static String mib(long bytes) {
    return bytes < 1024 * 1024 ? String.format(Locale.ROOT, "%.1f KiB", bytes / 1024.0)
        : String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024));
  }

  /** Returns the smallest heap, in MiB, under which the file is checked, or 0 if none up to 256 is. */
  private static int smallestHeap(Path file) throws IOException, InterruptedException {
    int low = 4;
    int high = 64;
    if (run(file, high) == null) {
      high = 256;
      if (run(file, high) == null) {
        return 0;
      }
    }
    while (high - low > 1) {
      int mid = (low + high) / 2;
      if (run(file, mid) != null) {
        high = mid;
      } else {
        low = mid;
      }
    }
    return high;
  }

  /** Checks the file in a fresh JVM with the given heap; returns its verdict, or null if it failed. */
  private static String run(Path file, int heapMib) throws IOException, InterruptedException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process = new ProcessBuilder(java, "-Xmx" + heapMib + "m", "-Xms" + Math.min(heapMib, 8) + "m",
        "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"), HeapBenchmark.class.getName(), "check",
        file.toString())
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    return process.waitFor() == 0 && !out.isEmpty() ? out : null;
  }

  private static void check(Path file) throws IOException {
    byte[] document = Files.readAllBytes(file);
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
    // One document at a time, as a service or the command line checks them: the report is dropped
    // before the document is read for use.
    String verdict = verdict(ArticleValidator.defaults().validate(document, file.getFileName().toString()));
    String read;
    try {
      ArticleJson.defaults().read(document);
      read = "read";
    } catch (ArticleReadException e) {
      read = "refused";
    }
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    System.out.println(verdict + ", " + read + "; peak pool use " + peak / (1024 * 1024) + " MiB");
  }

  private static String verdict(ValidationReport report) {
    String first = report.problems().isEmpty() ? "" : " " + report.problems().get(0).code();
    return (report.isValid() ? "valid" : "invalid") + first + ", " + report.problems().size()
        + (report.omittedProblems() > 0 ? " + " + report.omittedProblems() + " omitted" : "") + " problems";
  }
}
