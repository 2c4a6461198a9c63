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
    try {
      ProcessBuilder builder = new ProcessBuilder(command).directory(cwd.toFile());
      builder.environment().remove("NEWSMODEL_JAR");
      builder.environment().remove("NO_COLOR");
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
}
