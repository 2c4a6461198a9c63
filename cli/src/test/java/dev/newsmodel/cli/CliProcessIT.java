package dev.newsmodel.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged command as a real process: {@code target/newsmodel.jar} with {@code java -jar}, and the
 * launcher script {@code bin/newsmodel}, over the fixture trees. Runs after {@code package}.
 */
class CliProcessIT {
  private static final Path JAR = Path.of("target/newsmodel.jar").toAbsolutePath();
  private static final Path LAUNCHER = Path.of("../bin/newsmodel").toAbsolutePath().normalize();
  private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();

  @TempDir
  Path temp;

  record Result(int exitCode, String out, String err) {
    @Override
    public String toString() {
      return "exit " + exitCode + "\n--- stdout\n" + out + "--- stderr\n" + err;
    }
  }

  static Path resources() {
    try {
      return Path.of(CliProcessIT.class.getResource("/articles").toURI()).getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static Result exec(Path cwd, byte[] stdin, List<String> command) {
    return exec(cwd, stdin, command, Map.of());
  }

  static Result exec(Path cwd, byte[] stdin, List<String> command, Map<String, String> environment) {
    try {
      ProcessBuilder builder = new ProcessBuilder(command).directory(cwd.toFile());
      builder.environment().remove("NEWSMODEL_JAR");
      builder.environment().remove("NEWSMODEL_CACHE");
      builder.environment().remove("NEWSMODEL_CDS");
      builder.environment().remove("NO_COLOR");
      builder.environment().putAll(environment);
      Process process = builder.start();
      CompletableFuture<byte[]> out = CompletableFuture.supplyAsync(() -> readAll(process.getInputStream()));
      CompletableFuture<byte[]> err = CompletableFuture.supplyAsync(() -> readAll(process.getErrorStream()));
      process.getOutputStream().write(stdin);
      process.getOutputStream().close();
      if (!process.waitFor(120, TimeUnit.SECONDS)) {
        process.destroyForcibly();
        throw new AssertionError("timed out: " + command);
      }
      return new Result(process.exitValue(), new String(out.join(), StandardCharsets.UTF_8),
          new String(err.join(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  private static byte[] readAll(InputStream in) {
    try (in) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static Result jar(Path cwd, String... args) {
    List<String> command = new ArrayList<>(List.of(JAVA, "-jar", JAR.toString()));
    Collections.addAll(command, args);
    return exec(cwd, new byte[0], command);
  }

  static Result inProcess(Path cwd, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = Main.run(InputStream.nullInputStream(), out, err, cwd, args);
    return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void jarReportsTheFixtureTreeExactlyAsTheInProcessRunDoes() {
    for (String format : List.of("text", "json", "github", "sarif")) {
      Result process = jar(resources(), "validate", "--format", format, "articles");
      Result local = inProcess(resources(), "validate", "--format", format, "articles");
      assertEquals(local, process, format);
      assertEquals(1, process.exitCode(), process::toString);
      assertFalse(process.err().contains("\tat "), process::toString);
    }
  }

  /**
   * Documents with schema errors are checked without building a Jackson mapper: networknt compiles our
   * own tree of the schema, and the strings and numbers it and our messages quote give their text
   * without one. Building the mapper took 30 to 50 ms of a run's first invalid file (its date format
   * loads the JDK's locale data; benchmarks/README.md). In a JVM of its own, since a mapper is built once.
   * Nor does the run bind a record's {@code equals} or {@code hashCode} through {@code ObjectMethods},
   * which spins method-handle classes no class-data-sharing archive holds (16 for the location keys,
   * which were a record).
   */
  @Test
  void jarChecksInvalidDocumentsWithoutBuildingAJacksonMapper() throws IOException {
    Path log = temp.resolve("classes.log");
    Result run = exec(resources(), new byte[0],
        List.of(JAVA, "-Xlog:class+load:file=" + log, "-jar", JAR.toString(), "validate", "articles"));
    assertEquals(1, run.exitCode(), run::toString);
    String classes = Files.readString(log);
    assertTrue(classes.contains("] com.networknt.schema.Schema source:"), "networknt checked the invalid files");
    assertFalse(classes.contains("] tools.jackson.databind.ObjectMapper source:"),
        "a Jackson mapper was built; see " + log);
    assertFalse(classes.contains("] java.util.GregorianCalendar source:"), "the JDK's calendar was loaded");
    assertFalse(classes.contains("] java.lang.runtime.ObjectMethods source:"),
        "a record's equals, hashCode or toString was bound at run time; see " + log);
  }

  @Test
  void jarValidatesTheReferenceArticleWithWarningsOnlyAndExits0() {
    Result run = jar(resources(), "validate", "articles/valid/reference-article.json");
    assertEquals(0, run.exitCode(), run::toString);
    assertTrue(run.out().contains(" warning "), run::toString);
    assertTrue(run.out().endsWith("1 file: 1 valid, 0 invalid, 0 not read; " + run.out().split("not read; ")[1]),
        run::toString);
  }

  @Test
  void jarRendersAPageIntoNewDirectories() throws IOException {
    Result run = jar(temp, "render", resources().resolve("articles/valid/reference-article.json").toString(),
        "--page", "-o", "out/deeper/article.html");
    assertEquals(0, run.exitCode(), run::toString);
    assertEquals("", run.out());
    String html = Files.readString(temp.resolve("out/deeper/article.html"), StandardCharsets.UTF_8);
    assertTrue(html.startsWith("<!DOCTYPE html>") || html.startsWith("<!doctype html>"), html);
    assertTrue(html.contains("<article"), html);
  }

  @Test
  void jarRefusesToRenderOverItsInputAndLeavesItWhole() throws IOException {
    Path input = temp.resolve("a.json");
    Files.copy(resources().resolve("articles/valid/reference-article.json"), input);
    byte[] before = Files.readAllBytes(input);
    Result run = jar(temp, "render", "a.json", "--page", "-o", "a.json");
    assertEquals(2, run.exitCode(), run::toString);
    assertTrue(run.err().startsWith("newsmodel render: cannot write -o a.json: it is the input file a.json"), run::toString);
    org.junit.jupiter.api.Assertions.assertArrayEquals(before, Files.readAllBytes(input));
  }

  @Test
  void jarGivesOneLineAndExit2ForAnUnknownOption() {
    Result run = jar(temp, "validate", "--frobnicate", ".");
    assertEquals(2, run.exitCode(), run::toString);
    assertEquals(1, run.err().lines().count(), run::toString);
    assertEquals("", run.out());
  }

  @Test
  void jarPrintsTheSchemaAsJson() {
    Result run = jar(temp, "schema");
    assertEquals(0, run.exitCode(), run::toString);
    assertTrue(run.out().startsWith("{"), run::toString);
    assertTrue(run.out().contains("\"$schema\""), run::toString);
  }

  @Test
  void jarRunsOnTheClassPathWithoutAnyModuleDescriptor() throws IOException {
    try (JarFile jar = new JarFile(JAR.toFile())) {
      List<String> descriptors = jar.stream().map(e -> e.getName()).filter(n -> n.endsWith("module-info.class"))
          .collect(Collectors.toList());
      assertEquals(List.of(), descriptors);
      assertEquals("dev.newsmodel.cli.Main", jar.getManifest().getMainAttributes().getValue("Main-Class"));
      assertTrue(jar.getEntry("dev/newsmodel/cli/report.schema.json") != null, "the json report's schema is shipped");
    }
    Result run = exec(temp, new byte[0], List.of(JAVA, "-cp", JAR.toString(), "dev.newsmodel.cli.Main", "--version"));
    assertEquals(0, run.exitCode(), run::toString);
    assertTrue(run.out().startsWith("newsmodel "), run::toString);
  }

  @Test
  void launcherFindsTheJarInTheBuildTreeAndPassesArguments() {
    Result run = exec(temp, "{".getBytes(StandardCharsets.UTF_8), List.of("sh", LAUNCHER.toString(), "validate", "-"));
    assertEquals(1, run.exitCode(), run::toString);
    assertTrue(run.out().startsWith("<stdin>:1:2: error json.syntax "), run::toString);
    assertEquals("", run.err(), run::toString);
  }

  @Test
  void launcherSaysWhereItLookedWhenThereIsNoJar() throws IOException {
    Path lonely = temp.resolve("bin/newsmodel");
    Files.createDirectories(lonely.getParent());
    Files.copy(LAUNCHER, lonely);
    Result run = exec(temp, new byte[0], List.of("sh", lonely.toString(), "--version"));
    assertEquals(2, run.exitCode(), run::toString);
    assertTrue(run.err().startsWith("newsmodel: cannot find newsmodel.jar"), run::toString);
  }

  @Test
  void buildArchiveHoldsTheClassesOfARun() throws IOException {
    int feature = Runtime.version().feature();
    Path archive = JAR.resolveSibling("newsmodel-jdk" + feature + ".jsa");
    assertTrue(Files.isRegularFile(archive), "the build makes " + archive);
    Path log = temp.resolve("class-load.txt");
    Result run = exec(resources(), new byte[0], List.of(JAVA, "-XX:SharedArchiveFile=" + archive,
        "-Xlog:class+load=info:file=" + log, "-jar", JAR.toString(), "validate", "articles/valid/reference-article.json"));
    assertEquals(0, run.exitCode(), run::toString);
    List<String> lines = Files.readAllLines(log);
    List<String> wanted = new ArrayList<>(List.of("dev.newsmodel.cli.internal.ValidateCommand",
        "dev.newsmodel.json.internal.StreamReader", "tools.jackson.core.json.UTF8StreamJsonParser"));
    if (feature < 25) {
      // Java 5 bytecode: only a static archive holds it, and from JDK 25 on no archive of -Xshare:dump.
      wanted.add("picocli.CommandLine");
    }
    for (String type : wanted) {
      assertTrue(lines.stream().anyMatch(line -> line.endsWith("] " + type + " source: shared objects file")),
          () -> type + " is not loaded from the archive:\n" + String.join("\n", lines));
    }
  }

  @Test
  void launcherMakesItsOwnArchiveOnFirstUseForAJarWithoutOne() throws IOException {
    Path installed = temp.resolve("opt/newsmodel");
    Files.createDirectories(installed);
    Files.copy(LAUNCHER, installed.resolve("newsmodel"));
    Files.copy(JAR, installed.resolve("newsmodel.jar"));
    Path cache = temp.resolve("cache");
    String home = System.getProperty("java.home");
    Map<String, String> environment = Map.of("NEWSMODEL_CACHE", cache.toString(), "JAVA_HOME", home);
    List<String> command = List.of("sh", installed.resolve("newsmodel").toString(), "validate", "articles");
    Result expected = inProcess(resources(), "validate", "articles");

    Result first = exec(resources(), new byte[0], command, environment);
    assertEquals(expected, first);
    List<String> made;
    try (var files = Files.list(cache)) {
      made = files.map(file -> file.getFileName().toString()).sorted().collect(Collectors.toList());
    }
    String kind = Runtime.version().feature() >= 25 ? ".aot" : ".jsa";
    assertEquals(1, made.size(), made::toString);
    assertTrue(made.get(0).startsWith("newsmodel-") && made.get(0).endsWith(kind), made::toString);

    assertEquals(expected, exec(resources(), new byte[0], command, environment), "with the archive");
    assertEquals(expected, exec(resources(), new byte[0], command,
        Map.of("NEWSMODEL_CACHE", cache.toString(), "JAVA_HOME", home, "NEWSMODEL_CDS", "off")), "without it");
  }
}
