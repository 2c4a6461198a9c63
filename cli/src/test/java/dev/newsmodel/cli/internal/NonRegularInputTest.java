package dev.newsmodel.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * FIFOs, devices and links to them are never opened, since opening one waits for a writer that may
 * never come: in a directory walk, or named on the command line, each gets one line saying what it is.
 */
class NonRegularInputTest {
  private static final Path REFERENCE = Golden.resource("articles/valid/reference-article.json");
  private static final Duration PATIENCE = Duration.ofSeconds(60);
  private static final String FIFO = "error io.unreadable Cannot read the file: it is a named pipe (FIFO), not a "
      + "regular file; give '-' to read standard input.";

  @TempDir
  Path dir;

  /** Makes a FIFO with mkfifo(1), or skips the test where there is none. */
  private void mkfifo(Path path) throws IOException, InterruptedException {
    Process process;
    try {
      process = new ProcessBuilder("mkfifo", path.toString()).redirectErrorStream(true).start();
    } catch (IOException e) {
      assumeTrue(false, "mkfifo is not available here (" + e.getMessage() + "), so no FIFO can be made");
      return;
    }
    assumeTrue(process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0, "mkfifo failed here");
    assumeTrue(Files.exists(path) && !Files.isRegularFile(path), "mkfifo made no FIFO");
  }

  private CliRun run(String... args) {
    return assertTimeoutPreemptively(PATIENCE, () -> CliRun.run(dir, ArticleChecker::of, new byte[0], args));
  }

  @BeforeEach
  void tree() throws IOException, InterruptedException {
    Files.createDirectories(dir.resolve("tree"));
    Files.copy(REFERENCE, dir.resolve("tree/ok.json"));
    mkfifo(dir.resolve("tree/p.json"));
    Files.createSymbolicLink(dir.resolve("tree/q.json"), dir.resolve("tree/p.json"));
  }

  @Test
  void aWalkReportsAFifoAndALinkToItWithoutHangingAndChecksTheRest() {
    CliRun run = run("validate", "tree");
    assertEquals(2, run.exitCode(), run::toString);
    assertTrue(run.out().contains("\ntree/p.json: " + FIFO + "\n\ntree/q.json: " + FIFO + "\n"), run::toString);
    assertTrue(run.out().startsWith("tree/ok.json:1:1: warning byline-missing "), run::toString);
    assertTrue(run.out().endsWith("3 files: 1 valid, 0 invalid, 2 not read; 4 problems (2 errors, 2 warnings, 0 info)\n"),
        run::toString);
  }

  @Test
  void aFifoNamedOnTheCommandLineIsRefusedNotOpened() {
    CliRun validate = run("validate", "tree/p.json");
    assertEquals(2, validate.exitCode(), validate::toString);
    assertTrue(validate.out().startsWith("tree/p.json: " + FIFO + "\n"), validate::toString);
    CliRun render = run("render", "tree/q.json");
    assertEquals(2, render.exitCode(), render::toString);
    assertEquals("tree/q.json: " + FIFO + "\n", render.err());
    assertEquals("", render.out());
  }

  @Test
  void aDeviceNamedOnTheCommandLineIsRefused() {
    Path devNull = Path.of("/dev/null");
    assumeTrue(Files.exists(devNull) && !Files.isRegularFile(devNull), "no /dev/null here");
    CliRun run = run("validate", devNull.toString());
    assertEquals(2, run.exitCode(), run::toString);
    assertTrue(run.out().startsWith("/dev/null: error io.unreadable Cannot read the file: it is a character device, "
        + "not a regular file; give '-' to read standard input.\n"), run::toString);
  }
}
