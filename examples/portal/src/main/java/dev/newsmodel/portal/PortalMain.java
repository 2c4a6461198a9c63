package dev.newsmodel.portal;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;

/**
 * The {@code newsmodel-portal} command: {@code newsmodel-portal --port 8080 --articles examples/articles}.
 * Serves until it is stopped (Ctrl-C); log lines, such as a skipped file's located problems, go to
 * standard error.
 */
public final class PortalMain {
  static final String USAGE = """
      Usage: newsmodel-portal --articles DIR [--port N] [--host ADDRESS] [--base-url URL] [--title TEXT]

      Serves the article JSON files in DIR (and its sub-directories) as a news portal.

        --articles DIR    the directory of article JSON (required)
        --port N          the port, 0 for a free one (default 8080)
        --host ADDRESS    the address to listen on (default the loopback address, 127.0.0.1: only this
                          machine can connect); 0.0.0.0 or :: listens on every interface
        --base-url URL    the public address used in links and feeds, such as https://news.example.org/
                          (default http://HOST:PORT/)
        --title TEXT      the portal's name (default "Newsmodel Portal")
        --help            this text
      """;

  private PortalMain() {}

  /**
   * Runs the portal until the process is stopped.
   *
   * @param args the options, see {@link #USAGE}, not null
   */
  public static void main(String[] args) {
    int code = run(args, System.out, System.err);
    if (code != 0) {
      System.exit(code);
    }
  }

  /** Starts the portal and waits; returns an exit code (2 for bad usage, 1 if it cannot start). */
  static int run(String[] args, PrintStream out, PrintStream err) {
    PortalSettings settings;
    try {
      settings = parse(args);
    } catch (UsageException e) {
      if (e.getMessage().isEmpty()) {
        out.print(USAGE);
        return 0;
      }
      err.println("newsmodel-portal: " + e.getMessage());
      err.print(USAGE);
      return 2;
    }
    Portal portal;
    try {
      portal = Portal.start(settings, Clock.systemUTC(), err::println);
    } catch (IOException e) {
      err.println("newsmodel-portal: cannot listen on " + settings.host().getHostAddress() + ":"
          + settings.port() + " (" + e.getMessage() + ")");
      return 1;
    }
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      portal.close();
      stopped.countDown();
    }, "newsmodel-portal-stop"));
    out.println("newsmodel-portal: serving " + settings.articles() + " at " + portal.uri()
        + (portal.baseUrl().equals(portal.uri()) ? "" : " (links use " + portal.baseUrl() + ")")
        + "; Ctrl-C stops it");
    out.flush();
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return 0;
  }

  /** Reads the options; a UsageException with an empty message asks for the help text. */
  static PortalSettings parse(String[] args) throws UsageException {
    Path articles = null;
    PortalSettings settings = PortalSettings.of(Path.of("."));
    for (int i = 0; i < args.length; i++) {
      String option = args[i];
      if (option.equals("--help") || option.equals("-h")) {
        throw new UsageException("");
      }
      if (!option.startsWith("--")) {
        throw new UsageException("unexpected argument '" + option + "'");
      }
      if (i + 1 >= args.length) {
        throw new UsageException(option + " needs a value");
      }
      String value = args[++i];
      try {
        switch (option) {
          case "--articles" -> articles = Path.of(value);
          case "--port" -> settings = settings.withPort(port(value));
          case "--host" -> settings = settings.withHost(InetAddress.getByName(value));
          case "--base-url" -> settings = settings.withBaseUrl(new URI(value));
          case "--title" -> settings = settings.withTitle(value);
          default -> throw new UsageException("unknown option '" + option + "'");
        }
      } catch (UnknownHostException e) {
        throw new UsageException("--host '" + value + "' is not an address this machine can resolve");
      } catch (URISyntaxException e) {
        throw new UsageException("--base-url '" + value + "' is not a URL: " + e.getReason());
      } catch (IllegalArgumentException e) {
        throw new UsageException(e.getMessage());
      }
    }
    if (articles == null) {
      throw new UsageException("--articles DIR is required");
    }
    return new PortalSettings(settings.host(), settings.port(), articles, settings.baseUrl(), settings.title());
  }

  private static int port(String value) throws UsageException {
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new UsageException("--port must be a number from 0 to 65535, but was '" + value + "'");
    }
  }

  /** A command line that cannot be run, with the sentence that says why. */
  static final class UsageException extends Exception {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }
}
