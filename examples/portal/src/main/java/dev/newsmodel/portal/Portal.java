package dev.newsmodel.portal;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.newsmodel.feeds.FeedFormat;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.YearMonth;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * A running portal, such as {@code Portal.start(PortalSettings.of(Path.of("examples/articles")),
 * Clock.systemUTC(), System.err::println)}: the JDK's HTTP server serving a directory of article JSON.
 *
 * <table>
 *   <caption>Routes</caption>
 *   <tr><th>path</th><th>what</th></tr>
 *   <tr><td>{@code /}</td><td>home page: the newest articles as teasers ("All news")</td></tr>
 *   <tr><td>{@code /articles/ID}</td><td>an article's page</td></tr>
 *   <tr><td>{@code /archive}, {@code /archive/YYYY-MM}</td><td>the archive by month</td></tr>
 *   <tr><td>{@code /feed.xml}, {@code /atom.xml}, {@code /feed.json}</td><td>RSS 2.0, Atom, JSON Feed</td></tr>
 *   <tr><td>{@code /style.css}</td><td>the stylesheet</td></tr>
 * </table>
 *
 * <p>Every request first asks the directory whether a file changed ({@link ArticleDirectory#current()}),
 * so an edit shows on the next request. Responses carry a strong {@code ETag} (a hash of the body) and
 * answer a matching {@code If-None-Match} with 304; every response carries the security headers
 * ({@link #CONTENT_SECURITY_POLICY}, {@code X-Content-Type-Options: nosniff}). Only {@code GET} and
 * {@code HEAD} are served. Thread-safe.
 */
public final class Portal implements AutoCloseable {
  /**
   * The pages' Content-Security-Policy: no script runs, styles come from {@code /style.css} only, and
   * images (the articles' own, always absolute http or https URLs, as html-render writes them) from
   * the web; nothing may frame the pages, and no form or base element can redirect them.
   */
  public static final String CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'self'; "
      + "img-src http: https:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

  private static final Pattern MONTH = Pattern.compile("[0-9]{4}-[0-9]{2}");
  private static final String HTML = "text/html; charset=utf-8";

  private final HttpServer server;
  private final ExecutorService executor;
  private final ArticleDirectory directory;
  private final Pages pages;
  private final FeedDocuments feeds;
  private final Consumer<String> log;
  private final URI uri;

  private Portal(HttpServer server, ExecutorService executor, ArticleDirectory directory, Pages pages,
      Consumer<String> log, URI uri) {
    this.server = server;
    this.executor = executor;
    this.directory = directory;
    this.pages = pages;
    this.feeds = new FeedDocuments(pages, log);
    this.log = log;
    this.uri = uri;
  }

  /**
   * Starts a portal: binds the address, reads the directory once (logging what it skips), and serves.
   *
   * @param settings where to listen and what to serve, not null
   * @param clock the clock that embargo times are compared with, not null
   * @param log where log lines go, such as {@code System.err::println}, one line per call, not null
   * @return the running portal, not null
   * @throws IOException if the address cannot be bound
   */
  public static Portal start(PortalSettings settings, Clock clock, Consumer<String> log) throws IOException {
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(clock, "clock");
    Objects.requireNonNull(log, "log");
    HttpServer server = HttpServer.create(new InetSocketAddress(settings.host(), settings.port()), 0);
    int port = server.getAddress().getPort();
    URI base = settings.baseUrl().orElseGet(() -> defaultBase(settings.host(), port));
    ArticleDirectory directory = new ArticleDirectory(settings.articles(), clock, log);
    Pages pages = new Pages(settings.title(), base);
    ThreadFactory threads = task -> {
      Thread thread = new Thread(task, "newsmodel-portal");
      thread.setDaemon(true);
      return thread;
    };
    ExecutorService executor = Executors.newFixedThreadPool(4, threads);
    URI local = URI.create("http://" + host(settings.host()) + ":" + port + "/");
    Portal portal = new Portal(server, executor, directory, pages, log, local);
    directory.current();
    server.createContext("/", portal::handle);
    server.setExecutor(executor);
    server.start();
    return portal;
  }

  /**
   * Returns the address the portal listens on, such as {@code http://127.0.0.1:8080/}.
   *
   * @return the address, not null
   */
  public URI uri() {
    return uri;
  }

  /**
   * Returns the address its links and feeds use: {@code --base-url}, or {@link #uri()} by default.
   *
   * @return the address, ending in {@code /}, not null
   */
  public URI baseUrl() {
    return pages.base();
  }

  /** Stops serving at once and releases the port. */
  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  private void handle(HttpExchange exchange) throws IOException {
    try {
      String method = exchange.getRequestMethod();
      boolean head = method.equals("HEAD");
      if (!head && !method.equals("GET")) {
        exchange.getResponseHeaders().set("Allow", "GET, HEAD");
        send(exchange, 405, "text/plain; charset=utf-8", "Only GET and HEAD are served.\n", false, false);
        return;
      }
      Optional<List<String>> segments = Paths.segments(exchange.getRequestURI().getRawPath());
      if (segments.isEmpty()) {
        send(exchange, 400, HTML, pages.badRequest(), head, false);
        return;
      }
      Library library = directory.current();
      Optional<FeedFormat> feed = feedFormat(segments.get());
      Optional<Response> response = feed.isPresent() ? Optional.empty() : route(segments.get(), library);
      if (feed.isPresent()) {
        Optional<String> document = feeds.document(feed.get(), library);
        if (document.isPresent()) {
          send(exchange, 200, feed.get().mediaType() + "; charset=utf-8", document.get(), head, true);
        } else {
          send(exchange, 500, "text/plain; charset=utf-8", "The feed could not be written.\n", head, false);
        }
      } else if (response.isPresent()) {
        send(exchange, 200, response.get().type(), response.get().body(), head, true);
      } else {
        send(exchange, 404, HTML, pages.notFound(), head, false);
      }
    } catch (RuntimeException e) {
      // A programming error, never the content's: log it and answer 500 without the details.
      log.accept("portal: " + exchange.getRequestMethod() + " " + exchange.getRequestURI().getRawPath()
          + " failed: " + e);
      try {
        send(exchange, 500, "text/plain; charset=utf-8", "The portal could not answer this request.\n",
            false, false);
      } catch (IOException | RuntimeException ignored) {
        // The headers were already sent, or the client left.
      }
    } finally {
      exchange.close();
    }
  }

  private static Optional<FeedFormat> feedFormat(List<String> path) {
    if (path.size() != 1) {
      return Optional.empty();
    }
    for (FeedFormat format : FeedFormat.values()) {
      if (FeedDocuments.path(format).equals(path.get(0))) {
        return Optional.of(format);
      }
    }
    return Optional.empty();
  }

  private Optional<Response> route(List<String> path, Library library) {
    if (path.isEmpty()) {
      return Optional.of(new Response(HTML, pages.home(library)));
    }
    String first = path.get(0);
    if (path.size() == 1) {
      switch (first) {
        case "archive":
          return Optional.of(new Response(HTML, pages.archive(library)));
        case "style.css":
          return Optional.of(new Response("text/css; charset=utf-8", pages.stylesheet()));
        default:
          return Optional.empty();
      }
    }
    if (path.size() == 2 && first.equals("articles")) {
      return library.article(path.get(1)).map(article -> new Response(HTML, pages.article(article)));
    }
    if (path.size() == 2 && first.equals("archive") && MONTH.matcher(path.get(1)).matches()) {
      try {
        return pages.month(library, YearMonth.parse(path.get(1))).map(page -> new Response(HTML, page));
      } catch (DateTimeException e) {
        return Optional.empty(); // 2026-13
      }
    }
    return Optional.empty();
  }

  private static void send(HttpExchange exchange, int status, String type, String body, boolean head,
      boolean cacheable) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    Headers headers = exchange.getResponseHeaders();
    headers.set("Content-Type", type);
    headers.set("X-Content-Type-Options", "nosniff");
    headers.set("Content-Security-Policy", CONTENT_SECURITY_POLICY);
    headers.set("Referrer-Policy", "no-referrer");
    headers.set("X-Frame-Options", "DENY");
    if (cacheable) {
      String etag = etag(bytes);
      headers.set("ETag", etag);
      headers.set("Cache-Control", "no-cache");
      if (matches(exchange.getRequestHeaders().get("If-None-Match"), etag)) {
        exchange.sendResponseHeaders(304, -1);
        return;
      }
    } else {
      headers.set("Cache-Control", "no-store");
    }
    if (head) {
      exchange.sendResponseHeaders(status, -1);
      return;
    }
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  /** A strong validator: the first 128 bits of the body's SHA-256, such as {@code "3f2a…"}. */
  static String etag(byte[] body) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(body);
      return "\"" + HexFormat.of().formatHex(hash, 0, 16) + "\"";
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("Every JDK has SHA-256", e);
    }
  }

  /**
   * Whether an {@code If-None-Match} header matches: {@code *}, or a list of tags one of which equals
   * ours under RFC 9110's weak comparison ({@code W/} ignored).
   */
  static boolean matches(List<String> ifNoneMatch, String etag) {
    if (ifNoneMatch == null) {
      return false;
    }
    for (String header : ifNoneMatch) {
      for (String tag : header.split(",")) {
        String t = tag.strip();
        if (t.equals("*")) {
          return true;
        }
        if (t.startsWith("W/")) {
          t = t.substring(2);
        }
        if (t.equals(etag)) {
          return true;
        }
      }
    }
    return false;
  }

  private static URI defaultBase(InetAddress host, int port) {
    String name = host.isAnyLocalAddress() ? "localhost" : host(host);
    return URI.create("http://" + name + ":" + port + "/");
  }

  private static String host(InetAddress host) {
    String address = host.getHostAddress();
    return address.indexOf(':') >= 0 ? "[" + address.replaceFirst("%.*$", "") + "]" : address;
  }

  /**
   * A response body and its content type.
   *
   * @param type the content type with its charset, not null
   * @param body the body, not null
   */
  private record Response(String type, String body) {}
}
