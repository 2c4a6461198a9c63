package dev.newsmodel.jsonld;

import dev.newsmodel.core.Article;
import dev.newsmodel.core.convert.Conversion;
import dev.newsmodel.core.convert.ConversionCode;
import dev.newsmodel.core.convert.ConversionProblem;
import dev.newsmodel.jsonld.internal.JsonTree;
import dev.newsmodel.jsonld.internal.JsonTree.Value;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Reads schema.org articles from a JSON-LD document, such as the {@code NewsArticle} in a news page's
 * {@code <script type="application/ld+json">}: the counterpart of {@link SchemaOrgJsonLd}.
 *
 * <pre>{@code
 * Conversion<List<SchemaOrgArticle>> read = SchemaOrgReader.defaults().read(jsonLd);
 * read.problems().forEach(System.out::println);
 * // warning time.no-offset /@graph/1/datePublished: '2021-04-06T17:45:00' has no offset from UTC, ...
 * SchemaOrgArticle first = read.orElseThrow().get(0);
 * Conversion<Article> article = first.toArticle(List.of());   // the body from articleBody
 *
 * SchemaOrgReader.defaults().withZone(ZoneId.of("Europe/Moscow")).read(jsonLd);  // times without offset
 * }</pre>
 *
 * <p>The document's root may be an object or an array; objects with {@code @graph} are searched, and so
 * is the {@code mainEntity} of each node. A node is an article if one of its {@code @type}s (a string
 * or an array; {@code schema:} and {@code https://schema.org/} prefixes allowed) is {@code Article} or
 * one of schema.org's subtypes: {@code NewsArticle} and its {@code AnalysisNewsArticle}, {@code
 * AskPublicNewsArticle}, {@code BackgroundNewsArticle}, {@code OpinionNewsArticle}, {@code
 * ReportageNewsArticle}, {@code ReviewNewsArticle}; {@code AdvertiserContentArticle}, {@code
 * SatiricalArticle}, {@code ScholarlyArticle} ({@code MedicalScholarlyArticle}), {@code
 * SocialMediaPosting} ({@code BlogPosting}, {@code LiveBlogPosting}, {@code DiscussionForumPosting}),
 * {@code Report} and {@code TechArticle} ({@code APIReference}). The {@code @context} must be
 * schema.org (http or https, a string, an object with {@code @vocab}, or an array holding one); a
 * document without one is read as schema.org, with a warning.
 *
 * <p>Nothing is invented: a date and time without an offset is a {@code time.no-offset} warning and
 * left out, unless a zone is passed with {@link #withZone}; there is no default zone. Every problem's
 * location is a JSON Pointer. Limits: {@value #MAX_LENGTH} characters, nesting {@value #MAX_DEPTH}
 * deep; beyond them the read fails with {@code input.limit}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SchemaOrgReader {
  /** The longest document read, in UTF-16 code units: 4 MiB. */
  public static final int MAX_LENGTH = 4 * 1024 * 1024;

  /** The deepest nesting of objects and arrays read. */
  public static final int MAX_DEPTH = 64;

  static final Set<String> ARTICLE_TYPES = Set.of("Article", "NewsArticle", "AnalysisNewsArticle",
      "AskPublicNewsArticle", "BackgroundNewsArticle", "OpinionNewsArticle", "ReportageNewsArticle",
      "ReviewNewsArticle", "AdvertiserContentArticle", "SatiricalArticle", "ScholarlyArticle",
      "MedicalScholarlyArticle", "SocialMediaPosting", "BlogPosting", "LiveBlogPosting", "DiscussionForumPosting",
      "Report", "TechArticle", "APIReference");

  private static final SchemaOrgReader DEFAULTS = new SchemaOrgReader(null);

  private final @Nullable ZoneId zone;

  private SchemaOrgReader(@Nullable ZoneId zone) {
    this.zone = zone;
  }

  /**
   * Returns the reader without a zone: times without an offset are reported and left out.
   *
   * @return the reader, not null
   */
  public static SchemaOrgReader defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a reader that reads times without an offset in a zone, as the caller knows they were
   * written, and puts times whose offset fits the zone into it.
   *
   * @param zone the zone, not null
   * @return the reader, not null
   */
  public SchemaOrgReader withZone(ZoneId zone) {
    return new SchemaOrgReader(Objects.requireNonNull(zone, "zone"));
  }

  /**
   * Returns the zone times without an offset are read in.
   *
   * @return the zone, or empty if there is none
   */
  public Optional<ZoneId> zone() {
    return Optional.ofNullable(zone);
  }

  /**
   * Reads every article node of a JSON-LD document.
   *
   * @param jsonLd the document, not null
   * @return the articles in document order, at least one, with the problems met; failed if the text is
   *     not JSON within the limits ({@code input.syntax}, {@code input.limit}) or holds no schema.org
   *     article ({@code input.not-an-article})
   */
  public Conversion<List<SchemaOrgArticle>> read(String jsonLd) {
    Objects.requireNonNull(jsonLd, "jsonLd");
    List<ConversionProblem> problems = new ArrayList<>();
    if (jsonLd.length() > MAX_LENGTH) {
      problems.add(ConversionProblem.error(ConversionCode.INPUT_LIMIT, "", "The JSON-LD is " + jsonLd.length()
          + " characters long, more than the limit of " + MAX_LENGTH + "; nothing was read."));
      return Conversion.failed(problems);
    }
    JsonTree tree;
    try {
      tree = JsonTree.parse(jsonLd, MAX_DEPTH, MAX_LENGTH);
    } catch (JsonTree.SyntaxException e) {
      problems.add(ConversionProblem.error(e.limit() ? ConversionCode.INPUT_LIMIT : ConversionCode.INPUT_SYNTAX, "",
          e.getMessage()));
      return Conversion.failed(problems);
    }
    for (String duplicate : tree.duplicates()) {
      problems.add(ConversionProblem.warning(ConversionCode.INPUT_INVALID, duplicate, "The property is given twice "
          + "in one object; the first value was read."));
    }
    List<SchemaOrgArticle> articles = new ArrayList<>();
    Value root = tree.root();
    if (!root.isObject() && !root.isArray()) {
      problems.add(ConversionProblem.error(ConversionCode.INPUT_NOT_AN_ARTICLE, "", "Expected a JSON-LD object or "
          + "array at the root, but found a single value."));
      return Conversion.failed(problems);
    }
    for (Value top : root.asList()) {
      boolean schemaOrg = context(top, root, problems);
      if (!schemaOrg) {
        continue;
      }
      List<Value> nodes = new ArrayList<>();
      Value graph = top.get("@graph");
      if (graph != null) {
        nodes.addAll(graph.asList());
      }
      nodes.add(top);
      for (Value node : nodes) {
        visit(node, articles, problems, 0);
      }
    }
    if (articles.isEmpty()) {
      problems.add(ConversionProblem.error(ConversionCode.INPUT_NOT_AN_ARTICLE, "", "The JSON-LD holds no schema.org "
          + "Article (NewsArticle, BlogPosting, Report ...)."));
      return Conversion.failed(problems);
    }
    return Conversion.of(List.copyOf(articles), problems);
  }

  /**
   * Reads the first article of a JSON-LD document as a newsmodel article, its body from {@code
   * articleBody}: {@link #read} then {@link SchemaOrgArticle#toArticle}. Further articles in the
   * document are reported and not read.
   *
   * @param jsonLd the document, not null
   * @return the article with the problems met, or the errors
   */
  public Conversion<Article> readArticle(String jsonLd) {
    Conversion<List<SchemaOrgArticle>> all = read(jsonLd);
    List<ConversionProblem> problems = new ArrayList<>(all.problems());
    if (!all.succeeded()) {
      return Conversion.failed(problems);
    }
    List<SchemaOrgArticle> articles = all.orElseThrow();
    for (int i = 1; i < articles.size(); i++) {
      problems.add(ConversionProblem.warning(ConversionCode.INPUT_IGNORED, articles.get(i).pointer(), "Only the "
          + "first article of the document was read; this " + articles.get(i).type() + " was not."));
    }
    Conversion<Article> article = articles.get(0).toArticle(List.of());
    problems.addAll(article.problems());
    return article.succeeded() ? Conversion.of(article.orElseThrow(), problems) : Conversion.failed(problems);
  }

  private void visit(Value node, List<SchemaOrgArticle> articles, List<ConversionProblem> problems, int depth) {
    if (!node.isObject() || depth > 4) {
      return;
    }
    String type = articleType(node);
    if (type != null) {
      for (SchemaOrgArticle seen : articles) {
        if (seen.pointer().equals(node.pointer())) {
          return;
        }
      }
      articles.add(ArticleFacts.read(node, type, problems, zone));
      return;
    }
    Value main = node.get("mainEntity");
    if (main != null) {
      for (Value m : main.asList()) {
        visit(m, articles, problems, depth + 1);
      }
    }
  }

  private static @Nullable String articleType(Value node) {
    Value t = node.get("@type");
    if (t == null) {
      return null;
    }
    for (Value one : t.asList()) {
      if (one.isString() && ARTICLE_TYPES.contains(localName(one.text()))) {
        return localName(one.text());
      }
    }
    return null;
  }

  /** Whether a top-level node is schema.org: its own {@code @context}, else the root's. */
  private static boolean context(Value top, Value root, List<ConversionProblem> problems) {
    Value context = top.get("@context");
    if (context == null && root.isArray()) {
      context = null;
    }
    if (context == null) {
      problems.add(ConversionProblem.warning(ConversionCode.INPUT_INVALID, top.pointer(), "The node has no "
          + "@context; it was read as schema.org."));
      return true;
    }
    for (Value c : context.asList()) {
      if (c.isString() && isSchemaOrg(c.text())) {
        return true;
      }
      if (c.isObject()) {
        Value vocab = c.get("@vocab");
        if (vocab != null && vocab.isString() && isSchemaOrg(vocab.text())) {
          return true;
        }
        for (Value v : c.members().values()) {
          if (v.isString() && isSchemaOrg(v.text())) {
            return true;
          }
        }
      }
    }
    problems.add(ConversionProblem.warning(ConversionCode.INPUT_IGNORED, context.pointer(), "The @context is not "
        + "schema.org, so its nodes were not read as articles."));
    return false;
  }

  private static boolean isSchemaOrg(String iri) {
    String s = iri.strip();
    return s.equals("http://schema.org") || s.equals("https://schema.org") || s.equals("http://schema.org/")
        || s.equals("https://schema.org/") || s.equals("https://schema.org/docs/jsonldcontext.json")
        || s.equals("http://schema.org/docs/jsonldcontext.json");
  }

  /** A type's name without a {@code schema:} or schema.org IRI prefix. */
  static String localName(String type) {
    String s = type.strip();
    for (String prefix : new String[] {"https://schema.org/", "http://schema.org/", "schema:"}) {
      if (s.startsWith(prefix)) {
        return s.substring(prefix.length());
      }
    }
    return s;
  }

  /** Returns the settings, such as {@code SchemaOrgReader{zone=none}}. */
  @Override
  public String toString() {
    return "SchemaOrgReader{zone=" + (zone == null ? "none" : zone.getId()) + "}";
  }
}
