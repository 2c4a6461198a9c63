package dev.newsmodel.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PortalMainTest {
  @Test
  void readsEveryOption() throws Exception {
    PortalSettings settings = PortalMain.parse(new String[] {"--port", "0", "--articles", "dir", "--host", "::1",
        "--base-url", "https://news.example.org/", "--title", "Erlenbrunn today"});
    assertEquals(new PortalSettings(InetAddress.getByName("::1"), 0, Path.of("dir"),
        Optional.of(URI.create("https://news.example.org/")), "Erlenbrunn today"), settings);
  }

  @Test
  void listensOnLoopbackPort8080ByDefault() throws Exception {
    PortalSettings settings = PortalMain.parse(new String[] {"--articles", "dir"});
    assertTrue(settings.host().isLoopbackAddress());
    assertEquals(8080, settings.port());
    assertEquals(Optional.empty(), settings.baseUrl());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "--port 8080|--articles DIR is required",
      "--articles|--articles needs a value",
      "--articles d --port x|--port must be a number from 0 to 65535, but was 'x'",
      "--articles d --port 70000|Portal port must be 0 to 65535, but was 70000",
      "--articles d --base-url ftp://x/|Portal base URL must be an absolute http or https URL with a host whose path ends in '/', such as 'https://news.example.org/', but was 'ftp://x/'",
      "--articles d --base-url https://x/news|Portal base URL must be an absolute http or https URL with a host whose path ends in '/', such as 'https://news.example.org/', but was 'https://x/news'",
      "--articles d --verbose 1|unknown option '--verbose'",
      "d|unexpected argument 'd'",
  })
  void refusesABadCommandLineNamingWhy(String args, String message) {
    PortalMain.UsageException e = assertThrows(PortalMain.UsageException.class,
        () -> PortalMain.parse(args.split(" ")));
    assertEquals(message, e.getMessage());
  }

  @Test
  void badUsageExitsWith2AndPrintsTheUsage() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int code = PortalMain.run(new String[] {"--port", "1"}, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals(2, code);
    assertTrue(err.toString(StandardCharsets.UTF_8).startsWith("newsmodel-portal: --articles DIR is required\nUsage:"));
  }

  @Test
  void helpPrintsTheUsageAndExitsWith0() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    int code = PortalMain.run(new String[] {"--help"}, new PrintStream(out, true, StandardCharsets.UTF_8), System.err);
    assertEquals(0, code);
    assertEquals(PortalMain.USAGE, out.toString(StandardCharsets.UTF_8));
  }
}
