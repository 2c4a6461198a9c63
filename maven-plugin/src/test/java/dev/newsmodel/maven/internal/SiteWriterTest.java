package dev.newsmodel.maven.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsmodel.json.ArticleValidator;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SiteWriterTest {
  @TempDir
  Path project;

  final Recorded log = new Recorded();

  Path articles() {
    return project.resolve("src/main/articles");
  }

  Optional<String> render(Optional<URI> baseUrl, String title) throws IOException {
    List<ArticleFile> files = new ArticleScan(articles(), project, List.of("**/*.json"), List.of()).files();
    return new SiteWriter(ArticleValidator.defaults(), baseUrl, title, Locale.ENGLISH, log)
        .write(files, project.resolve("site"));
  }

  @Test
  void writesPagesTheNewsListNewestFirstAndTheStylesheet() throws IOException {
    Articles.write(articles(), "old.json", Articles.CLEAN);
    Articles.write(articles(), "x/new ü.json",
        Articles.variant("new", "A newer headline", "2024-06-01T08:30:00+01:00[Europe/Lisbon]"));
    assertEquals(Optional.empty(), render(Optional.of(URI.create("https://news.example.com/site/")), "<News>"));
    Path site = project.resolve("site");
    assertTrue(Files.readString(site.resolve("articles/old.html")).contains("Harbour ferry returns"));
    assertTrue(Files.readString(site.resolve("articles/x/new ü.html")).contains("A newer headline"));
    String index = Files.readString(site.resolve("index.html"));
    assertTrue(index.contains("<title>&lt;News&gt;</title>"), index);
    int newer = index.indexOf("href=\"https://news.example.com/site/articles/x/new%20%C3%BC.html\"");
    int older = index.indexOf("href=\"https://news.example.com/site/articles/old.html\"");
    assertTrue(newer > 0 && older > newer, index);
    assertTrue(Files.size(site.resolve(SiteWriter.STYLESHEET)) > 0);
    assertTrue(index.contains("<link rel=\"alternate\" type=\"application/atom+xml\" href=\"atom.xml\" "
        + "title=\"&lt;News>\">"), index);
    String rss = Files.readString(site.resolve("feed.xml"));
    assertTrue(rss.indexOf("<link>https://news.example.com/site/articles/x/new%20%C3%BC.html</link>")
        < rss.indexOf("<link>https://news.example.com/site/articles/old.html</link>"), rss);
    assertTrue(Files.readString(site.resolve("atom.xml")).contains("<name>&lt;News&gt;</name>"));
    assertTrue(Files.readString(site.resolve("feed.json")).contains("\"feed_url\": \"https://news.example.com/site/feed.json\""));
  }

  @Test
  void withoutABaseUrlThereAreNoFeeds() throws IOException {
    Articles.write(articles(), "a.json", Articles.CLEAN);
    assertEquals(Optional.empty(), render(Optional.empty(), "News"));
    Path site = project.resolve("site");
    assertFalse(Files.exists(site.resolve("feed.xml")));
    assertFalse(Files.readString(site.resolve("index.html")).contains("alternate"));
    assertTrue(log.lines.contains("INFO Feeds were not written: they link to the pages by absolute URL, so they need baseUrl"),
        log.lines.toString());
  }

  @Test
  void anInvalidArticleFailsAndNothingIsWritten() throws IOException {
    Articles.write(articles(), "a.json", Articles.CLEAN);
    Articles.write(articles(), "b.json", "{\"headline\": 42}");
    Optional<String> failure = render(Optional.empty(), "News");
    assertEquals(Optional.of("1 file of 2 cannot be rendered (see the lines above); nothing was written to "
        + project.resolve("site")), failure);
    assertFalse(Files.exists(project.resolve("site")));
    assertTrue(log.lines.stream().anyMatch(l -> l.startsWith("ERROR src/main/articles/b.json:1:1: error schema.required")),
        log.lines.toString());
  }

  @Test
  void pagesThatWouldClashAreRefused() throws IOException {
    Articles.write(articles(), "a.json", Articles.CLEAN);
    Articles.write(articles(), "A.json", Articles.CLEAN);
    assertTrue(render(Optional.empty(), "News").isPresent());
    assertTrue(log.lines.stream().anyMatch(l -> l.contains("error site.page-clash")), log.lines.toString());
  }

  @Test
  void theBaseUrlMustBeAnHttpDirectory() {
    for (String bad : List.of("ftp://example.com/", "https://example.com/site", "/site/", "https://example.com/?q=1")) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> new SiteWriter(ArticleValidator.defaults(), Optional.of(URI.create(bad)), "News", Locale.ENGLISH, log));
      assertTrue(e.getMessage().startsWith("baseUrl must be an absolute http or https URL"), e.getMessage());
    }
  }
}
