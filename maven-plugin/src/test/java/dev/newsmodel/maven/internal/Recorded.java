package dev.newsmodel.maven.internal;

import java.util.ArrayList;
import java.util.List;

/** Messages kept as {@code LEVEL line}, in order, for tests. */
final class Recorded implements Messages {
  final List<String> lines = new ArrayList<>();

  @Override
  public void error(String line) {
    lines.add("ERROR " + line);
  }

  @Override
  public void warn(String line) {
    lines.add("WARN " + line);
  }

  @Override
  public void info(String line) {
    lines.add("INFO " + line);
  }

  @Override
  public void debug(String line, Throwable cause) {
    lines.add("DEBUG " + line + ": " + cause);
  }
}
