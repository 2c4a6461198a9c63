package dev.newsmodel.portal;

import dev.newsmodel.core.Article;
import dev.newsmodel.core.Disclaimer;
import dev.newsmodel.core.Teaser;
import dev.newsmodel.html.Component;
import dev.newsmodel.html.ComponentContext;
import dev.newsmodel.html.HtmlRenderer;
import dev.newsmodel.html.HtmlWriter;
import dev.newsmodel.html.Phrase;
import dev.newsmodel.html.Phrases;
import dev.newsmodel.html.Slot;
import dev.newsmodel.jsonld.SchemaOrgJsonLd;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.owasp.encoder.Encode;

/**
 * The portal's pages, such as the home page's "All news": its own layout around html-render's article
 * fragment and news lists. Every text from an article reaches the page through the renderer or through
 * the OWASP encoder; the layout's own markup is fixed. Immutable and thread-safe.
 */
final class Pages {
  /** How many teasers the home page shows; the rest are in the archive. */
  static final int HOME_TEASERS = 20;

  private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM uuuu", Locale.ENGLISH);
  private static final Phrases ENGLISH = Phrases.english();

  private final String title;
  private final URI base;
  private final HtmlRenderer renderer;
  private final String stylesheet;

  /**
   * Makes the pages of a portal.
   *
   * @param title the portal's name, shown in every page's header, not null
   * @param base the portal's public address, ending in {@code /}, such as {@code http://127.0.0.1:8080/}
   */
  Pages(String title, URI base) {
    this.title = Objects.requireNonNull(title, "title");
    this.base = Objects.requireNonNull(base, "base");
    this.renderer = HtmlRenderer.defaults();
    this.stylesheet = resource("portal.css") + "\n" + renderer.stylesheet();
  }

  /**
   * Returns the address of an article's page: {@code http://127.0.0.1:8080/articles/ID}.
   *
   * @param article the article, not null
   * @return the absolute URL, not null
   */
  URI articleUrl(Article article) {
    return base.resolve("articles/" + Paths.segment(article.id().value()));
  }

  /**
   * Returns the portal's public address.
   *
   * @return the address, ending in {@code /}, not null
   */
  URI base() {
    return base;
  }

  /**
   * Returns the portal's name.
   *
   * @return the name, not null
   */
  String title() {
    return title;
  }

  /**
   * Returns the stylesheet served at {@code /style.css}: the layout's rules, then the renderer's.
   *
   * @return the CSS, not null
   */
  String stylesheet() {
    return stylesheet;
  }

  /**
   * Returns the home page: the newest articles as teasers, with the disclaimers they carry.
   *
   * @param library the articles, not null
   * @return the page, not null
   */
  String home(Library library) {
    StringBuilder main = new StringBuilder();
    List<Article> newest = library.newestFirst().subList(0, Math.min(HOME_TEASERS, library.newestFirst().size()));
    if (newest.isEmpty()) {
      main.append("<div class=\"portal-column\">\n<h1>All news</h1>\n<p>No articles are published yet.</p>\n</div>\n");
    } else {
      main.append(list(renderer, newest, library));
      main.append("<p class=\"portal-column portal-more\"><a href=\"/archive\">Every article, by month, in the archive</a></p>\n");
    }
    return page("All news", Optional.of("The latest news from " + title + "."), "home", Optional.empty(), main);
  }

  /**
   * Returns an article's page: the renderer's fragment in the portal's layout, with the article's
   * schema.org JSON-LD in the head.
   *
   * @param article the article, not null
   * @return the page, not null
   */
  String article(Article article) {
    StringBuilder main = new StringBuilder();
    main.append(renderer.renderFragment(article));
    YearMonth month = Library.month(article);
    main.append("<nav class=\"portal-column portal-more\" aria-label=\"More news\"><a href=\"/\">All news</a>")
        .append(" · <a href=\"/archive/").append(month).append("\">More from ")
        .append(Encode.forHtmlContent(MONTH.format(month))).append("</a></nav>\n");
    return page(article.headline(), article.summary(), "article", Optional.of(article), main);
  }

  /**
   * Returns the archive: an index of months, then each month's articles.
   *
   * @param library the articles, not null
   * @return the page, not null
   */
  String archive(Library library) {
    Map<YearMonth, List<Article>> months = library.byMonth();
    StringBuilder main = new StringBuilder();
    main.append("<div class=\"portal-column\">\n<h1>Archive</h1>\n");
    if (months.isEmpty()) {
      main.append("<p>No articles are published yet.</p>\n");
    } else {
      main.append("<ul class=\"portal-months\">\n");
      months.forEach((month, articles) -> main.append("<li><a href=\"/archive/").append(month).append("\">")
          .append(Encode.forHtmlContent(MONTH.format(month))).append("</a> <span class=\"portal-count\">")
          .append(articles.size()).append(articles.size() == 1 ? " article" : " articles").append("</span></li>\n"));
      main.append("</ul>\n");
    }
    main.append("</div>\n");
    months.forEach((month, articles) -> main.append(list(monthRenderer(month, 2), articles, library)));
    return page("Archive", Optional.of("Every article on " + title + ", by month."), "archive", Optional.empty(), main);
  }

  /**
   * Returns one month of the archive, such as {@code /archive/2026-10}.
   *
   * @param library the articles, not null
   * @param month the month, not null
   * @return the page, or empty when no article was published that month
   */
  Optional<String> month(Library library, YearMonth month) {
    List<Article> articles = library.byMonth().get(month);
    if (articles == null) {
      return Optional.empty();
    }
    StringBuilder main = new StringBuilder(list(monthRenderer(month, 1), articles, library));
    main.append("<p class=\"portal-column portal-more\"><a href=\"/archive\">All months</a></p>\n");
    String name = MONTH.format(month);
    return Optional.of(page(name, Optional.of("Articles published in " + name + "."), "archive",
        Optional.empty(), main));
  }

  /**
   * Returns the page for an address that names nothing.
   *
   * @return the page, not null
   */
  String notFound() {
    return page("Page not found", Optional.empty(), "error", Optional.empty(), new StringBuilder(
        "<div class=\"portal-column\">\n<h1>Page not found</h1>\n"
            + "<p>There is no page at this address. It may have moved, or the link may be mistyped.</p>\n"
            + "<p><a href=\"/\">See all news</a> or <a href=\"/archive\">browse the archive</a>.</p>\n</div>\n"));
  }

  /**
   * Returns the page for a request the portal refuses, such as a path with {@code ..}.
   *
   * @return the page, not null
   */
  String badRequest() {
    return page("Bad request", Optional.empty(), "error", Optional.empty(), new StringBuilder(
        "<div class=\"portal-column\">\n<h1>Bad request</h1>\n"
            + "<p>This address is not one the portal serves.</p>\n"
            + "<p><a href=\"/\">See all news</a>.</p>\n</div>\n"));
  }

  private HtmlRenderer monthRenderer(YearMonth month, int level) {
    return renderer.withHeadingLevel(level)
        .withPhrases(ENGLISH.with(Phrase.NEWS_LIST_HEADING, MONTH.format(month)));
  }

  /** A news list of articles whose teasers link to their pages and carry their disclaimers. */
  private String list(HtmlRenderer base, List<Article> articles, Library library) {
    List<Teaser> teasers = new ArrayList<>();
    Map<URI, Article> byUrl = new HashMap<>();
    for (Article article : articles) {
      URI url = articleUrl(article);
      byUrl.put(url, article);
      teasers.add(Teaser.builder()
          .headline(article.headline())
          .url(url)
          .published(article.published().orElseThrow())
          .summary(article.summary())
          .language(article.language())
          .build());
    }
    return base.withComponent(Slot.TEASER, new TeaserWithNotes(byUrl)).renderNewsList(teasers);
  }

  private String page(String heading, Optional<String> description, String kind, Optional<Article> article,
      CharSequence main) {
    StringBuilder out = new StringBuilder(8192);
    out.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(Encode.forHtmlContent(heading + " · " + title)).append("</title>\n");
    description.ifPresent(d -> out.append("<meta name=\"description\" content=\"")
        .append(Encode.forHtmlAttribute(d.replace('\n', ' '))).append("\">\n"));
    out.append("<link rel=\"stylesheet\" href=\"/style.css\">\n");
    String feedTitle = Encode.forHtmlAttribute(title);
    out.append("<link rel=\"alternate\" type=\"application/rss+xml\" title=\"").append(feedTitle)
        .append(" (RSS)\" href=\"/feed.xml\">\n")
        .append("<link rel=\"alternate\" type=\"application/atom+xml\" title=\"").append(feedTitle)
        .append(" (Atom)\" href=\"/atom.xml\">\n")
        .append("<link rel=\"alternate\" type=\"application/feed+json\" title=\"").append(feedTitle)
        .append(" (JSON Feed)\" href=\"/feed.json\">\n");
    if (article.isPresent()) {
      out.append("<script type=\"application/ld+json\">").append(SchemaOrgJsonLd.newsArticle(article.get()))
          .append("</script>\n");
    }
    out.append("</head>\n<body class=\"portal portal-").append(kind).append("\">\n")
        .append("<a class=\"portal-skip\" href=\"#content\">Skip to content</a>\n")
        .append("<header class=\"portal-header\">\n<div class=\"portal-bar\">\n")
        .append("<a class=\"portal-name\" href=\"/\">").append(Encode.forHtmlContent(title)).append("</a>\n")
        .append("<nav class=\"portal-nav\" aria-label=\"Sections\">\n<ul>\n")
        .append("<li><a href=\"/\"").append(kind.equals("home") ? " aria-current=\"page\"" : "")
        .append(">All news</a></li>\n")
        .append("<li><a href=\"/archive\"").append(kind.equals("archive") ? " aria-current=\"page\"" : "")
        .append(">Archive</a></li>\n")
        .append("</ul>\n</nav>\n</div>\n</header>\n")
        .append("<main id=\"content\" class=\"portal-main\">\n").append(main).append("</main>\n")
        .append("<footer class=\"portal-footer\">\n<div class=\"portal-bar\">\n")
        .append("<p>Follow ").append(Encode.forHtmlContent(title)).append(": ")
        .append("<a href=\"/feed.xml\">RSS</a> · <a href=\"/atom.xml\">Atom</a> · ")
        .append("<a href=\"/feed.json\">JSON Feed</a></p>\n")
        .append("<p>Articles rendered by newsmodel.</p>\n")
        .append("</div>\n</footer>\n</body>\n</html>\n");
    return out.toString();
  }

  private static String resource(String name) {
    try (InputStream in = Pages.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("The portal's resource " + name + " is missing from its jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A teaser as html-render writes it (headline link, time, summary), followed by the disclaimers of
   * its article, each with its kind ("Sponsored content") and in its own language.
   */
  private static final class TeaserWithNotes implements Component<Teaser> {
    private final Map<URI, Article> articles;

    TeaserWithNotes(Map<URI, Article> articles) {
      this.articles = Map.copyOf(articles);
    }

    @Override
    public void render(Teaser teaser, ComponentContext<Teaser> context) throws IOException {
      HtmlWriter out = context.html();
      Locale language = teaser.language().orElse(context.language());
      out.open("li").classes("teaser");
      String heading = "h" + context.headingLevel();
      out.open(heading).classes("teaser-headline").language(language, context.language());
      out.open("a").url("href", teaser.url().orElseThrow()).text(teaser.headline()).close();
      out.close();
      out.open("p").classes("teaser-time");
      context.time(teaser.published(), true);
      out.close();
      if (teaser.summary().isPresent()) {
        out.open("p").classes("teaser-summary").language(language, context.language())
            .lines(teaser.summary().get()).close();
      }
      Article article = articles.get(teaser.url().orElseThrow());
      for (Disclaimer disclaimer : article.disclaimers()) {
        out.open("p").classes("teaser-disclaimer", "teaser-disclaimer-" + kind(disclaimer));
        out.open("span").classes("teaser-disclaimer-kind").text(ENGLISH.get(label(disclaimer)) + ":").close();
        out.text(" ");
        Locale own = disclaimer.language().orElse(article.language());
        out.open("span").language(own, context.language()).lines(disclaimer.text()).close();
        out.close();
      }
      out.close();
    }

    private static String kind(Disclaimer disclaimer) {
      return disclaimer.kind().name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    private static Phrase label(Disclaimer disclaimer) {
      return switch (disclaimer.kind()) {
        case LEGAL -> Phrase.DISCLAIMER_LEGAL;
        case EDITORS_NOTE -> Phrase.DISCLAIMER_EDITORS_NOTE;
        case SPONSORED -> Phrase.DISCLAIMER_SPONSORED;
        case OPINION -> Phrase.DISCLAIMER_OPINION;
        case AI_GENERATED -> Phrase.DISCLAIMER_AI_GENERATED;
        case CONTENT_WARNING -> Phrase.DISCLAIMER_CONTENT_WARNING;
      };
    }
  }
}
