package dev.newsmodel.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The portal in a real browser: Debian's headless Chromium, driven through chromedriver by Selenium,
 * against the portal serving {@code examples/articles} on a free loopback port. It follows a teaser to
 * the reference article and reads what a reader sees, runs axe-core on every page type (no serious or
 * critical violation), follows each feed link and parses the feed, and saves screenshots under
 * {@code target/screenshots/}.
 *
 * <p>Nothing is downloaded: the browser and driver are the installed ones ({@code /usr/bin/chromium},
 * {@code /usr/bin/chromedriver}, or the {@code portal.chromium} and {@code portal.chromedriver}
 * properties), named explicitly so that Selenium Manager never runs; the browser resolves no host but
 * the loopback address. axe-core is the npm package {@code .ci/run} installs into
 * {@code target/axe}. Where any of them is missing the test is skipped, saying which.
 */
class PortalBrowserIT {
  private static final String REFERENCE_HEADLINE =
      "Baku and Yerevan analysts dispute about use of \"Iskanders\" in Karabakh conflict";

  private static final Logger QUIET = Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder");

  private static Path target;
  private static Portal portal;
  private static ChromeDriver driver;
  private static String axe;
  private static String skipped;

  @BeforeAll
  static void start() throws IOException {
    target = Path.of(System.getProperty("portal.target", "target"));
    File chromium = new File(System.getProperty("portal.chromium", "/usr/bin/chromium"));
    File chromedriver = new File(System.getProperty("portal.chromedriver", "/usr/bin/chromedriver"));
    Path axeFile = target.resolve("axe/node_modules/axe-core/axe.min.js");
    if (!chromium.canExecute()) {
      skipped = "Skipped: no Chromium at " + chromium
          + " (install Debian's chromium and chromium-driver packages, as .ci/run does)";
    } else if (!chromedriver.canExecute()) {
      skipped = "Skipped: no chromedriver at " + chromedriver
          + " (install Debian's chromium-driver package, as .ci/run does)";
    } else if (!Files.isRegularFile(axeFile)) {
      skipped = "Skipped: no axe-core at " + axeFile
          + " (.ci/run installs it: npm install --prefix examples/portal/target/axe axe-core)";
    }
    if (skipped != null) {
      System.err.println("PortalBrowserIT: " + skipped);
      return;
    }
    axe = Files.readString(axeFile);

    portal = Portal.start(PortalSettings.of(Fixtures.articles()).withPort(0),
        new Fixtures.MovableClock(Instant.parse("2026-12-01T00:00:00Z")), line -> { });

    // Selenium looks for a DevTools binding matching the browser's version, which the test does not use.
    QUIET.setLevel(Level.OFF);
    System.setProperty("webdriver.chrome.driver", chromedriver.getPath());
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(chromedriver).usingAnyFreePort().build();
    Path profile = Files.createTempDirectory(target, "chromium-profile");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(chromium);
    options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-dev-shm-usage", "--user-data-dir=" + profile.toAbsolutePath(), "--window-size=1280,1000",
        "--lang=en-US", "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1");
    driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(20)).scriptTimeout(Duration.ofSeconds(20));
    Files.createDirectories(target.resolve("screenshots"));
  }

  /** Each test says why it is skipped, so that the reason shows in the report (not lost in a class-level abort). */
  @BeforeEach
  void needsTheBrowser() {
    assumeTrue(skipped == null, skipped);
  }

  @AfterAll
  static void stop() {
    if (driver != null) {
      driver.quit();
    }
    if (portal != null) {
      portal.close();
    }
  }

  @Test
  void aReaderFollowsATeaserToTheReferenceArticle() throws IOException {
    driver.get(portal.uri().toString());
    assertEquals("All news · Newsmodel Portal", driver.getTitle());
    assertEquals("All news", driver.findElement(By.tagName("h1")).getText());
    screenshot("home");

    driver.findElement(By.linkText(REFERENCE_HEADLINE)).click();
    // chromedriver's click waits for the navigation it starts.
    assertEquals(portal.uri() + "articles/caucasian-knot-iskander-2021-04-06", driver.getCurrentUrl());
    screenshot("article-reference");

    assertEquals(REFERENCE_HEADLINE, driver.findElement(By.cssSelector("article h1")).getText());
    WebElement published = driver.findElement(By.cssSelector("time.nm-published"));
    assertEquals("April 6, 2021, 17:45 MSK", published.getText());
    assertEquals("2021-04-06T17:45:00+03:00", published.getAttribute("datetime"));
    assertTrue(driver.findElement(By.cssSelector(".nm-credit")).getText().startsWith("Photo: Jonj7490"));
    assertEquals("This article was originally published in Russian by Caucasian Knot on April 6, 2021 at 02:24 MSK.",
        driver.findElement(By.cssSelector(".nm-source-translation-of")).getText());
    WebElement notice = driver.findElement(By.xpath("//p[contains(., 'НАСТОЯЩИЙ МАТЕРИАЛ')]"));
    assertTrue(notice.isDisplayed());
    assertEquals("ru", notice.getAttribute("lang"));
    assertEquals("НАСТОЯЩИЙ МАТЕРИАЛ (ИНФОРМАЦИЯ) ПРОИЗВЕДЕН И РАСПРОСТРАНЕН ИНОСТРАННЫМ АГЕНТОМ ООО “МЕМО”, "
        + "ЛИБО КАСАЕТСЯ ДЕЯТЕЛЬНОСТИ ИНОСТРАННОГО АГЕНТА ООО “МЕМО”.", notice.getText());
  }

  @Test
  void everyPageTypeHasNoSeriousOrCriticalAccessibilityViolation() throws IOException {
    Map<String, String> pages = new java.util.LinkedHashMap<>();
    pages.put("home", "");
    pages.put("article-reference", "articles/caucasian-knot-iskander-2021-04-06");
    pages.put("article-rtl", "articles/tal-al-ward-library-reopens-2026-11-03");
    pages.put("article-bylines", "articles/millbrook-footbridge-approved-2026-09-14");
    pages.put("article-corrections", "articles/port-wattle-jetty-repairs-2026-11-20");
    pages.put("article-sponsored", "articles/elm-harbour-solar-coop-2026-11-27");
    pages.put("archive", "archive");
    pages.put("archive-month", "archive/2026-08");
    pages.put("not-found", "no/such/page");
    List<String> failures = new ArrayList<>();
    for (Map.Entry<String, String> page : pages.entrySet()) {
      driver.get(portal.uri().resolve(page.getValue()).toString());
      screenshot(page.getKey());
      for (Map<String, Object> violation : axe()) {
        Object impact = violation.get("impact");
        if ("serious".equals(impact) || "critical".equals(impact)) {
          failures.add(page.getKey() + ": " + impact + " " + violation.get("id") + " (" + violation.get("help")
              + ") at " + violation.get("nodes"));
        }
      }
    }
    assertEquals(List.of(), failures);
  }

  @Test
  void everyFeedLinkLeadsToAFeedThatParses() throws Exception {
    driver.get(portal.uri().toString());
    List<WebElement> links = driver.findElements(By.cssSelector("link[rel=alternate]"));
    Map<String, String> feeds = links.stream().collect(Collectors.toMap(
        l -> l.getAttribute("type"), l -> l.getAttribute("href")));
    assertEquals(Map.of(
        "application/rss+xml", portal.uri().resolve("feed.xml").toString(),
        "application/atom+xml", portal.uri().resolve("atom.xml").toString(),
        "application/feed+json", portal.uri().resolve("feed.json").toString()), feeds);
    HttpClient client = HttpClient.newHttpClient();
    for (Map.Entry<String, String> feed : feeds.entrySet()) {
      HttpResponse<byte[]> response = client.send(HttpRequest.newBuilder(URI.create(feed.getValue())).build(),
          HttpResponse.BodyHandlers.ofByteArray());
      assertEquals(200, response.statusCode(), feed.getValue());
      assertEquals(feed.getKey() + "; charset=utf-8", response.headers().firstValue("Content-Type").orElseThrow());
      List<String> titles = feed.getKey().endsWith("json") ? jsonFeedTitles(response.body()) : xmlTitles(response.body());
      assertEquals(9, titles.size(), feed.getValue() + ": " + titles);
      assertEquals("How a neighbourhood co-op put solar panels on forty roofs in Elm Harbour", titles.get(0));
      assertTrue(titles.contains(REFERENCE_HEADLINE), titles.toString());
    }
  }

  /** Runs axe-core on the page and returns its violations. */
  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> axe() {
    driver.executeScript(axe);
    Object result = driver.executeAsyncScript("const done = arguments[arguments.length - 1];"
        + "axe.run(document, {resultTypes: ['violations']})"
        + ".then(r => done(r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,"
        + " nodes: v.nodes.map(n => n.target.join(' ')).join(', ')}))))"
        + ".catch(e => done('axe failed: ' + e));");
    if (result instanceof String failure) {
      throw new AssertionError(failure);
    }
    return (List<Map<String, Object>>) result;
  }

  /** Saves the whole page, not only the window, as {@code target/screenshots/NAME.png}. */
  private static void screenshot(String name) throws IOException {
    Number height = (Number) driver.executeScript(
        "return Math.max(document.documentElement.scrollHeight, document.body.scrollHeight);");
    Number width = (Number) driver.executeScript("return document.documentElement.clientWidth;");
    Map<String, Object> shot = driver.executeCdpCommand("Page.captureScreenshot", Map.of(
        "format", "png", "captureBeyondViewport", true,
        "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
    Files.write(target.resolve("screenshots/" + name + ".png"), Base64.getDecoder().decode((String) shot.get("data")));
  }

  private static List<String> xmlTitles(byte[] body) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    DocumentBuilder builder = factory.newDocumentBuilder();
    Document document = builder.parse(new ByteArrayInputStream(body));
    Element root = document.getDocumentElement();
    String entry = root.getLocalName().equals("rss") ? "item" : "entry";
    List<String> titles = new ArrayList<>();
    var entries = root.getElementsByTagNameNS("*", entry);
    for (int i = 0; i < entries.getLength(); i++) {
      Element element = (Element) entries.item(i);
      titles.add(element.getElementsByTagNameNS("*", "title").item(0).getTextContent());
    }
    return titles;
  }

  private static List<String> jsonFeedTitles(byte[] body) {
    JsonNode feed = JsonMapper.builder().build().readTree(new String(body, StandardCharsets.UTF_8));
    assertEquals("https://jsonfeed.org/version/1.1", feed.get("version").asString());
    List<String> titles = new ArrayList<>();
    feed.get("items").forEach(item -> titles.add(item.get("title").asString()));
    return titles;
  }
}
