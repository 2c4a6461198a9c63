package dev.newsmodel.htmlimport;

import dev.newsmodel.core.Article;
import dev.newsmodel.core.ArticleId;
import dev.newsmodel.core.Byline;
import dev.newsmodel.core.Contributor;
import dev.newsmodel.core.InvalidValueException;
import dev.newsmodel.core.Organization;
import dev.newsmodel.core.body.Block;
import dev.newsmodel.core.body.LanguageSpan;
import dev.newsmodel.core.convert.Conversion;
import dev.newsmodel.core.convert.ConversionCode;
import dev.newsmodel.core.convert.ConversionProblem;
import dev.newsmodel.htmlimport.internal.ElementPath;
import dev.newsmodel.htmlimport.internal.FragmentConverter;
import dev.newsmodel.htmlimport.internal.Report;
import dev.newsmodel.htmlimport.internal.Urls;
import dev.newsmodel.jsonld.SchemaOrgArticle;
import dev.newsmodel.jsonld.SchemaOrgReader;
import java.net.URI;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.Elements;
import org.jspecify.annotations.Nullable;

/**
 * Reads a published news page (HTML) into an article, such as a newspaper's story page saved from a
 * browser.
 *
 * <pre>{@code
 * ImportedPage page = PageImport.defaults().read(html);
 * page.sources().forEach((fact, where) -> System.out.println(fact + " <- " + where));
 * // headline <- script[type=application/ld+json][3] /headline
 * Article article = page.article().orElseThrow();
 *
 * PageImport.defaults().withZone(ZoneId.of("America/New_York")).withLanguage(Locale.ENGLISH).read(html);
 * }</pre>
 *
 * <p>Each fact is taken from the first of these that states it: the schema.org article in the page's
 * {@code <script type="application/ld+json">} elements (read by json-ld's {@link SchemaOrgReader});
 * Open Graph and {@code article:*} meta ({@code og:title}, {@code og:locale}, {@code
 * article:published_time} …); the page's own markup ({@code <html lang>}, microdata {@code
 * itemprop} such as {@code datePublished} and {@code author}, {@code <meta name=author>}, Parse.ly's
 * {@code parsely-*} meta, {@code <time datetime>}). The body is JSON-LD's {@code articleBody} (read
 * as HTML when it is HTML, else as paragraphs), else the element with {@code itemprop=articleBody},
 * else the {@code <article>} with the most paragraph text, converted by {@link HtmlImport}.
 * {@link ImportedPage#sources()} says where each fact came from.
 *
 * <p>Nothing is invented. A time without an offset is reported ({@code time.no-offset}) and the next
 * source tried; the caller who knows the zone passes it with {@link #withZone}. A page that states no
 * language, no headline, no exact publication time or no URL gives no article: an {@code
 * input.missing} (or {@code time.no-offset}) error, unless {@link #withLanguage} or {@link #withZone}
 * supplies what the caller knows. Limits: {@value #DEFAULT_MAX_INPUT_LENGTH} characters; the body
 * has {@link HtmlImport}'s depth limit.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PageImport {
  /** The default longest page, in UTF-16 code units: 16 MiB. */
  public static final int DEFAULT_MAX_INPUT_LENGTH = 16 * 1024 * 1024;

  private static final PageImport DEFAULTS = new PageImport(null, null);

  private final @Nullable ZoneId zone;
  private final @Nullable Locale language;

  private PageImport(@Nullable ZoneId zone, @Nullable Locale language) {
    this.zone = zone;
    this.language = language;
  }

  /**
   * Returns the import that takes every fact from the page.
   *
   * @return the import, not null
   */
  public static PageImport defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a copy that reads times without an offset in a zone the caller knows the page was
   * written in.
   *
   * @param zone the zone, not null
   * @return the copy, not null
   */
  public PageImport withZone(ZoneId zone) {
    return new PageImport(Objects.requireNonNull(zone, "zone"), language);
  }

  /**
   * Returns a copy that takes this language when the page states none (a language the page states
   * wins).
   *
   * @param language the language, not null
   * @return the copy, not null
   */
  public PageImport withLanguage(Locale language) {
    return new PageImport(zone, Objects.requireNonNull(language, "language"));
  }

  /**
   * Reads a page, resolving relative URLs against the page's own URL ({@code og:url}, the canonical
   * link) when it states one.
   *
   * @param html the page, not null
   * @return the article or the problems, and where each fact came from
   */
  public ImportedPage read(String html) {
    return read(html, null);
  }

  /**
   * Reads a page, resolving relative URLs against a base URI, such as the address it was fetched
   * from; the base URI is also the article's id and URL when the page states no URL.
   *
   * @param html the page, not null
   * @param baseUri an absolute http or https URL, or null to use the page's own URL
   * @return the article or the problems, and where each fact came from
   * @throws IllegalArgumentException if the base URI is not an absolute http or https URL
   */
  public ImportedPage read(String html, @Nullable URI baseUri) {
    Objects.requireNonNull(html, "html");
    if (baseUri != null) {
      Urls.checkBase(baseUri);
    }
    Report report = new Report();
    if (html.length() > DEFAULT_MAX_INPUT_LENGTH) {
      report.error(ConversionCode.INPUT_LIMIT, "", "The page is " + html.length() + " characters long, more than the "
          + "limit of " + DEFAULT_MAX_INPUT_LENGTH + "; nothing was read.");
      return new ImportedPage(Conversion.failed(report.problems()), Map.of());
    }
    Parser parser = Parser.htmlParser().setMaxDepth(HtmlImport.DEFAULT_MAX_DEPTH * 4);
    Document doc = parser.parseInput(html, "");
    return new Reading(doc, baseUri, report).read();
  }

  /** Returns the settings, such as {@code PageImport{zone=none, language=none}}. */
  @Override
  public String toString() {
    return "PageImport{zone=" + (zone == null ? "none" : zone.getId()) + ", language="
        + (language == null ? "none" : language.toLanguageTag()) + "}";
  }

  /** One page being read. */
  private final class Reading {
    private final Document doc;
    private final @Nullable URI base;
    private final Report report;
    private final Map<String, String> sources = new LinkedHashMap<>();
    private @Nullable SchemaOrgArticle ld;
    private String ldWhere = "";

    Reading(Document doc, @Nullable URI base, Report report) {
      this.doc = doc;
      this.base = base;
      this.report = report;
    }

    ImportedPage read() {
      jsonLd();
      URI url = url();
      URI resolveAgainst = base != null ? base : url;
      String headline = headline();
      Locale lang = language();
      ZonedDateTime published = time("published", "datePublished", "article:published_time", "published");
      ZonedDateTime modified = time("modified", "dateModified", "article:modified_time", "modified");
      List<Contributor> contributors = contributors();
      List<Block> body = body(resolveAgainst, lang);
      Organization publisher = publisher(url);
      String summary = summary();
      String section = ld != null && ld.section().isPresent() ? from("section", ld.section().get(), ld("section"))
          : meta("property", "article:section", "section");
      List<String> keywords = keywords();

      boolean missing = false;
      if (headline == null) {
        report.error(ConversionCode.INPUT_MISSING, "", "The page states no headline (JSON-LD headline, og:title, "
            + "itemprop=headline, parsely-title or <title>).");
        missing = true;
      }
      if (lang == null) {
        report.error(ConversionCode.INPUT_MISSING, "", "The page states no language (JSON-LD inLanguage, og:locale, "
            + "<html lang>, itemprop=inLanguage, DC.language); pass the language you know with withLanguage.");
        missing = true;
      }
      noOffsetSeen |= report.problems().stream().anyMatch(p -> p.code() == ConversionCode.TIME_NO_OFFSET
          && p.location().endsWith("/datePublished"));
      if (published == null) {
        report.error(noOffsetSeen ? ConversionCode.TIME_NO_OFFSET : ConversionCode.INPUT_MISSING, "", noOffsetSeen
            ? "The page states its publication time only without an offset from UTC, so the instant cannot be known; "
                + "pass the zone it was written in with withZone."
            : "The page states no publication time (JSON-LD datePublished, article:published_time, "
                + "itemprop=datePublished, parsely-pub-date, <time datetime>).");
        missing = true;
      }
      URI id = url != null ? url : base;
      if (id == null) {
        report.error(ConversionCode.INPUT_MISSING, "", "The page states no URL (JSON-LD url, og:url, <link "
            + "rel=canonical>) to serve as the article's id; pass the address it came from as the base URI.");
        missing = true;
      }
      if (body.isEmpty()) {
        report.error(ConversionCode.INPUT_MISSING, "", "The page holds no article body (JSON-LD articleBody, "
            + "itemprop=articleBody or <article> with paragraphs).");
        missing = true;
      }
      if (missing) {
        return new ImportedPage(Conversion.failed(report.problems()), sources);
      }
      Article.Builder b = Article.builder().status(Article.Status.PUBLISHED).headline(headline).language(lang)
          .published(published).addAllBody(body).addAllKeywords(keywords);
      if (modified != null && !modified.toInstant().isBefore(published.toInstant())) {
        b.modified(modified);
      } else if (modified != null) {
        report.warn(ConversionCode.INPUT_INVALID, sources.get("modified"), "The modification time is before the "
            + "publication time; it was left out.");
        sources.remove("modified");
      }
      String idText = id.toString();
      try {
        ArticleId.of(idText);
      } catch (InvalidValueException e) {
        report.error(ConversionCode.INPUT_INVALID, "", "The page's URL cannot be an article id: " + e.getMessage());
        return new ImportedPage(Conversion.failed(report.problems()), sources);
      }
      b.id(ArticleId.of(idText));
      if (url != null) {
        b.canonicalUrl(url);
      }
      if (!contributors.isEmpty()) {
        b.addBylines(Byline.builder().addAllContributors(contributors).build());
      }
      if (publisher != null) {
        b.publisher(publisher);
      }
      if (summary != null) {
        b.summary(summary);
      }
      if (section != null) {
        b.section(section);
      }
      if (ld != null && ld.alternativeHeadline().isPresent() && !ld.alternativeHeadline().get().equals(headline)) {
        b.alternativeHeadline(ld.alternativeHeadline().get());
        sources.put("alternativeHeadline", ld("alternativeHeadline"));
      }
      if (ld != null && ld.genre().isPresent()) {
        b.genre(ld.genre().get());
        sources.put("genre", ld("genre"));
      }
      try {
        return new ImportedPage(Conversion.of(b.build(), report.problems()), sources);
      } catch (InvalidValueException e) {
        report.error(ConversionCode.INPUT_INVALID, "", "The facts do not make an article: " + e.getMessage() + ".");
        return new ImportedPage(Conversion.failed(report.problems()), sources);
      }
    }

    // -------------------------------------------------------------------------------------------
    // JSON-LD

    private void jsonLd() {
      Elements scripts = doc.select("script");
      int n = 0;
      SchemaOrgReader reader = zone == null ? SchemaOrgReader.defaults() : SchemaOrgReader.defaults().withZone(zone);
      for (Element script : scripts) {
        if (!script.attr("type").strip().equalsIgnoreCase("application/ld+json")) {
          continue;
        }
        n++;
        String where = "script[type=application/ld+json][" + n + "]";
        String text = script.data().strip();
        text = stripCdata(text);
        Conversion<List<SchemaOrgArticle>> read = reader.read(text);
        for (ConversionProblem p : read.problems()) {
          String location = where + " " + p.location();
          if (read.succeeded() || p.code() != ConversionCode.INPUT_NOT_AN_ARTICLE) {
            report.warn(p.code(), location.strip(), p.message());
          }
        }
        if (!read.succeeded()) {
          continue;
        }
        for (SchemaOrgArticle a : read.orElseThrow()) {
          if (ld == null) {
            ld = a;
            ldWhere = where;
          } else {
            report.warn(ConversionCode.INPUT_IGNORED, where + " " + a.pointer(), "A further " + a.type() + " in the "
                + "page's JSON-LD was not read; the first one was.");
          }
        }
      }
    }

    private String stripCdata(String text) {
      String s = text;
      s = s.replaceFirst("^(//\\s*)?<!\\[CDATA\\[", "").replaceFirst("(//\\s*)?\\]\\]>$", "").strip();
      return s;
    }

    private String ld(String fact) {
      return ldWhere + " " + ld.location(fact).orElse(ld.pointer());
    }

    // -------------------------------------------------------------------------------------------
    // Facts

    private <T> T from(String fact, T value, String where) {
      sources.put(fact, where);
      return value;
    }

    private @Nullable String meta(String attribute, String name, String fact) {
      for (Element m : doc.select("meta")) {
        if (m.attr(attribute).strip().equalsIgnoreCase(name) && !m.attr("content").isBlank()) {
          String v = m.attr("content").replaceAll("\\s+", " ").strip();
          if (fact != null) {
            sources.put(fact, "meta[" + attribute + "=" + name + "]");
          }
          return v;
        }
      }
      return null;
    }

    private @Nullable URI url() {
      if (ld != null && ld.url().isPresent()) {
        return from("canonicalUrl", ld.url().get(), ld("url"));
      }
      String og = meta("property", "og:url", null);
      String where = "meta[property=og:url]";
      if (og == null) {
        Element canonical = doc.selectFirst("link[rel=canonical][href]");
        og = canonical == null ? null : canonical.attr("href");
        where = "link[rel=canonical]";
      }
      if (og == null) {
        return null;
      }
      Urls.Result r = Urls.read(og, base, false);
      if (r.url() == null) {
        report.warn(r.code(), where, r.message() + ".");
        return null;
      }
      return from("canonicalUrl", r.url(), where);
    }

    private @Nullable String headline() {
      if (ld != null && ld.headline().isPresent()) {
        return from("headline", ld.headline().get(), ld("headline"));
      }
      String h = meta("property", "og:title", "headline");
      if (h == null) {
        h = itemprop("headline", "headline");
      }
      if (h == null) {
        h = meta("name", "parsely-title", "headline");
      }
      if (h == null && !doc.title().isBlank()) {
        h = from("headline", doc.title().replaceAll("\\s+", " ").strip(), "title");
      }
      return h;
    }

    private @Nullable String itemprop(String name, String fact) {
      for (Element e : doc.select("[itemprop]")) {
        for (String prop : e.attr("itemprop").split("\\s+")) {
          if (prop.equals(name)) {
            String v = e.hasAttr("content") ? e.attr("content")
                : e.hasAttr("datetime") ? e.attr("datetime") : e.text();
            v = v.replaceAll("\\s+", " ").strip();
            if (!v.isEmpty()) {
              sources.put(fact, path(e) + " @itemprop=" + name);
              return v;
            }
          }
        }
      }
      return null;
    }

    private @Nullable Locale language() {
      if (ld != null && ld.language().isPresent()) {
        return from("language", ld.language().get(), ld("language"));
      }
      String ogLocale = meta("property", "og:locale", null);
      Locale l = tag(ogLocale, "meta[property=og:locale]");
      if (l == null) {
        Element html = doc.selectFirst("html");
        if (html != null) {
          String v = html.hasAttr("lang") ? html.attr("lang") : html.attr("xml:lang");
          l = tag(v.isBlank() ? null : v, "html @lang");
        }
      }
      if (l == null) {
        l = tag(itemprop("inLanguage", "language.tmp"), sources.get("language.tmp"));
      }
      sources.remove("language.tmp");
      if (l == null) {
        l = tag(meta("name", "DC.language", null), "meta[name=DC.language]");
      }
      if (l == null) {
        Element equiv = doc.selectFirst("meta[http-equiv=content-language][content]");
        l = tag(equiv == null ? null : equiv.attr("content"), "meta[http-equiv=content-language]");
      }
      if (l == null && language != null) {
        l = from("language", language, "withLanguage");
      }
      return l;
    }

    private @Nullable Locale tag(@Nullable String value, @Nullable String where) {
      if (value == null || where == null) {
        return null;
      }
      String tag = value.strip().replace('_', '-');
      Locale locale = Locale.forLanguageTag(tag);
      try {
        LanguageSpan.of(locale, "x");
        if (!locale.toLanguageTag().equalsIgnoreCase(tag)) {
          throw new InvalidValueException("language", "well-formed", tag);
        }
      } catch (InvalidValueException e) {
        report.warn(ConversionCode.INPUT_INVALID, where, "'" + value + "' is not a BCP 47 language tag; it was not "
            + "used.");
        return null;
      }
      sources.put("language", where);
      return locale;
    }

    private boolean noOffsetSeen;

    private @Nullable ZonedDateTime time(String fact, String ldProperty, String ogProperty, String timeClass) {
      if (ld != null) {
        Optional<ZonedDateTime> t = fact.equals("published") ? ld.published() : ld.modified();
        if (t.isPresent()) {
          return from(fact, t.get(), ld(fact));
        }
      }
      String[][] metas = fact.equals("published")
          ? new String[][] {{"property", ogProperty}, {"property", "article:published"}, {"name", "parsely-pub-date"},
              {"name", "DC.date.issued"}, {"name", "date"}}
          : new String[][] {{"property", ogProperty}, {"property", "article:modified"}, {"property", "og:updated_time"}};
      for (String[] m : metas) {
        for (Element e : doc.select("meta")) {
          if (e.attr(m[0]).strip().equalsIgnoreCase(m[1]) && !e.attr("content").isBlank()) {
            ZonedDateTime t = parseTime(e.attr("content"), "meta[" + m[0] + "=" + m[1] + "]", fact);
            if (t != null) {
              return t;
            }
          }
        }
      }
      for (Element e : doc.select("[itemprop]")) {
        if (List.of(e.attr("itemprop").split("\\s+")).contains(ldProperty)) {
          String v = e.hasAttr("content") ? e.attr("content") : e.attr("datetime");
          if (!v.isBlank()) {
            ZonedDateTime t = parseTime(v, path(e) + " @itemprop=" + ldProperty, fact);
            if (t != null) {
              return t;
            }
          }
        }
      }
      if (fact.equals("published")) {
        Element t = doc.selectFirst("time[datetime][pubdate], time.published[datetime], time." + timeClass
            + "[datetime]");
        if (t != null) {
          return parseTime(t.attr("datetime"), path(t) + " @datetime", fact);
        }
      }
      return null;
    }

    private @Nullable ZonedDateTime parseTime(String raw, String where, String fact) {
      String s = raw.strip();
      String iso = s.length() > 10 && s.charAt(10) == ' ' ? s.substring(0, 10) + "T" + s.substring(11) : s;
      iso = iso.replaceFirst("([+-]\\d{2})(\\d{2})$", "$1:$2");
      try {
        ZonedDateTime t;
        if (iso.matches(".*(Z|z|[+-]\\d{2}:\\d{2})$")) {
          OffsetDateTime odt = OffsetDateTime.parse(iso.toUpperCase(Locale.ROOT));
          t = odt.toZonedDateTime();
          if (zone != null && zone.getRules().getOffset(odt.toInstant()).equals(odt.getOffset())) {
            t = odt.atZoneSameInstant(zone);
          }
        } else {
          LocalDateTime local = LocalDateTime.parse(iso);
          if (zone == null) {
            noOffsetSeen |= fact.equals("published");
            report.warn(ConversionCode.TIME_NO_OFFSET, where, "'" + s + "' has no offset from UTC, so the instant it "
                + "names cannot be known; pass the zone it was written in (there is no default). It was not used.");
            return null;
          }
          List<ZoneOffset> offsets = zone.getRules().getValidOffsets(local);
          if (offsets.size() != 1) {
            report.warn(ConversionCode.TIME_INVALID, where, "'" + s + "' falls in a daylight-saving gap or overlap in "
                + "zone '" + zone.getId() + "'; it was not used.");
            return null;
          }
          t = ZonedDateTime.ofLocal(local, zone, null);
        }
        sources.put(fact, where);
        return t;
      } catch (DateTimeException e) {
        report.warn(ConversionCode.TIME_INVALID, where, "'" + s + "' is not a date and time such as "
            + "2021-04-06T17:45:00+03:00; it was not used.");
        return null;
      }
    }

    private List<Contributor> contributors() {
      if (ld != null && !ld.contributors().isEmpty()) {
        sources.put("bylines", ld("contributors"));
        return ld.contributors();
      }
      List<String> names = new ArrayList<>();
      String where = null;
      for (Element m : doc.select("meta[name=author][content]")) {
        names.add(m.attr("content"));
        where = where == null ? "meta[name=author]" : where;
      }
      if (names.isEmpty()) {
        for (Element e : doc.select("[itemprop~=(^|\\s)author(\\s|$)]")) {
          Element name = e.selectFirst("[itemprop=name]");
          String v = e.hasAttr("content") ? e.attr("content") : name != null ? name.text() : e.text();
          if (!v.isBlank()) {
            names.add(v);
            where = where == null ? path(e) + " @itemprop=author" : where;
          }
        }
      }
      if (names.isEmpty()) {
        for (Element m : doc.select("meta[name=parsely-author][content]")) {
          names.add(m.attr("content"));
          where = "meta[name=parsely-author]";
        }
      }
      List<Contributor> out = new ArrayList<>();
      for (String raw : names) {
        String name = raw.replaceAll("\\s+", " ").strip().replaceFirst("^(?i)by\\s+", "");
        // The same author marked twice (an outer and an inner itemprop=author) is one author.
        if (name.isEmpty() || name.startsWith("http://") || name.startsWith("https://")
            || out.stream().anyMatch(c -> name.toLowerCase(Locale.ROOT).startsWith(c.name().toLowerCase(Locale.ROOT)))) {
          continue;
        }
        try {
          out.add(Contributor.builder().name(name).role(Contributor.Role.AUTHOR).build());
        } catch (InvalidValueException e) {
          report.warn(ConversionCode.INPUT_INVALID, where, "The author '" + name + "' is refused by the model: "
              + e.getMessage() + ".");
        }
      }
      if (out.isEmpty()) {
        report.warn(ConversionCode.INPUT_MISSING, "", "The page states no author in JSON-LD, <meta name=author>, "
            + "itemprop=author or parsely-author; the article has no byline.");
      } else {
        sources.put("bylines", where);
      }
      return out;
    }

    private @Nullable Organization publisher(@Nullable URI url) {
      if (ld != null && ld.publisher().isPresent()) {
        return from("publisher", ld.publisher().get(), ld("publisher"));
      }
      String site = meta("property", "og:site_name", "publisher");
      if (site == null) {
        return null;
      }
      try {
        return Organization.builder().name(site).build();
      } catch (InvalidValueException e) {
        sources.remove("publisher");
        return null;
      }
    }

    private @Nullable String summary() {
      if (ld != null && ld.description().isPresent()) {
        return from("summary", ld.description().get(), ld("description"));
      }
      String s = meta("property", "og:description", "summary");
      if (s == null) {
        s = meta("name", "description", "summary");
      }
      return s;
    }

    private List<String> keywords() {
      if (ld != null && !ld.keywords().isEmpty()) {
        sources.put("keywords", ld("keywords"));
        return ld.keywords();
      }
      List<String> out = new ArrayList<>();
      for (Element m : doc.select("meta[property=article:tag][content]")) {
        String k = m.attr("content").replaceAll("\\s+", " ").strip();
        if (!k.isEmpty() && !out.contains(k)) {
          out.add(k);
        }
      }
      if (!out.isEmpty()) {
        sources.put("keywords", "meta[property=article:tag]");
      }
      return out;
    }

    // -------------------------------------------------------------------------------------------
    // Body

    private List<Block> body(@Nullable URI resolveAgainst, @Nullable Locale lang) {
      Locale around = lang != null ? lang : language;
      if (ld != null && ld.articleBody().isPresent()) {
        String text = ld.articleBody().get();
        String where = ld("articleBody");
        List<Block> blocks;
        if (text.matches("(?s).*<[a-zA-Z][^>]*>.*")) {
          Document fragment = Document.createShell("");
          fragment.body().appendChildren(Parser.htmlParser().setMaxDepth(HtmlImport.DEFAULT_MAX_DEPTH + 32)
              .parseFragmentInput(text, fragment.body(), ""));
          blocks = new FragmentConverter(report, resolveAgainst, around, HtmlImport.DEFAULT_MAX_DEPTH)
              .convert(fragment.body(), where + " body");
        } else {
          blocks = ld.articleBodyParagraphs();
        }
        if (!blocks.isEmpty()) {
          return from("body", blocks, where);
        }
      }
      Element body = null;
      for (Element e : doc.select("[itemprop~=(^|\\s)articleBody(\\s|$)]")) {
        if (!e.normalName().equals("meta") && !e.select("p").isEmpty()) {
          body = e;
          break;
        }
      }
      if (body == null) {
        int best = 0;
        for (Element a : doc.select("article")) {
          int length = 0;
          for (Element p : a.select("p")) {
            length += p.text().length();
          }
          if (length > best) {
            best = length;
            body = a;
          }
        }
      }
      if (body == null) {
        return List.of();
      }
      String where = path(body);
      List<Block> blocks = new FragmentConverter(report, resolveAgainst, around, HtmlImport.DEFAULT_MAX_DEPTH)
          .convert(body, where);
      return from("body", blocks, where);
    }

    private String path(Element e) {
      return ElementPath.of(e, doc, "document");
    }
  }
}
