package dev.newsmodel.cli.internal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code render -o}: nothing is lost, and every refusal names the path and says it is about writing. */
class RenderOutputTest {
  private static final Path REFERENCE = Golden.resource("articles/valid/reference-article.json");
  private static final Path INVALID = Golden.resource("articles/invalid/schema-errors.json");

  @TempDir
  Path dir;

  private byte[] article;

  @BeforeEach
  void copyTheArticle() throws IOException {
    Files.copy(REFERENCE, dir.resolve("a.json"));
    article = Files.readAllBytes(dir.resolve("a.json"));
  }

  private CliRun render(String... args) {
    String[] all = new String[args.length + 1];
    all[0] = "render";
    System.arraycopy(args, 0, all, 1, args.length);
    return CliRun.run(dir, ArticleChecker::of, new byte[0], all);
  }

  private List<String> listing() throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).sorted().collect(Collectors.toList());
    }
  }

  private static void assertOneLineError(CliRun run, String line) {
    assertEquals(2, run.exitCode(), run::toString);
    assertEquals("", run.out(), run::toString);
    assertEquals(line + "\n", run.err(), run::toString);
  }

  @ParameterizedTest(name = "-o {0}")
  @ValueSource(strings = {"a.json", "./a.json", "sub/../a.json", "ABSOLUTE"})
  void refusesToWriteOverTheInputByPath(String output) throws IOException {
    String o = output.equals("ABSOLUTE") ? dir.resolve("a.json").toString() : output;
    assertOneLineError(render("a.json", "--page", "-o", o), "newsmodel render: cannot write -o " + o
        + ": it is the input file a.json, which the HTML would replace; nothing was written");
    assertArrayEquals(article, Files.readAllBytes(dir.resolve("a.json")));
  }

  @Test
  void refusesToWriteOverTheInputThroughAHardLinkOrASymbolicLink() throws IOException {
    Files.createLink(dir.resolve("hard.json"), dir.resolve("a.json"));
    Files.createSymbolicLink(dir.resolve("soft.html"), dir.resolve("a.json"));
    Files.createDirectories(dir.resolve("d"));
    Files.createSymbolicLink(dir.resolve("d/up"), dir);
    for (String output : List.of("hard.json", "soft.html", "d/up/a.json")) {
      assertOneLineError(render("a.json", "-o", output), "newsmodel render: cannot write -o " + output
          + ": it is the input file a.json, which the HTML would replace; nothing was written");
    }
    // And the other way round: the input named through the link.
    assertOneLineError(render("soft.html", "-o", "a.json"), "newsmodel render: cannot write -o a.json"
        + ": it is the input file soft.html, which the HTML would replace; nothing was written");
    assertArrayEquals(article, Files.readAllBytes(dir.resolve("a.json")));
    assertTrue(Files.isSymbolicLink(dir.resolve("soft.html")));
  }

  @Test
  void dashWritesToStandardOutput() {
    CliRun dash = render("a.json", "--page", "-o", "-");
    CliRun plain = render("a.json", "--page");
    assertEquals(0, dash.exitCode(), dash::toString);
    assertTrue(dash.out().startsWith("<!DOCTYPE html>"), dash::toString);
    assertEquals(plain, dash);
  }

  @Test
  void aDirectoryAsOutputIsRefusedByName() throws IOException {
    Files.createDirectories(dir.resolve("out"));
    assertOneLineError(render("a.json", "-o", "out/"), "newsmodel render: cannot write -o out/: it is a directory; "
        + "name a file in it, such as out/article.html");
  }

  @Test
  void aFileInTheWayOfTheDirectoriesIsNamed() throws IOException {
    Files.writeString(dir.resolve("notes.txt"), "keep me");
    assertOneLineError(render("a.json", "-o", "notes.txt/deeper/page.html"), "newsmodel render: cannot write -o "
        + "notes.txt/deeper/page.html: notes.txt is a file, so the directory cannot be created; nothing was written");
    assertEquals("keep me", Files.readString(dir.resolve("notes.txt")));
  }

  @Test
  void anInvalidArticleLeavesAnExistingOutputAlone() throws IOException {
    Files.copy(INVALID, dir.resolve("bad.json"));
    Files.writeString(dir.resolve("page.html"), "the previous page");
    CliRun run = render("bad.json", "-o", "page.html");
    assertEquals(1, run.exitCode(), run::toString);
    assertEquals("the previous page", Files.readString(dir.resolve("page.html")));
    assertEquals(List.of("a.json", "bad.json", "page.html"), listing());
  }

  @Test
  void replacesAnExistingOutputKeepingItsPermissionsAndLeavesNoTemporaryFile() throws IOException {
    assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "no POSIX permissions here");
    Path page = dir.resolve("page.html");
    Files.writeString(page, "the previous page");
    Files.setPosixFilePermissions(page, PosixFilePermissions.fromString("rw-r-----"));
    CliRun run = render("a.json", "--page", "-o", "page.html");
    assertEquals(0, run.exitCode(), run::toString);
    assertEquals(render("a.json", "--page").out(), Files.readString(page, StandardCharsets.UTF_8));
    assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(page)));
    assertEquals(List.of("a.json", "page.html"), listing());
  }

  @Test
  void writesThroughASymbolicLinkAndKeepsTheLink() throws IOException {
    Files.createDirectories(dir.resolve("site"));
    Files.writeString(dir.resolve("site/real.html"), "old");
    Files.createSymbolicLink(dir.resolve("link.html"), dir.resolve("site/real.html"));
    CliRun run = render("a.json", "-o", "link.html");
    assertEquals(0, run.exitCode(), run::toString);
    assertTrue(Files.isSymbolicLink(dir.resolve("link.html")));
    assertTrue(Files.readString(dir.resolve("site/real.html")).startsWith("<article"));
  }

  @Test
  void writesToADeviceDirectly() {
    Path devNull = Path.of("/dev/null");
    assumeTrue(Files.exists(devNull) && !Files.isRegularFile(devNull), "no /dev/null here");
    CliRun run = render("a.json", "-o", devNull.toString());
    assertEquals(0, run.exitCode(), run::toString);
    assertTrue(Files.exists(devNull) && !Files.isRegularFile(devNull), "/dev/null is still a device");
  }
}
