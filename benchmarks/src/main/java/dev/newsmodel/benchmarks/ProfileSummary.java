package dev.newsmodel.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordedMethod;
import jdk.jfr.consumer.RecordedStackTrace;
import jdk.jfr.consumer.RecordingFile;

/**
 * Summarises a Java Flight Recorder file from a benchmark run ({@code -prof jfr}): where the JMH
 * worker spends its time (CPU samples, by method that is running and by method on the stack) and
 * where it allocates (allocation samples, weighted by bytes), such as
 * {@code 23.1%  com.networknt.schema.Schema.validate}.
 *
 * <p>JFR samples threads without waiting for a safepoint, so the profile is not biased toward loop
 * ends as JMH's {@code -prof stack} is. Run by {@code benchmarks/profile.sh}.
 */
public final class ProfileSummary {
  private ProfileSummary() {}

  private static final int TOP = Integer.getInteger("newsmodel.profile.top", 25);

  /**
   * Prints the summary.
   *
   * @param args the JFR file, not null
   * @throws IOException if the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("Usage: ProfileSummary <recording.jfr>");
      System.exit(2);
      return;
    }
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Map<String, Long> self = new HashMap<>();
    Map<String, Long> total = new HashMap<>();
    Map<String, Long> allocSite = new HashMap<>();
    Map<String, Long> allocType = new HashMap<>();
    long samples = 0;
    long allocated = 0;
    for (RecordedEvent event : RecordingFile.readAllEvents(Path.of(args[0]))) {
      RecordedStackTrace stack = event.getStackTrace();
      if (stack == null || !onWorker(event)) {
        continue;
      }
      List<RecordedFrame> frames = stack.getFrames();
      String type = event.getEventType().getName();
      if (type.equals("jdk.ExecutionSample")) {
        samples++;
        if (!frames.isEmpty()) {
          self.merge(name(frames.get(0)), 1L, Long::sum);
        }
        Set<String> seen = new HashSet<>();
        for (RecordedFrame frame : frames) {
          String name = name(frame);
          if (seen.add(name)) {
            total.merge(name, 1L, Long::sum);
          }
        }
      } else if (type.equals("jdk.ObjectAllocationSample")) {
        long weight = event.getLong("weight");
        allocated += weight;
        allocType.merge(event.getClass("objectClass").getName(), weight, Long::sum);
        allocSite.merge(site(frames), weight, Long::sum);
      }
    }
    out.printf(Locale.ROOT, "%d CPU samples on the benchmark thread%n", samples);
    print(out, "Self time (method running)", self, samples);
    print(out, "Total time (method on the stack)", total, samples);
    print(out, "Allocation by type (sampled bytes)", allocType, allocated);
    print(out, "Allocation by site (allocating frame < caller < first newsmodel frame)", allocSite, allocated);
  }

  private static boolean onWorker(RecordedEvent event) {
    var thread = event.hasField("sampledThread") ? event.getThread("sampledThread") : event.getThread();
    return thread != null && thread.getJavaName() != null && thread.getJavaName().contains("jmh-worker");
  }

  private static String name(RecordedFrame frame) {
    RecordedMethod method = frame.getMethod();
    return method.getType().getName() + "." + method.getName();
  }

  private static String site(List<RecordedFrame> frames) {
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < frames.size() && i < 2; i++) {
      parts.add(name(frames.get(i)));
    }
    for (RecordedFrame frame : frames) {
      String name = name(frame);
      if (name.startsWith("dev.newsmodel.") && !name.startsWith("dev.newsmodel.benchmarks.")) {
        if (!parts.contains(name)) {
          parts.add(name);
        }
        break;
      }
    }
    return String.join(" < ", parts);
  }

  private static void print(PrintStream out, String title, Map<String, Long> counts, long whole) {
    out.printf(Locale.ROOT, "%n%s%n", title);
    counts.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
        .limit(TOP)
        .forEach(e -> out.printf(Locale.ROOT, "%6.1f%%  %s%n", 100.0 * e.getValue() / Math.max(1, whole), e.getKey()));
  }
}
