package dev.newsmodel.json.internal;

import dev.newsmodel.core.Alternate;
import dev.newsmodel.core.Article;
import dev.newsmodel.core.ArticleId;
import dev.newsmodel.core.Attribution;
import dev.newsmodel.core.Byline;
import dev.newsmodel.core.Contributor;
import dev.newsmodel.core.Correction;
import dev.newsmodel.core.CountryCode;
import dev.newsmodel.core.Dateline;
import dev.newsmodel.core.Disclaimer;
import dev.newsmodel.core.GeoPoint;
import dev.newsmodel.core.Image;
import dev.newsmodel.core.ImageRendition;
import dev.newsmodel.core.InvalidValueException;
import dev.newsmodel.core.License;
import dev.newsmodel.core.Organization;
import dev.newsmodel.core.Rfc9557;
import dev.newsmodel.core.Rights;
import dev.newsmodel.core.SourceReference;
import dev.newsmodel.core.Teaser;
import dev.newsmodel.core.body.Block;
import dev.newsmodel.core.body.Emphasis;
import dev.newsmodel.core.body.Heading;
import dev.newsmodel.core.body.ImageBlock;
import dev.newsmodel.core.body.Inline;
import dev.newsmodel.core.body.LanguageSpan;
import dev.newsmodel.core.body.LineBreak;
import dev.newsmodel.core.body.Link;
import dev.newsmodel.core.body.ListBlock;
import dev.newsmodel.core.body.ListItem;
import dev.newsmodel.core.body.Paragraph;
import dev.newsmodel.core.body.Quote;
import dev.newsmodel.core.body.Strong;
import dev.newsmodel.core.body.Text;
import dev.newsmodel.json.ProblemCode;
import dev.newsmodel.json.internal.SchemaRules.Kind;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Reads the canonical JSON tree into the model, type by type, with the JSON Pointer of each value.
 *
 * <p>One reader serves a tree the schema has checked and a tree nobody has checked. It checks shapes
 * (types, required and unknown properties, the property sets taken from the schema text) so that it
 * never builds from a document it does not understand, and the schema keywords that only the schema
 * states (its patterns, compiled from its text, and networknt's {@code uri} format). The model's own
 * rules (heading levels, coordinate ranges, positive sizes, non-empty lists and contents, a licence's
 * SPDX id or name, the published-status rule) are the model's alone: they stop reading with an
 * {@link InvalidValueException}, turned into a {@link ReadFailure} at the value's pointer, as do values
 * the schema cannot judge (an offset that the zone never had, a malformed language tag). On an
 * unchecked tree any failure sends the document to the full pipeline, whose schema check words it.
 *
 * <p>Pointers of leaf values are composed only when a failure names them.
 */
public final class ArticleReader {
  private static final ArticleReader READER = new ArticleReader();

  static final Names.Table<Article.Status> STATUS = new Names.Table<>(Article.Status.class);
  static final Names.Table<Article.Genre> GENRE = new Names.Table<>(Article.Genre.class);
  static final Names.Table<Contributor.Kind> CONTRIBUTOR_KIND = new Names.Table<>(Contributor.Kind.class);
  static final Names.Table<Contributor.Role> ROLE = new Names.Table<>(Contributor.Role.class);
  static final Names.Table<SourceReference.Relation> RELATION =
      new Names.Table<>(SourceReference.Relation.class);
  static final Names.Table<Disclaimer.Kind> DISCLAIMER_KIND = new Names.Table<>(Disclaimer.Kind.class);
  static final Names.Table<Disclaimer.Placement> PLACEMENT = new Names.Table<>(Disclaimer.Placement.class);
  static final Names.Table<Correction.Kind> CORRECTION_KIND = new Names.Table<>(Correction.Kind.class);

  private static final Set<String> ARTICLE = SchemaRules.properties(null);
  private static final Set<String> ALTERNATE = SchemaRules.properties("alternate");
  private static final Set<String> ORGANIZATION = SchemaRules.properties("organization");
  private static final Set<String> CONTRIBUTOR = SchemaRules.properties("contributor");
  private static final Set<String> BYLINE = SchemaRules.properties("byline");
  private static final Set<String> GEO_POINT = SchemaRules.properties("geoPoint");
  private static final Set<String> DATELINE = SchemaRules.properties("dateline");
  private static final Set<String> LICENSE = SchemaRules.properties("license");
  private static final Set<String> ATTRIBUTION = SchemaRules.properties("attribution");
  private static final Set<String> IMAGE_RENDITION = SchemaRules.properties("imageRendition");
  private static final Set<String> IMAGE = SchemaRules.properties("image");
  private static final Set<String> SOURCE_REFERENCE = SchemaRules.properties("sourceReference");
  private static final Set<String> DISCLAIMER = SchemaRules.properties("disclaimer");
  private static final Set<String> CORRECTION = SchemaRules.properties("correction");
  private static final Set<String> TEASER = SchemaRules.properties("teaser");
  private static final Set<String> RIGHTS = SchemaRules.properties("rights");
  private static final Set<String> PARAGRAPH = SchemaRules.properties("paragraph");
  private static final Set<String> HEADING = SchemaRules.properties("heading");
  private static final Set<String> QUOTE = SchemaRules.properties("quote");
  private static final Set<String> LIST = SchemaRules.properties("list");
  private static final Set<String> IMAGE_BLOCK = SchemaRules.properties("imageBlock");
  private static final Set<String> LIST_ITEM = SchemaRules.properties("listItem");
  private static final Set<String> TEXT = SchemaRules.properties("textRun");
  /** Emphasis and strong share one shape; the drift test holds {@code $defs/strong} to it. */
  private static final Set<String> CONTENT = SchemaRules.properties("emphasis");
  private static final Set<String> LINK = SchemaRules.properties("link");
  private static final Set<String> LINE_BREAK = SchemaRules.properties("lineBreak");
  private static final Set<String> LANGUAGE_SPAN = SchemaRules.properties("languageSpan");
  private static final String[] BLOCK_TYPES = {"paragraph", "heading", "quote", "list", "image"};
  private static final String[] INLINE_TYPES = {"text", "emphasis", "strong", "link", "line-break", "language-span"};

  private ArticleReader() {}

  /** Reads one element of an array. */
  private interface Element<T> {
    T read(JsonNode node, String at);
  }

  /**
   * Reads an article from the root of a document, checked by the schema or not.
   *
   * @param node the root, not null
   * @return the article, not null
   * @throws ReadFailure at the first value that cannot be read, that breaks a model rule, or that the
   *     schema refuses; on an unchecked tree its code and message are not necessarily those the schema
   *     check would give
   */
  public static Article article(JsonNode node) {
    return READER.read(node);
  }

  /**
   * Returns the reader of an article's parts for the Jackson module, which reads a part such as an image
   * without the schema check: shapes, types, the schema's patterns and the model's rules.
   *
   * @return the reader, not null
   */
  public static ArticleReader parts() {
    return READER;
  }

  private Article read(JsonNode node) {
    String at = "";
    object(node, at, ARTICLE, "id", "status", "language", "headline");
    JsonNode schema = node.get("$schema");
    if (schema != null) {
      String text = string(schema, "/$schema");
      if (!text.equals(ArticleWriter.SCHEMA_ID)) {
        throw new ReadFailure(ProblemCode.SCHEMA_CONST.code(), "/$schema",
            "Expected \"" + ArticleWriter.SCHEMA_ID + "\", but found " + Messages.describe(schema) + ".");
      }
    }
    Article.Builder b = Article.builder();
    String id = string(node, at, "id", Kind.ID);
    b.id(build("/id", () -> ArticleId.of(id)));
    if (node.has("revision")) {
      b.revision(integer(node, at, "revision"));
    }
    Article.Status status = name(node, at, "status", STATUS);
    b.status(status);
    b.language(language(node, at, "language"));
    URI canonicalUrl = optionalUrl(node, at, "canonicalUrl", Kind.WEB_URL);
    if (canonicalUrl != null) {
      b.canonicalUrl(canonicalUrl);
    }
    b.addAllAlternates(list(node, at, "alternates", this::alternate));
    b.headline(string(node, at, "headline", Kind.LINE));
    String text = optionalString(node, at, "alternativeHeadline", Kind.LINE);
    if (text != null) {
      b.alternativeHeadline(text);
    }
    text = optionalString(node, at, "kicker", Kind.LINE);
    if (text != null) {
      b.kicker(text);
    }
    text = optionalString(node, at, "summary", Kind.TEXT);
    if (text != null) {
      b.summary(text);
    }
    text = optionalString(node, at, "section", Kind.LINE);
    if (text != null) {
      b.section(text);
    }
    b.addAllKeywords(list(node, at, "keywords", (n, p) -> string(n, p, Kind.LINE)));
    if (node.has("genre")) {
      b.genre(name(node, at, "genre", GENRE));
    }
    JsonNode child = node.get("publisher");
    if (child != null) {
      b.publisher(organization(child, "/publisher"));
    }
    b.addAllBylines(list(node, at, "bylines", this::byline));
    child = node.get("dateline");
    if (child != null) {
      b.dateline(dateline(child, "/dateline"));
    }
    child = node.get("leadImage");
    if (child != null) {
      b.leadImage(image(child, "/leadImage"));
    }
    ZonedDateTime time = optionalTime(node, at, "created", Kind.TIMESTAMP);
    if (time != null) {
      b.created(time);
    }
    ZonedDateTime published = optionalTime(node, at, "published", Kind.TIMESTAMP);
    if (published != null) {
      b.published(published);
    }
    time = optionalTime(node, at, "modified", Kind.TIMESTAMP);
    if (time != null) {
      b.modified(time);
    }
    time = optionalTime(node, at, "embargo", Kind.TIMESTAMP);
    if (time != null) {
      b.embargo(time);
    }
    List<Block> body = list(node, at, "body", this::block);
    b.addAllBody(body);
    b.addAllSources(list(node, at, "sources", this::sourceReference));
    b.addAllDisclaimers(list(node, at, "disclaimers", this::disclaimer));
    b.addAllCorrections(list(node, at, "corrections", this::correction));
    b.addAllRelated(list(node, at, "related", this::teaser));
    child = node.get("rights");
    if (child != null) {
      b.rights(rights(child, "/rights"));
    }
    return build(at, b::build);
  }

  /** Reads one part of an article at the pointer {@code at}; see {@link #parts()}. */
  public Alternate alternate(JsonNode node, String at) {
    object(node, at, ALTERNATE, "language", "url");
    Locale language = language(node, at, "language");
    URI url = url(node, at, "url", Kind.WEB_URL);
    return build(at, () -> Alternate.of(language, url));
  }

  /** Reads one part of an article at the pointer {@code at}; see {@link #parts()}. */
  public Organization organization(JsonNode node, String at) {
    object(node, at, ORGANIZATION, "name");
    Organization.Builder b = Organization.builder();
    b.name(string(node, at, "name", Kind.LINE));
    URI url = optionalUrl(node, at, "url", Kind.WEB_URL);
    if (url != null) {
      b.url(url);
    }
    JsonNode logo = node.get("logo");
    if (logo != null) {
      b.logo(image(logo, Pointers.child(at, "logo")));
    }
    return build(at, b::build);
  }

  /** Reads one part of an article at the pointer {@code at}; see {@link #parts()}. */
  public Contributor contributor(JsonNode node, String at) {
    object(node, at, CONTRIBUTOR, "name");
    Contributor.Builder b = Contributor.builder();
    b.name(string(node, at, "name", Kind.LINE));
    if (node.has("kind")) {
      b.kind(name(node, at, "kind", CONTRIBUTOR_KIND));
    }
    if (node.has("role")) {
      b.role(name(node, at, "role", ROLE));
    }
    String text = optionalString(node, at, "jobTitle", Kind.LINE);
    if (text != null) {
      b.jobTitle(text);
    }
    text = optionalString(node, at, "affiliation", Kind.LINE);
    if (text != null) {
      b.affiliation(text);
    }
    URI url = optionalUrl(node, at, "url", Kind.WEB_URL);
    if (url != null) {
      b.url(url);
    }
    return build(at, b::build);
  }

  /** Reads one part of an article at the pointer {@code at}; see {@link #parts()}. */
  public Byline byline(JsonNode node, String at) {
    object(node, at, BYLINE);
    Byline.Builder b = Byline.builder();
    b.addAllContributors(list(node, at, "contributors", this::contributor));
    String text = optionalString(node, at, "text", Kind.LINE);
    if (text != null) {
      b.text(text);
    }
    return build(at, b::build);
  }

  /** Reads one part of an article at the pointer {@code at}; see {@link #parts()}. */
  public GeoPoint geoPoint(JsonNode node, String at) {
    object(node, at, GEO_POINT, "latitude", "longitude");
    double latitude = number(node, at, "latitude");
    double longitude = number(node, at, "longitude");
    return build(at, () -> GeoPoint.of(latitude, longitude));
  }

  /** Reads one part of an article at the pointer {@code at}; see {@link #parts()}. */
  public Dateline dateline(JsonNode node, String at) {
    object(node, at, DATELINE, "place", "time");
    Dateline.Builder b = Dateline.builder();
    b.place(string(node, at, "place", Kind.LINE));
    if (node.has("country")) {
      b.country(country(node, at, "country"));
    }
    JsonNode coordinates = node.get("coordinates");
    if (coordinates != null) {
      b.coordinates(geoPoint(coordinates, Pointers.child(at, "coordinates")));
    }
    b.time(time(node, at, "time", Kind.REGION_TIMESTAMP));
    return build(at, b::build);
  }

  /** Reads one part of an article at the pointer {@code at}; see {@link #parts()}. */
  public License license(JsonNode node, String at) {
    object(node, at, LICENSE);
    License.Builder b = License.builder();
    String text = optionalString(node, at, "spdxId", Kind.SPDX);
    if (text != null) {
      b.spdxId(text);
    }
    text = optionalString(node, at, "name", Kind.LINE);
    if (text != null) {
      b.name(text);
    }
    URI url = optionalUrl(node, at, "url", Kind.WEB_URL);
    if (url != null) {
      b.url(url);
    }
    return build(at, b::build);
  }

  /** Reads one part of an article at the pointer {@code at}; see {@link #parts()}. */
  public Attribution attribution(JsonNode node, String at) {
    object(node, at, ATTRIBUTION);
    Attribution.Builder b = Attribution.builder();
    String text = optionalString(node, at, "creator", Kind.LINE);
    if (text != null) {
      b.creator(text);
    }
    text = optionalString(node, at, "creditLine", Kind.LINE);
    if (text != null) {
      b.creditLine(text);
    }
    URI url = optionalUrl(node, at, "sourceUrl", Kind.WEB_URL);
    if (url != null) {
      b.sourceUrl(url);
    }
    text = optionalString(node, at, "copyrightHolder", Kind.LINE);
    if (text != null) {
      b.copyrightHolder(text);
    }
    text = optionalString(node, at, "copyrightNotice", Kind.LINE);
    if (text != null) {
      b.copyrightNotice(text);
    }
    JsonNode license = node.get("license");
    if (license != null) {
      b.license(license(license, Pointers.child(at, "license")));
    }
    url = optionalUrl(node, at, "acquireLicenseUrl", Kind.WEB_URL);
    if (url != null) {
      b.acquireLicenseUrl(url);
    }
    return build(at, b::build);
  }

  /** Reads one part of an article at the pointer {@code at}; see {@link #parts()}. */
  public ImageRendition imageRendition(JsonNode node, String at) {
    object(node, at, IMAGE_RENDITION, "url", "width");
    URI url = url(node, at, "url", Kind.WEB_URL);
    int width = integer(node, at, "width");
    return build(at, () -> ImageRendition.of(url, width));
  }

  /** Reads one part of an article at the pointer {@code at}; see {@link #parts()}. */
  public Image image(JsonNode node, String at) {
    object(node, at, IMAGE, "url");
    Image.Builder b = Image.builder();
    b.url(url(node, at, "url", Kind.WEB_URL));
    String text = optionalString(node, at, "alt", Kind.TEXT);
    if (text != null) {
      b.alt(text);
    }
    if (node.has("decorative")) {
      b.decorative(bool(node, at, "decorative"));
    }
    text = optionalString(node, at, "caption", Kind.TEXT);
    if (text != null) {
      b.caption(text);
    }
    if (node.has("width")) {
      b.width(integer(node, at, "width"));
    }
    if (node.has("height")) {
      b.height(integer(node, at, "height"));
    }
    b.addAllRenditions(list(node, at, "renditions", this::imageRendition));
    JsonNode attribution = node.get("attribution");
    if (attribution != null) {
      b.attribution(attribution(attribution, Pointers.child(at, "attribution")));
    }
    return build(at, b::build);
  }

  /** Reads one part of an article at the pointer {@code at}; see {@link #parts()}. */
  public SourceReference sourceReference(JsonNode node, String at) {
    object(node, at, SOURCE_REFERENCE, "relation", "outlet");
    SourceReference.Builder b = SourceReference.builder();
    b.relation(name(node, at, "relation", RELATION));
    b.outlet(string(node, at, "outlet", Kind.LINE));
    URI url = optionalUrl(node, at, "url", Kind.WEB_URL);
    if (url != null) {
      b.url(url);
    }
    String text = optionalString(node, at, "title", Kind.LINE);
    if (text != null) {
      b.title(text);
    }
    if (node.has("language")) {
      b.language(language(node, at, "language"));
    }
    ZonedDateTime published = optionalTime(node, at, "published", Kind.TIMESTAMP);
    if (published != null) {
      b.published(published);
    }
    return build(at, b::build);
  }

  /** Reads one part of an article at the pointer {@code at}; see {@link #parts()}. */
  public Disclaimer disclaimer(JsonNode node, String at) {
    object(node, at, DISCLAIMER, "kind", "text");
    Disclaimer.Builder b = Disclaimer.builder();
    b.kind(name(node, at, "kind", DISCLAIMER_KIND));
    b.text(string(node, at, "text", Kind.TEXT));
    if (node.has("language")) {
      b.language(language(node, at, "language"));
    }
    if (node.has("jurisdiction")) {
      b.jurisdiction(country(node, at, "jurisdiction"));
    }
    String text = optionalString(node, at, "legalBasis", Kind.LINE);
    if (text != null) {
      b.legalBasis(text);
    }
    if (node.has("placement")) {
      b.placement(name(node, at, "placement", PLACEMENT));
    }
    if (node.has("verbatim")) {
      b.verbatim(bool(node, at, "verbatim"));
    }
    return build(at, b::build);
  }

  /** Reads one part of an article at the pointer {@code at}; see {@link #parts()}. */
  public Correction correction(JsonNode node, String at) {
    object(node, at, CORRECTION, "date", "kind", "text");
    Correction.Builder b = Correction.builder();
    b.date(time(node, at, "date", Kind.TIMESTAMP));
    b.kind(name(node, at, "kind", CORRECTION_KIND));
    b.text(string(node, at, "text", Kind.TEXT));
    return build(at, b::build);
  }

  /** Reads one part of an article at the pointer {@code at}; see {@link #parts()}. */
  public Teaser teaser(JsonNode node, String at) {
    object(node, at, TEASER, "headline", "published");
    Teaser.Builder b = Teaser.builder();
    b.headline(string(node, at, "headline", Kind.LINE));
    URI url = optionalUrl(node, at, "url", Kind.WEB_URL);
    if (url != null) {
      b.url(url);
    }
    b.published(time(node, at, "published", Kind.TIMESTAMP));
    String text = optionalString(node, at, "summary", Kind.TEXT);
    if (text != null) {
      b.summary(text);
    }
    JsonNode image = node.get("image");
    if (image != null) {
      b.image(image(image, Pointers.child(at, "image")));
    }
    if (node.has("language")) {
      b.language(language(node, at, "language"));
    }
    return build(at, b::build);
  }

  /** Reads one part of an article at the pointer {@code at}; see {@link #parts()}. */
  public Rights rights(JsonNode node, String at) {
    object(node, at, RIGHTS);
    Rights.Builder b = Rights.builder();
    String text = optionalString(node, at, "copyrightHolder", Kind.LINE);
    if (text != null) {
      b.copyrightHolder(text);
    }
    text = optionalString(node, at, "copyrightNotice", Kind.LINE);
    if (text != null) {
      b.copyrightNotice(text);
    }
    JsonNode license = node.get("license");
    if (license != null) {
      b.license(license(license, Pointers.child(at, "license")));
    }
    return build(at, b::build);
  }

  /** Reads one part of an article at the pointer {@code at}; see {@link #parts()}. */
  public Block block(JsonNode node, String at) {
    String type = type(node, at, BLOCK_TYPES);
    switch (type) {
      case "paragraph": {
        object(node, at, PARAGRAPH, "type", "content");
        List<Inline> content = inlines(node, at);
        return build(at, () -> Paragraph.of(content));
      }
      case "heading": {
        object(node, at, HEADING, "type", "level", "content");
        int level = integer(node, at, "level");
        List<Inline> content = inlines(node, at);
        return build(at, () -> Heading.of(level, content));
      }
      case "quote": {
        object(node, at, QUOTE, "type", "content");
        Quote.Builder b = Quote.builder();
        b.addAllContent(inlines(node, at));
        String attribution = optionalString(node, at, "attribution", Kind.LINE);
        if (attribution != null) {
          b.attribution(attribution);
        }
        URI citeUrl = optionalUrl(node, at, "citeUrl", Kind.WEB_URL);
        if (citeUrl != null) {
          b.citeUrl(citeUrl);
        }
        if (node.has("language")) {
          b.language(language(node, at, "language"));
        }
        return build(at, b::build);
      }
      case "list": {
        object(node, at, LIST, "type", "ordered", "items");
        boolean ordered = bool(node, at, "ordered");
        List<ListItem> items = list(node, at, "items", this::listItem);
        return build(at, () -> ListBlock.of(ordered, items));
      }
      default: {
        object(node, at, IMAGE_BLOCK, "type", "image");
        Image image = image(node.get("image"), Pointers.child(at, "image"));
        return build(at, () -> ImageBlock.of(image));
      }
    }
  }

  /** Reads one part of an article at the pointer {@code at}; see {@link #parts()}. */
  public ListItem listItem(JsonNode node, String at) {
    object(node, at, LIST_ITEM, "content");
    List<Inline> content = inlines(node, at);
    return build(at, () -> ListItem.of(content.toArray(new Inline[0])));
  }

  /** Reads one part of an article at the pointer {@code at}; see {@link #parts()}. */
  public Inline inline(JsonNode node, String at) {
    String type = type(node, at, INLINE_TYPES);
    switch (type) {
      case "text": {
        object(node, at, TEXT, "type", "value");
        String value = string(node, at, "value", Kind.NON_EMPTY);
        return build(at, () -> Text.of(value));
      }
      case "emphasis": {
        object(node, at, CONTENT, "type", "content");
        List<Inline> content = inlines(node, at);
        return build(at, () -> Emphasis.of(content.toArray(new Inline[0])));
      }
      case "strong": {
        object(node, at, CONTENT, "type", "content");
        List<Inline> content = inlines(node, at);
        return build(at, () -> Strong.of(content.toArray(new Inline[0])));
      }
      case "link": {
        object(node, at, LINK, "type", "url", "content");
        Link.Builder b = Link.builder();
        b.url(url(node, at, "url", Kind.LINK_URL));
        String title = optionalString(node, at, "title", Kind.LINE);
        if (title != null) {
          b.title(title);
        }
        b.addAllContent(inlines(node, at));
        return build(at, b::build);
      }
      case "line-break":
        object(node, at, LINE_BREAK, "type");
        return LineBreak.instance();
      default: {
        object(node, at, LANGUAGE_SPAN, "type", "language", "content");
        Locale language = language(node, at, "language");
        List<Inline> content = inlines(node, at);
        return build(at, () -> LanguageSpan.of(language, content.toArray(new Inline[0])));
      }
    }
  }

  private List<Inline> inlines(JsonNode node, String at) {
    return list(node, at, "content", this::inline);
  }

  // ---------------------------------------------------------------------------------------------
  // Shapes

  private static void object(JsonNode node, String at, Set<String> known, String... required) {
    if (!node.isObject()) {
      throw new ReadFailure(ProblemCode.SCHEMA_TYPE.code(), at, "Expected an object, but found " + Messages.describe(node) + ".");
    }
    for (String name : required) {
      if (!node.has(name)) {
        throw new ReadFailure(ProblemCode.SCHEMA_REQUIRED.code(), at,
            "Expected the required property \"" + name + "\", but it is missing.");
      }
    }
    for (String name : node.propertyNames()) {
      if (!known.contains(name)) {
        throw new ReadFailure(ProblemCode.SCHEMA_ADDITIONAL_PROPERTIES.code(), Pointers.child(at, name),
            "Expected only properties defined here, but found the unknown property \"" + name + "\".");
      }
    }
  }

  private static String type(JsonNode node, String at, String[] types) {
    if (!node.isObject()) {
      throw new ReadFailure(ProblemCode.SCHEMA_TYPE.code(), at, "Expected an object, but found " + Messages.describe(node) + ".");
    }
    JsonNode type = node.get("type");
    if (type == null) {
      throw new ReadFailure(ProblemCode.SCHEMA_REQUIRED.code(), at, "Expected the required property \"type\", but it is missing.");
    }
    if (!type.isString()) {
      string(type, Pointers.child(at, "type"));
    }
    String name = type.stringValue();
    for (String t : types) {
      if (t.equals(name)) {
        return t;
      }
    }
    throw new ReadFailure(ProblemCode.SCHEMA_ENUM.code(), Pointers.child(at, "type"),
        "Expected one of \"" + String.join("\", \"", types) + "\", but found " + Messages.describe(type) + ".");
  }

  private @Nullable String optionalString(JsonNode node, String at, String name, Kind kind) {
    return node.has(name) ? string(node, at, name, kind) : null;
  }

  private @Nullable ZonedDateTime optionalTime(JsonNode node, String at, String name, Kind kind) {
    return node.has(name) ? time(node, at, name, kind) : null;
  }

  private @Nullable URI optionalUrl(JsonNode node, String at, String name, Kind kind) {
    return node.has(name) ? url(node, at, name, kind) : null;
  }

  private <T> List<T> list(JsonNode node, String at, String name, Element<T> element) {
    JsonNode array = node.get(name);
    if (array == null) {
      return List.of();
    }
    String here = Pointers.child(at, name);
    if (!array.isArray()) {
      throw new ReadFailure(ProblemCode.SCHEMA_TYPE.code(), here, "Expected an array, but found " + Messages.describe(array) + ".");
    }
    int size = array.size();
    List<T> out = new ArrayList<>(size);
    for (int i = 0; i < size; i++) {
      out.add(element.read(array.get(i), Pointers.child(here, i)));
    }
    return out;
  }

  // ---------------------------------------------------------------------------------------------
  // Values: each takes the enclosing object, its pointer and the property's name, and composes the
  // property's pointer only to report a failure.

  private static String string(JsonNode node, String at) {
    if (!node.isString()) {
      throw new ReadFailure(ProblemCode.SCHEMA_TYPE.code(), at, "Expected a string, but found " + Messages.describe(node) + ".");
    }
    return node.stringValue();
  }

  private String string(JsonNode node, String at, Kind kind) {
    String text = string(node, at);
    if (!SchemaRules.accepts(kind, text)) {
      throw SchemaRules.refusal(kind, text, at);
    }
    return text;
  }

  private String string(JsonNode object, String at, String name, Kind kind) {
    JsonNode node = object.get(name);
    if (!node.isString() || !SchemaRules.accepts(kind, node.stringValue())) {
      string(node, Pointers.child(at, name), kind);
    }
    return node.stringValue();
  }

  private static boolean bool(JsonNode object, String at, String name) {
    JsonNode node = object.get(name);
    if (!node.isBoolean()) {
      throw new ReadFailure(ProblemCode.SCHEMA_TYPE.code(), Pointers.child(at, name),
          "Expected true or false, but found " + Messages.describe(node) + ".");
    }
    return node.booleanValue();
  }

  private int integer(JsonNode object, String at, String name) {
    JsonNode node = object.get(name);
    // A whole number, also when written with a zero fraction ("2.0"), as the schema's "integer" type.
    boolean whole = (node.isIntegralNumber() && node.canConvertToInt())
        || (node.isFloatingPointNumber() && node.canConvertToExactIntegral() && node.canConvertToInt());
    if (whole) {
      return node.intValue();
    }
    throw new ReadFailure(ProblemCode.SCHEMA_TYPE.code(), Pointers.child(at, name),
        "Expected a whole number that fits in 32 bits, but found " + Messages.describe(node) + ".");
  }

  private double number(JsonNode object, String at, String name) {
    JsonNode node = object.get(name);
    if (!node.isNumber()) {
      throw new ReadFailure(ProblemCode.SCHEMA_TYPE.code(), Pointers.child(at, name),
          "Expected a number, but found " + Messages.describe(node) + ".");
    }
    return node.doubleValue();
  }

  private <E extends Enum<E>> E name(JsonNode object, String at, String name, Names.Table<E> table) {
    JsonNode node = object.get(name);
    if (node.isString()) {
      E value = table.get(node.stringValue()).orElse(null);
      if (value != null) {
        return value;
      }
    }
    String here = Pointers.child(at, name);
    string(node, here);
    throw new ReadFailure(ProblemCode.SCHEMA_ENUM.code(), here,
        "Expected one of " + table.list() + ", but found " + Messages.describe(node) + ".");
  }

  private ZonedDateTime time(JsonNode object, String at, String name, Kind kind) {
    String text = string(object, at, name, kind);
    try {
      return Rfc9557.parse(text);
    } catch (DateTimeParseException e) {
      throw new ReadFailure(ProblemCode.RULE_TIMESTAMP.code(), Pointers.child(at, name), "Expected an RFC 9557 timestamp such as "
          + "\"2021-04-06T02:24:00+03:00[Europe/Moscow]\", but: " + Messages.sentence(e.getMessage()));
    }
  }

  private Locale language(JsonNode object, String at, String name) {
    String text = string(object, at, name, Kind.LANGUAGE);
    Locale locale = Locale.forLanguageTag(text);
    if (locale.getLanguage().isEmpty() || !locale.toLanguageTag().equalsIgnoreCase(text)) {
      throw new ReadFailure(ProblemCode.RULE_LANGUAGE.code(), Pointers.child(at, name), "Expected a well-formed BCP 47 language tag "
          + "such as \"en\" or \"zh-Hant-TW\", but found " + Messages.describe(object.get(name)) + ".");
    }
    return locale;
  }

  private CountryCode country(JsonNode object, String at, String name) {
    String text = string(object, at, name, Kind.COUNTRY);
    return build(at, name, () -> CountryCode.of(text));
  }

  private URI url(JsonNode object, String at, String name, Kind kind) {
    String text = string(object, at, name, kind);
    URI uri;
    try {
      uri = new URI(text);
    } catch (URISyntaxException e) {
      throw new ReadFailure(ProblemCode.RULE_URL.code(), Pointers.child(at, name), "Expected a valid absolute URL, but found "
          + Messages.describe(object.get(name)) + ", which is not a URI: " + Messages.sentence(e.getReason()));
    }
    if (!SchemaRules.isUriFormat(uri)) {
      throw SchemaRules.uriRefusal(text, Pointers.child(at, name));
    }
    return uri;
  }

  /** Builds a value, moving a model rule's failure to the value's pointer. */
  private static <T> T build(String at, Supplier<T> builder) {
    try {
      return builder.get();
    } catch (InvalidValueException e) {
      String pointer = at + Pointers.fromModelPath(e.path());
      throw new ReadFailure(ProblemCode.RULE_CONSTRUCTION.code(), pointer, Messages.construction(e, pointer));
    }
  }

  /** Builds the value of a property, moving a model rule's failure to the property's pointer. */
  private static <T> T build(String at, String name, Supplier<T> builder) {
    try {
      return builder.get();
    } catch (InvalidValueException e) {
      String pointer = Pointers.child(at, name) + Pointers.fromModelPath(e.path());
      throw new ReadFailure(ProblemCode.RULE_CONSTRUCTION.code(), pointer, Messages.construction(e, pointer));
    }
  }
}
