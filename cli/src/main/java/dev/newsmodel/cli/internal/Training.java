package dev.newsmodel.cli.internal;

import dev.newsmodel.cli.Main;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * A training run for a class-data-sharing archive: runs every command once on a few documents, valid
 * and invalid, so that the JVM running it lists (or archives) every class a real run may load. The
 * build and the launcher {@code bin/newsmodel} run it as
 * {@code java -XX:DumpLoadedClassList=newsmodel-jdkN.classlist -cp newsmodel.jar dev.newsmodel.cli.internal.Training}
 * and then make a static archive of that list with {@code -Xshare:dump}; on JDK 25 and later the
 * launcher's own cache is made by running it with {@code -XX:AOTCacheOutput}. It writes nothing but a
 * temporary directory, which it removes.
 */
public final class Training {
  private Training() {}

  /**
   * Runs the training; exits 0 when every command gave the exit code expected of it, else 1.
   *
   * @param args ignored
   * @throws IOException if the temporary directory cannot be written
   */
  public static void main(String[] args) throws IOException {
    // As Main does: networknt logs through SLF4J, and the command binds no logger.
    if (System.getProperty("slf4j.internal.verbosity") == null) {
      System.setProperty("slf4j.internal.verbosity", "ERROR");
    }
    System.exit(run() ? 0 : 1);
  }

  static boolean run() throws IOException {
    byte[] valid;
    try (InputStream in = Training.class.getResourceAsStream("training/reference-article.json")) {
      if (in == null) {
        throw new IllegalStateException("training/reference-article.json is missing from the jar");
      }
      valid = in.readAllBytes();
    }
    String text = new String(valid, StandardCharsets.UTF_8);
    Path dir = Files.createTempDirectory("newsmodel-training");
    try {
      Path articles = Files.createDirectory(dir.resolve("articles"));
      Files.write(articles.resolve("valid.json"), valid);
      Files.writeString(articles.resolve("bad-schema.json"), text.replace("\"revision\": 1,", "\"revision\": \"one\","));
      Files.writeString(articles.resolve("bad-rule.json"), text.replace("+03:00[Europe/Moscow]", "+04:00[Europe/Moscow]"));
      Files.writeString(articles.resolve("bad-syntax.json"), text.substring(0, text.length() / 2));
      Files.write(articles.resolve("bad-bom.json"), concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, valid));
      String tree = articles.toString();
      String page = dir.resolve("page.html").toString();
      List<List<String>> runs = List.of(
          List.of("validate", tree), List.of("validate", "--format", "json", tree),
          List.of("validate", "--format", "sarif", tree), List.of("validate", "--format", "github", tree),
          List.of("validate", "--jobs", "1", articles.resolve("valid.json").toString()),
          List.of("validate", "-"), List.of("render", articles.resolve("valid.json").toString()),
          List.of("render", "--page", "-o", page, articles.resolve("valid.json").toString()),
          List.of("schema"), List.of("rules"), List.of("rules", "--format", "json"), List.of("--help"),
          List.of("validate", "--help"), List.of("--version"), List.of("validate", "--no-such-option"));
      int[] expected = {1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2};
      // What Main does before a command (it would exit the JVM, so it is not called itself): the
      // system environment and the terminal probe, then the entry point Main.run.
      Env.system();
      boolean ok = Main.run(new ByteArrayInputStream(valid), new ByteArrayOutputStream(),
          new ByteArrayOutputStream(), dir, "--version") == 0;
      for (int i = 0; i < runs.size(); i++) {
        Env env = new Env(new ByteArrayInputStream(valid), new ByteArrayOutputStream(), new ByteArrayOutputStream(),
            dir, false, false, Map.of());
        ok &= Commands.run(env, runs.get(i).toArray(new String[0])) == expected[i];
      }
      return ok;
    } finally {
      try (Stream<Path> walk = Files.walk(dir)) {
        walk.sorted(Comparator.reverseOrder()).forEach(Training::delete);
      }
    }
  }

  private static byte[] concat(byte[] a, byte[] b) {
    byte[] out = new byte[a.length + b.length];
    System.arraycopy(a, 0, out, 0, a.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }

  private static void delete(Path path) {
    try {
      Files.delete(path);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
