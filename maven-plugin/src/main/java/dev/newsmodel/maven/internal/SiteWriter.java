package dev.newsmodel.maven.internal;

import dev.newsmodel.cli.report.Finding;
import dev.newsmodel.cli.report.Validation;
import dev.newsmodel.core.Article;
import dev.newsmodel.core.Organization;
import dev.newsmodel.core.Teaser;
import dev.newsmodel.core.convert.Conversion;
import dev.newsmodel.core.convert.ConversionProblem;
import dev.newsmodel.core.lint.Severity;
import dev.newsmodel.feeds.Feed;
import dev.newsmodel.feeds.FeedEntry;
import dev.newsmodel.feeds.FeedFormat;
import dev.newsmodel.feeds.FeedWriter;
import dev.newsmodel.html.HtmlRenderer;
import dev.newsmodel.json.ArticleValidator;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.owasp.encoder.Encode;

/**
 * Writes a static site of article files: one page per article ({@link HtmlRenderer#renderPage}) under
 * {@code articles/}, mirroring the files' paths ({@code 2021/iskander.json} becomes
 * {@code articles/2021/iskander.html}), an {@code index.html} with the news list of every published article,
 * newest first ({@link HtmlRenderer#renderNewsList}), and the renderer's stylesheet as
 * {@code newsmodel.css}, which the index links to (pages embed it). With a base URL, the same list is
 * also written as feeds (the feeds module): {@code feed.xml} (RSS 2.0), {@code atom.xml} (Atom 1.0) and
 * {@code feed.json} (JSON Feed 1.1), which the index names as alternates; what a format cannot carry is
 * logged as a warning with its code and place.
 *
 * <p>Every file is read and checked first; if any is not a valid article, its problems are logged and
 * nothing is written. The news list links to each page at the site's base URL when one is given, else to
 * the article's canonical URL (the model accepts only absolute http and https URLs). Output is the same on
 * every machine: files are read in the set's order and ties in the list are broken by path.
 */
public final class SiteWriter {
  /** The stylesheet's name in the site. */
  public static final String STYLESHEET = "newsmodel.css";

  /** The feeds written with a base URL: file name and format, in the order they are written. */
  private static final Map<String, FeedFormat> FEEDS = feeds();

  private final Validation reader;
  private final HtmlRenderer pages;
  private final HtmlRenderer list;
  private final Optional<URI> baseUrl;
  private final Optional<Feed> feed;
  private final String title;
  private final Locale language;
  private final Messages log;

  /**
   * Creates a writer.
   *
   * @param reader the validator used to read articles (its limits; lint is not needed), not null
   * @param baseUrl where the site will be served, an absolute http or https URL ending in {@code /}, or
   *     empty, not null
   * @param title the index page's title, not null
   * @param language the index page's language, not null
   * @param log where lines go, not null
   * @throws IllegalArgumentException if the base URL is not an absolute http or https URL ending in
   *     {@code /}, or (with a base URL) the title is not one line for the feeds
   */
  public SiteWriter(ArticleValidator reader, Optional<URI> baseUrl, String title, Locale language, Messages log) {
    this.reader = Validation.of(Objects.requireNonNull(reader, "reader"));
    this.baseUrl = Objects.requireNonNull(baseUrl, "baseUrl");
    baseUrl.ifPresent(SiteWriter::checkBaseUrl);
    this.title = Objects.requireNonNull(title, "title");
    this.language = Objects.requireNonNull(language, "language");
    this.log = Objects.requireNonNull(log, "log");
    this.pages = HtmlRenderer.defaults();
    this.list = HtmlRenderer.defaults().withLocale(language);
    try {
      // The site, by its title and address, is the feeds' author: Atom needs one for entries without theirs.
      this.feed = baseUrl.map(url -> Feed.builder().title(title).homePage(url).feedUrl(url.resolve("feed.xml"))
          .language(language).author(Organization.of(title, url)).build());
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("siteTitle or siteLanguage cannot title the feeds: " + e.getMessage(), e);
    }
  }

  private static Map<String, FeedFormat> feeds() {
    Map<String, FeedFormat> feeds = new LinkedHashMap<>();
    feeds.put("feed.xml", FeedFormat.RSS);
    feeds.put("atom.xml", FeedFormat.ATOM);
    feeds.put("feed.json", FeedFormat.JSON_FEED);
    return Collections.unmodifiableMap(feeds);
  }

  private static void checkBaseUrl(URI url) {
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    if (!url.isAbsolute() || !(scheme.equals("http") || scheme.equals("https")) || url.getHost() == null
        || url.getRawQuery() != null || url.getRawFragment() != null || !url.getRawPath().endsWith("/")) {
      throw new IllegalArgumentException("baseUrl must be an absolute http or https URL with a host, ending in /, "
          + "such as https://news.example.com/, but is '" + url + "'");
    }
  }

  /** One article read from its file. */
  private record Page(ArticleFile file, Article article, String path) {}

  /**
   * Reads every file and, if all are valid articles, writes the site.
   *
   * @param files the files, not null
   * @param output the site's directory, not null
   * @return empty when the site was written, else the message the build fails with, not null
   * @throws IOException if a file of the site cannot be written
   */
  public Optional<String> write(List<ArticleFile> files, Path output) throws IOException {
    List<Page> pages = new ArrayList<>(files.size());
    Map<String, String> taken = new HashMap<>();
    int invalid = 0;
    for (ArticleFile file : files) {
      Optional<Article> article = read(file);
      if (article.isEmpty()) {
        invalid++;
        continue;
      }
      String path = "articles/" + (file.relative().endsWith(".json")
          ? file.relative().substring(0, file.relative().length() - 5) : file.relative()) + ".html";
      String other = taken.putIfAbsent(path.toLowerCase(Locale.ROOT), file.shown());
      if (other != null) {
        log.error(Validation.line(file.shown(), Finding.ofInput("site.page-clash",
            "Its page " + path + " would replace the page of " + other + " (names that differ only in case "
                + "clash on some file systems); rename one of them.")));
        invalid++;
        continue;
      }
      pages.add(new Page(file, article.get(), path));
    }
    if (invalid > 0) {
      return Optional.of(ValidateRun.count(invalid, "file") + " of " + files.size()
          + " cannot be rendered (see the lines above); nothing was written to " + output);
    }
    List<Teaser> teasers = new ArrayList<>();
    List<Page> listed = new ArrayList<>();
    for (Page page : pages) {
      if (page.article().published().isPresent()) {
        listed.add(page);
      } else {
        log.info(page.file().shown() + " has no publication time, so the news list leaves it out");
      }
    }
    listed.sort(Comparator.comparing((Page p) -> p.article().published().orElseThrow().toInstant()).reversed()
        .thenComparing(p -> p.path(), ArticleScan::byCodePoint));
    for (Page page : listed) {
      teasers.add(teaser(page));
    }
    // The feeds are made before anything is written, so a feed that cannot be made leaves no site behind.
    Map<String, String> feeds = new LinkedHashMap<>();
    if (feed.isEmpty()) {
      log.info("Feeds were not written: they link to the pages by absolute URL, so they need baseUrl");
    } else if (teasers.isEmpty()) {
      log.info("Feeds were not written: no article has a publication time");
    } else {
      List<FeedEntry> entries = FeedEntry.ofTeasers(teasers);
      for (Map.Entry<String, FeedFormat> format : FEEDS.entrySet()) {
        Conversion<String> made = FeedWriter.defaults().write(format.getValue(),
            feed.get().withFeedUrl(baseUrl.orElseThrow().resolve(format.getKey())), entries);
        for (ConversionProblem problem : made.problems()) {
          String line = format.getKey() + ": " + problem;
          if (problem.severity() == ConversionProblem.Severity.ERROR) {
            log.error(line);
          } else {
            log.warn(line);
          }
        }
        if (made.value().isEmpty()) {
          return Optional.of(format.getKey() + " cannot be made (see the lines above); nothing was written to "
              + output);
        }
        feeds.put(format.getKey(), made.value().get());
      }
    }
    for (Page page : pages) {
      AtomicFile.write(output.resolve(page.path()), out -> this.pages.renderPage(page.article(), out));
    }
    AtomicFile.write(output.resolve(STYLESHEET), out -> out.write(list.stylesheet()));
    AtomicFile.write(output.resolve("index.html"), out -> {
      out.write("<!DOCTYPE html>\n<html lang=\"" + Encode.forHtmlAttribute(language.toLanguageTag()) + "\">\n<head>\n"
          + "<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
          + "<title>" + Encode.forHtmlContent(title) + "</title>\n"
          + "<link rel=\"stylesheet\" href=\"" + STYLESHEET + "\">\n" + alternates(feeds.keySet())
          + "</head>\n<body>\n<main>\n");
      list.renderNewsList(teasers, out);
      out.write("\n</main>\n</body>\n</html>\n");
    });
    for (Map.Entry<String, String> written : feeds.entrySet()) {
      AtomicFile.write(output.resolve(written.getKey()), out -> out.write(written.getValue()));
    }
    log.info("Rendered " + ValidateRun.count(pages.size(), "article") + " and a news list of " + teasers.size()
        + (feeds.isEmpty() ? "" : ", with its feeds,") + " to " + output);
    return Optional.empty();
  }

  /** The index's links to the feeds that are written. */
  private String alternates(Set<String> written) {
    StringBuilder links = new StringBuilder();
    for (String name : written) {
      links.append("<link rel=\"alternate\" type=\"").append(FEEDS.get(name).mediaType()).append("\" href=\"")
          .append(name).append("\" title=\"").append(Encode.forHtmlAttribute(title)).append("\">\n");
    }
    return links.toString();
  }

  private Teaser teaser(Page page) {
    Article article = page.article();
    Teaser.Builder teaser = Teaser.builder()
        .headline(article.headline())
        .published(article.published().orElseThrow())
        .summary(article.summary())
        .image(article.leadImage())
        .language(article.language());
    if (baseUrl.isPresent()) {
      teaser.url(baseUrl.get().resolve(uriPath(page.path())));
    } else {
      teaser.url(article.canonicalUrl());
    }
    return teaser.build();
  }

  /** Percent-encodes every byte of a relative path outside RFC 3986's unreserved characters and {@code /}. */
  static String uriPath(String path) {
    StringBuilder uri = new StringBuilder(path.length() + 8);
    for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || c == '-' || c == '.' || c == '_' || c == '~' || c == '/') {
        uri.append((char) c);
      } else {
        uri.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
    return uri.toString();
  }

  /** Reads and checks one file as validate does; logs why when it is not a valid article. */
  private Optional<Article> read(ArticleFile file) {
    return reader.article(file.file(), file.shown(), outcome -> {
      for (Finding finding : outcome.findings()) {
        if (finding.severity() == Severity.ERROR) {
          log.error(Validation.line(outcome.path(), finding));
        }
      }
    });
  }
}
