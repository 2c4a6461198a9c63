package dev.newsmodel.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The portal in process, on a free loopback port, asked with the JDK's HTTP client. */
class PortalTest {
  private static final String REFERENCE = "/articles/caucasian-knot-iskander-2021-04-06";

  @TempDir
  Path dir;

  private final List<String> log = new CopyOnWriteArrayList<>();
  private final Fixtures.MovableClock clock = new Fixtures.MovableClock(Instant.parse("2026-12-01T00:00:00Z"));
  private final HttpClient client = HttpClient.newHttpClient();
  private Portal portal;

  @BeforeEach
  void start() throws IOException {
    Fixtures.copyArticles(dir);
    portal = Portal.start(PortalSettings.of(dir).withPort(0), clock, log::add);
  }

  @AfterEach
  void stop() {
    portal.close();
  }

  @ParameterizedTest
  @CsvSource({
      "/, text/html; charset=utf-8, All news",
      REFERENCE + ", text/html; charset=utf-8, Baku and Yerevan analysts dispute",
      "/archive, text/html; charset=utf-8, <h1>Archive</h1>",
      "/archive/2026-10, text/html; charset=utf-8, October 2026",
      "/style.css, text/css; charset=utf-8, .nm-article",
      "/feed.xml, application/rss+xml; charset=utf-8, <rss version=\"2.0\"",
      "/atom.xml, application/atom+xml; charset=utf-8, <feed xmlns=\"http://www.w3.org/2005/Atom\"",
      "/feed.json, application/feed+json; charset=utf-8, \"version\": \"https://jsonfeed.org/version/1.1\"",
  })
  void servesEveryRouteWithItsContentType(String path, String type, String expected) throws Exception {
    HttpResponse<String> response = get(path);
    assertEquals(200, response.statusCode(), path);
    assertEquals(type, response.headers().firstValue("Content-Type").orElseThrow());
    assertTrue(response.body().contains(expected), () -> path + " lacks " + expected);
    assertSecurityHeaders(response);
    assertTrue(response.headers().firstValue("ETag").orElseThrow().matches("\"[0-9a-f]{32}\""));
  }

  @Test
  void homePageListsTheNewestFirstWithLinksAndDisclaimers() throws Exception {
    String home = get("/").body();
    int sponsored = home.indexOf("How a neighbourhood co-op");
    int overlap = home.indexOf("Nachtbus N7");
    int reference = home.indexOf("Baku and Yerevan");
    assertTrue(sponsored > 0 && sponsored < overlap && overlap < reference, "newest first");
    assertTrue(home.contains("<a href=\"" + portal.uri().resolve(REFERENCE.substring(1)) + "\">Baku and Yerevan"));
    assertTrue(home.contains("<span class=\"nm-teaser-disclaimer-kind\">Sponsored content:</span>"));
    assertTrue(home.contains("<span lang=\"ru\">НАСТОЯЩИЙ МАТЕРИАЛ (ИНФОРМАЦИЯ)"));
    for (String feed : List.of("application/rss+xml\" title=\"Newsmodel Portal (RSS)\" href=\"/feed.xml\"",
        "application/atom+xml\" title=\"Newsmodel Portal (Atom)\" href=\"/atom.xml\"",
        "application/feed+json\" title=\"Newsmodel Portal (JSON Feed)\" href=\"/feed.json\"")) {
      assertTrue(home.contains("<link rel=\"alternate\" type=\"" + feed + ">"), feed);
    }
  }

  @Test
  void articlePageEmbedsTheFragmentAndItsJsonLd() throws Exception {
    String page = get(REFERENCE).body();
    assertTrue(page.contains("<main id=\"content\" class=\"portal-main\">\n<article class=\"nm-article\" lang=\"en\">"));
    assertTrue(page.contains("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\""));
    assertTrue(page.contains("<a href=\"/archive/2021-04\">More from April 2021</a>"));
    String rtl = get("/articles/tal-al-ward-library-reopens-2026-11-03").body();
    assertTrue(rtl.contains("<article class=\"nm-article\" lang=\"ar\" dir=\"rtl\">"));
  }

  @Test
  void answersAMatchingIfNoneMatchWith304() throws Exception {
    HttpResponse<String> first = get(REFERENCE);
    String etag = first.headers().firstValue("ETag").orElseThrow();
    HttpResponse<String> again = send(request(REFERENCE).header("If-None-Match", etag).build());
    assertEquals(304, again.statusCode());
    assertEquals("", again.body());
    assertEquals(etag, again.headers().firstValue("ETag").orElseThrow());
    assertEquals(304, send(request(REFERENCE).header("If-None-Match", "\"other\", W/" + etag).build()).statusCode());
    assertEquals(200, send(request(REFERENCE).header("If-None-Match", "\"other\"").build()).statusCode());
    assertEquals(304, send(request("/").header("If-None-Match", "*").build()).statusCode());
  }

  @ParameterizedTest
  @ValueSource(strings = {"/nothing", "/articles/no-such-article", "/archive/1999-01", "/archive/2026-13",
      "/articles", "/articles/caucasian-knot-iskander-2021-04-06/more", "/style.css/x"})
  void answersAnAddressThatNamesNothingWith404(String path) throws Exception {
    HttpResponse<String> response = get(path);
    assertEquals(404, response.statusCode());
    assertEquals("text/html; charset=utf-8", response.headers().firstValue("Content-Type").orElseThrow());
    assertTrue(response.body().contains("<h1>Page not found</h1>"));
    assertFalse(response.headers().firstValue("ETag").isPresent());
    assertSecurityHeaders(response);
  }

  @ParameterizedTest
  @ValueSource(strings = {"/../pom.xml", "/articles/../../pom.xml", "/articles/%2e%2e/%2E%2E/pom.xml",
      "/articles/..%2f..%2fpom.xml", "/archive/.", "/articles/a%5c..%5cb", "/articles/%00", "/articles/%zz",
      "/articles/%c3", "/articles/"})
  void refusesPathsThatCouldClimbOut(String rawPath) throws Exception {
    // Raw bytes on a socket: the client must not normalise the path before the portal sees it.
    String response = raw("GET " + rawPath + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
    assertTrue(response.startsWith("HTTP/1.1 400 "), () -> rawPath + " gave " + response.lines().findFirst());
    // The JDK's server refuses a malformed escape such as %zz itself, before the portal sees it.
    assertTrue(response.contains("<h1>Bad request</h1>") || rawPath.contains("%zz"), response);
  }

  @Test
  void servesHeadWithoutABodyAndRefusesOtherMethods() throws Exception {
    HttpResponse<String> head = send(request("/").method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
    assertEquals(200, head.statusCode());
    assertEquals("", head.body());
    assertTrue(head.headers().firstValue("ETag").isPresent());
    HttpResponse<String> post = send(request("/").POST(HttpRequest.BodyPublishers.ofString("x")).build());
    assertEquals(405, post.statusCode());
    assertEquals("GET, HEAD", post.headers().firstValue("Allow").orElseThrow());
  }

  @Test
  void skipsABadFileWithItsLocatedProblemsAndServesTheOthers() throws Exception {
    Files.writeString(dir.resolve("bad.json"), "{\n  \"id\": \"bad\",\n  \"headline\": 42\n}\n");
    String home = get("/").body();
    assertTrue(home.contains("Baku and Yerevan"), "the other articles are still served");
    String file = dir.resolve("bad.json").toString();
    assertTrue(log.contains(file + ":3:15: error schema.type at /headline: Expected a string, but found the number 42."),
        () -> String.join("\n", log));
    assertTrue(log.contains(file + ": not a valid article; skipped"));
    assertTrue(log.contains(dir + ": serving 9 articles, 1 file skipped"), () -> String.join("\n", log));
    int lines = log.size();
    get("/");
    assertEquals(lines, log.size(), "an unchanged bad file is logged once, not on every request");
  }

  @Test
  void neverServesAHalfValidArticle() throws Exception {
    // Valid JSON and schema shape, but a time its zone never had: the whole file is refused.
    String json = Files.readString(dir.resolve("reference-article.json"))
        .replace("\"2021-04-06T17:45:00+03:00[Europe/Moscow]\"", "\"2021-04-06T17:45:00+05:00[Europe/Moscow]\"");
    Files.writeString(dir.resolve("reference-article.json"), json);
    assertEquals(404, get(REFERENCE).statusCode());
    assertFalse(get("/").body().contains("Baku and Yerevan"));
    assertTrue(log.stream().anyMatch(l -> l.startsWith(dir.resolve("reference-article.json") + ":")
        && l.contains("error rule.timestamp at /published")), () -> String.join("\n", log));
  }

  @Test
  void rereadsAFileWhenItChanges() throws Exception {
    Path file = dir.resolve("reference-article.json");
    String etag = get(REFERENCE).headers().firstValue("ETag").orElseThrow();
    FileTime before = Files.getLastModifiedTime(file);
    Files.writeString(file, Files.readString(file).replace("Baku and Yerevan analysts", "Baku and Yerevan experts"));
    Files.setLastModifiedTime(file, FileTime.from(before.toInstant().plusSeconds(1)));
    HttpResponse<String> changed = send(request(REFERENCE).header("If-None-Match", etag).build());
    assertEquals(200, changed.statusCode(), "a changed article is not answered with 304");
    assertTrue(changed.body().contains("Baku and Yerevan experts"));
  }

  @Test
  void picksUpNewAndRemovedFiles() throws Exception {
    Path copy = dir.resolve("sub/copy.json");
    Files.createDirectories(copy.getParent());
    Files.writeString(copy, Files.readString(dir.resolve("reference-article.json"))
        .replace("caucasian-knot-iskander-2021-04-06", "copy-of-the-reference"));
    assertEquals(200, get("/articles/copy-of-the-reference").statusCode());
    Files.delete(copy);
    assertEquals(404, get("/articles/copy-of-the-reference").statusCode());
    Files.delete(dir.resolve("reference-article.json"));
    assertEquals(404, get(REFERENCE).statusCode());
    assertEquals(200, get("/").statusCode());
  }

  @Test
  void skipsDuplicateIdsDraftsAndHiddenFiles() throws Exception {
    String reference = Files.readString(dir.resolve("reference-article.json"));
    Files.writeString(dir.resolve("zz-duplicate.json"), reference.replace("\"revision\": 1", "\"revision\": 2"));
    Files.writeString(dir.resolve("draft.json"), reference
        .replace("caucasian-knot-iskander-2021-04-06", "a-draft").replace("\"published\",", "\"draft\","));
    Files.writeString(dir.resolve(".hidden.json"), "not even JSON");
    assertEquals(200, get(REFERENCE).statusCode());
    assertEquals(404, get("/articles/a-draft").statusCode());
    assertTrue(log.contains(dir.resolve("zz-duplicate.json") + ": the id 'caucasian-knot-iskander-2021-04-06' is "
        + "already served from " + dir.resolve("reference-article.json") + "; skipped"), () -> String.join("\n", log));
    assertTrue(log.contains(dir.resolve("draft.json") + ": the article is draft, not published; skipped"));
    assertTrue(log.stream().noneMatch(l -> l.contains(".hidden.json")));
  }

  @Test
  void servesAnEmbargoedArticleOnceItsEmbargoEnds() throws Exception {
    String reference = Files.readString(dir.resolve("reference-article.json"));
    Files.writeString(dir.resolve("embargoed.json"), reference
        .replace("caucasian-knot-iskander-2021-04-06", "embargoed")
        .replace("\n  \"published\": \"2021", "\n  \"embargo\": \"2026-12-01T12:00:00Z\",\n  \"published\": \"2021"));
    assertEquals(404, get("/articles/embargoed").statusCode());
    assertTrue(log.contains(dir.resolve("embargoed.json") + ": under embargo until 2026-12-01T12:00Z; not served yet"),
        () -> String.join("\n", log));
    clock.set(Instant.parse("2026-12-01T12:00:00Z"));
    assertEquals(200, get("/articles/embargoed").statusCode(), "no file changed, but the clock passed the embargo");
  }

  @Test
  void feedsLinkToTheArticlePagesAndFollowTheDirectory() throws Exception {
    String rss = get("/feed.xml").body();
    assertTrue(rss.contains("<link>" + portal.uri() + "articles/caucasian-knot-iskander-2021-04-06</link>"), rss);
    String etag = get("/feed.json").headers().firstValue("ETag").orElseThrow();
    assertEquals(304, send(request("/feed.json").header("If-None-Match", etag).build()).statusCode());
    Files.delete(dir.resolve("reference-article.json"));
    HttpResponse<String> changed = send(request("/feed.json").header("If-None-Match", etag).build());
    assertEquals(200, changed.statusCode());
    assertFalse(changed.body().contains("caucasian-knot-iskander-2021-04-06"));
    assertTrue(log.stream().noneMatch(l -> l.startsWith("/feed")), () -> String.join("\n", log));
  }

  @Test
  void listensOnLoopbackOnlyByDefault() {
    assertEquals("127.0.0.1", portal.uri().getHost());
    assertEquals(portal.uri(), portal.baseUrl());
  }

  @Test
  void linksUseTheBaseUrlWhenOneIsGiven() throws Exception {
    try (Portal other = Portal.start(PortalSettings.of(dir).withPort(0)
        .withBaseUrl(URI.create("https://news.example.org/")), clock, log::add)) {
      String home = client.send(HttpRequest.newBuilder(other.uri()).build(),
          HttpResponse.BodyHandlers.ofString()).body();
      assertTrue(home.contains("<a href=\"https://news.example.org/articles/caucasian-knot-iskander-2021-04-06\">"));
    }
  }

  private static void assertSecurityHeaders(HttpResponse<String> response) {
    assertEquals(Portal.CONTENT_SECURITY_POLICY, response.headers().firstValue("Content-Security-Policy").orElseThrow());
    assertEquals("nosniff", response.headers().firstValue("X-Content-Type-Options").orElseThrow());
  }

  private HttpRequest.Builder request(String path) {
    return HttpRequest.newBuilder(portal.uri().resolve(path.substring(1)));
  }

  private HttpResponse<String> get(String path) throws Exception {
    return send(request(path).build());
  }

  private HttpResponse<String> send(HttpRequest request) throws Exception {
    return client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
  }

  private String raw(String request) throws IOException {
    try (Socket socket = new Socket(portal.uri().getHost(), portal.uri().getPort())) {
      OutputStream out = socket.getOutputStream();
      out.write(request.getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      InputStream in = socket.getInputStream();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
