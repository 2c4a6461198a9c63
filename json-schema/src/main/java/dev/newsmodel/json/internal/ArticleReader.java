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
import java.net.URI;
import java.net.URISyntaxException;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;

/**
 * Reads the canonical JSON tree into the model, type by type, with the JSON Pointer of each value.
 *
 * <p>The schema has normally been checked before, but the reader checks shapes again (types, required
 * and unknown properties) so that it never builds from a document it does not understand. Values the
 * schema cannot judge (an offset that the zone never had, a malformed language tag) and the model's own
 * rules ({@link InvalidValueException}) stop reading with a {@link ReadFailure} at the value's pointer.
 */
public final class ArticleReader {
  private static final Names.Table<Article.Status> STATUS = new Names.Table<>(Article.Status.class);
  private static final Names.Table<Article.Genre> GENRE = new Names.Table<>(Article.Genre.class);
  private static final Names.Table<Contributor.Kind> CONTRIBUTOR_KIND = new Names.Table<>(Contributor.Kind.class);
  private static final Names.Table<Contributor.Role> ROLE = new Names.Table<>(Contributor.Role.class);
  private static final Names.Table<SourceReference.Relation> RELATION =
      new Names.Table<>(SourceReference.Relation.class);
  private static final Names.Table<Disclaimer.Kind> DISCLAIMER_KIND = new Names.Table<>(Disclaimer.Kind.class);
  private static final Names.Table<Disclaimer.Placement> PLACEMENT = new Names.Table<>(Disclaimer.Placement.class);
  private static final Names.Table<Correction.Kind> CORRECTION_KIND = new Names.Table<>(Correction.Kind.class);

  private static final Set<String> ARTICLE = Set.of("$schema", "id", "revision", "status", "language",
      "canonicalUrl", "alternates", "headline", "alternativeHeadline", "kicker", "summary", "section", "keywords",
      "genre", "publisher", "bylines", "dateline", "leadImage", "created", "published", "modified", "embargo",
      "body", "sources", "disclaimers", "corrections", "related", "rights");

  private ArticleReader() {}

  /**
   * Reads an article from the root of a document.
   *
   * @param node the root, not null
   * @return the article, not null
   * @throws ReadFailure at the first value that cannot be read
   */
  public static Article article(JsonNode node) {
    String at = "";
    object(node, at, ARTICLE, "id", "status", "language", "headline");
    optional(node, "$schema").ifPresent(s -> {
      String text = string(s, Pointers.child(at, "$schema"));
      if (!text.equals(ArticleWriter.SCHEMA_ID)) {
        throw new ReadFailure("schema.const", Pointers.child(at, "$schema"),
            "Expected \"" + ArticleWriter.SCHEMA_ID + "\", but found " + Messages.describe(s) + ".");
      }
    });
    Article.Builder b = Article.builder();
    b.id(build(Pointers.child(at, "id"), () -> ArticleId.of(string(node.get("id"), Pointers.child(at, "id")))));
    optional(node, "revision").ifPresent(n -> b.revision(integer(n, Pointers.child(at, "revision"))));
    b.status(name(node.get("status"), Pointers.child(at, "status"), STATUS));
    b.language(language(node.get("language"), Pointers.child(at, "language")));
    optional(node, "canonicalUrl").ifPresent(n -> b.canonicalUrl(url(n, Pointers.child(at, "canonicalUrl"))));
    b.addAllAlternates(list(node, at, "alternates", ArticleReader::alternate));
    b.headline(string(node.get("headline"), Pointers.child(at, "headline")));
    optionalString(node, at, "alternativeHeadline").ifPresent(b::alternativeHeadline);
    optionalString(node, at, "kicker").ifPresent(b::kicker);
    optionalString(node, at, "summary").ifPresent(b::summary);
    optionalString(node, at, "section").ifPresent(b::section);
    b.addAllKeywords(list(node, at, "keywords", ArticleReader::string));
    optional(node, "genre").ifPresent(n -> b.genre(name(n, Pointers.child(at, "genre"), GENRE)));
    optional(node, "publisher").ifPresent(n -> b.publisher(organization(n, Pointers.child(at, "publisher"))));
    b.addAllBylines(list(node, at, "bylines", ArticleReader::byline));
    optional(node, "dateline").ifPresent(n -> b.dateline(dateline(n, Pointers.child(at, "dateline"))));
    optional(node, "leadImage").ifPresent(n -> b.leadImage(image(n, Pointers.child(at, "leadImage"))));
    optionalTime(node, at, "created").ifPresent(b::created);
    optionalTime(node, at, "published").ifPresent(b::published);
    optionalTime(node, at, "modified").ifPresent(b::modified);
    optionalTime(node, at, "embargo").ifPresent(b::embargo);
    b.addAllBody(list(node, at, "body", ArticleReader::block));
    b.addAllSources(list(node, at, "sources", ArticleReader::sourceReference));
    b.addAllDisclaimers(list(node, at, "disclaimers", ArticleReader::disclaimer));
    b.addAllCorrections(list(node, at, "corrections", ArticleReader::correction));
    b.addAllRelated(list(node, at, "related", ArticleReader::teaser));
    optional(node, "rights").ifPresent(n -> b.rights(rights(n, Pointers.child(at, "rights"))));
    return build(at, b::build);
  }

  public static Alternate alternate(JsonNode node, String at) {
    object(node, at, Set.of("language", "url"), "language", "url");
    Locale language = language(node.get("language"), Pointers.child(at, "language"));
    URI url = url(node.get("url"), Pointers.child(at, "url"));
    return build(at, () -> Alternate.of(language, url));
  }

  public static Organization organization(JsonNode node, String at) {
    object(node, at, Set.of("name", "url", "logo"), "name");
    Organization.Builder b = Organization.builder();
    b.name(string(node.get("name"), Pointers.child(at, "name")));
    optional(node, "url").ifPresent(n -> b.url(url(n, Pointers.child(at, "url"))));
    optional(node, "logo").ifPresent(n -> b.logo(image(n, Pointers.child(at, "logo"))));
    return build(at, b::build);
  }

  public static Contributor contributor(JsonNode node, String at) {
    object(node, at, Set.of("name", "kind", "role", "jobTitle", "affiliation", "url"), "name");
    Contributor.Builder b = Contributor.builder();
    b.name(string(node.get("name"), Pointers.child(at, "name")));
    optional(node, "kind").ifPresent(n -> b.kind(name(n, Pointers.child(at, "kind"), CONTRIBUTOR_KIND)));
    optional(node, "role").ifPresent(n -> b.role(name(n, Pointers.child(at, "role"), ROLE)));
    optionalString(node, at, "jobTitle").ifPresent(b::jobTitle);
    optionalString(node, at, "affiliation").ifPresent(b::affiliation);
    optional(node, "url").ifPresent(n -> b.url(url(n, Pointers.child(at, "url"))));
    return build(at, b::build);
  }

  public static Byline byline(JsonNode node, String at) {
    object(node, at, Set.of("contributors", "text"));
    Byline.Builder b = Byline.builder();
    b.addAllContributors(list(node, at, "contributors", ArticleReader::contributor));
    optionalString(node, at, "text").ifPresent(b::text);
    return build(at, b::build);
  }

  public static GeoPoint geoPoint(JsonNode node, String at) {
    object(node, at, Set.of("latitude", "longitude"), "latitude", "longitude");
    double latitude = number(node.get("latitude"), Pointers.child(at, "latitude"));
    double longitude = number(node.get("longitude"), Pointers.child(at, "longitude"));
    return build(at, () -> GeoPoint.of(latitude, longitude));
  }

  public static Dateline dateline(JsonNode node, String at) {
    object(node, at, Set.of("place", "country", "coordinates", "time"), "place", "time");
    Dateline.Builder b = Dateline.builder();
    b.place(string(node.get("place"), Pointers.child(at, "place")));
    optional(node, "country").ifPresent(n -> b.country(country(n, Pointers.child(at, "country"))));
    optional(node, "coordinates").ifPresent(n -> b.coordinates(geoPoint(n, Pointers.child(at, "coordinates"))));
    b.time(time(node.get("time"), Pointers.child(at, "time")));
    return build(at, b::build);
  }

  public static License license(JsonNode node, String at) {
    object(node, at, Set.of("spdxId", "name", "url"));
    License.Builder b = License.builder();
    optionalString(node, at, "spdxId").ifPresent(b::spdxId);
    optionalString(node, at, "name").ifPresent(b::name);
    optional(node, "url").ifPresent(n -> b.url(url(n, Pointers.child(at, "url"))));
    return build(at, b::build);
  }

  public static Attribution attribution(JsonNode node, String at) {
    object(node, at, Set.of("creator", "creditLine", "sourceUrl", "copyrightHolder", "copyrightNotice", "license",
        "acquireLicenseUrl"));
    Attribution.Builder b = Attribution.builder();
    optionalString(node, at, "creator").ifPresent(b::creator);
    optionalString(node, at, "creditLine").ifPresent(b::creditLine);
    optional(node, "sourceUrl").ifPresent(n -> b.sourceUrl(url(n, Pointers.child(at, "sourceUrl"))));
    optionalString(node, at, "copyrightHolder").ifPresent(b::copyrightHolder);
    optionalString(node, at, "copyrightNotice").ifPresent(b::copyrightNotice);
    optional(node, "license").ifPresent(n -> b.license(license(n, Pointers.child(at, "license"))));
    optional(node, "acquireLicenseUrl").ifPresent(
        n -> b.acquireLicenseUrl(url(n, Pointers.child(at, "acquireLicenseUrl"))));
    return build(at, b::build);
  }

  public static ImageRendition imageRendition(JsonNode node, String at) {
    object(node, at, Set.of("url", "width"), "url", "width");
    URI url = url(node.get("url"), Pointers.child(at, "url"));
    int width = integer(node.get("width"), Pointers.child(at, "width"));
    return build(at, () -> ImageRendition.of(url, width));
  }

  public static Image image(JsonNode node, String at) {
    object(node, at, Set.of("url", "alt", "decorative", "caption", "width", "height", "renditions", "attribution"),
        "url");
    Image.Builder b = Image.builder();
    b.url(url(node.get("url"), Pointers.child(at, "url")));
    optionalString(node, at, "alt").ifPresent(b::alt);
    optional(node, "decorative").ifPresent(n -> b.decorative(bool(n, Pointers.child(at, "decorative"))));
    optionalString(node, at, "caption").ifPresent(b::caption);
    optional(node, "width").ifPresent(n -> b.width(integer(n, Pointers.child(at, "width"))));
    optional(node, "height").ifPresent(n -> b.height(integer(n, Pointers.child(at, "height"))));
    b.addAllRenditions(list(node, at, "renditions", ArticleReader::imageRendition));
    optional(node, "attribution").ifPresent(n -> b.attribution(attribution(n, Pointers.child(at, "attribution"))));
    return build(at, b::build);
  }

  public static SourceReference sourceReference(JsonNode node, String at) {
    object(node, at, Set.of("relation", "outlet", "url", "title", "language", "published"), "relation", "outlet");
    SourceReference.Builder b = SourceReference.builder();
    b.relation(name(node.get("relation"), Pointers.child(at, "relation"), RELATION));
    b.outlet(string(node.get("outlet"), Pointers.child(at, "outlet")));
    optional(node, "url").ifPresent(n -> b.url(url(n, Pointers.child(at, "url"))));
    optionalString(node, at, "title").ifPresent(b::title);
    optional(node, "language").ifPresent(n -> b.language(language(n, Pointers.child(at, "language"))));
    optionalTime(node, at, "published").ifPresent(b::published);
    return build(at, b::build);
  }

  public static Disclaimer disclaimer(JsonNode node, String at) {
    object(node, at, Set.of("kind", "text", "language", "jurisdiction", "legalBasis", "placement", "verbatim"),
        "kind", "text");
    Disclaimer.Builder b = Disclaimer.builder();
    b.kind(name(node.get("kind"), Pointers.child(at, "kind"), DISCLAIMER_KIND));
    b.text(string(node.get("text"), Pointers.child(at, "text")));
    optional(node, "language").ifPresent(n -> b.language(language(n, Pointers.child(at, "language"))));
    optional(node, "jurisdiction").ifPresent(n -> b.jurisdiction(country(n, Pointers.child(at, "jurisdiction"))));
    optionalString(node, at, "legalBasis").ifPresent(b::legalBasis);
    optional(node, "placement").ifPresent(n -> b.placement(name(n, Pointers.child(at, "placement"), PLACEMENT)));
    optional(node, "verbatim").ifPresent(n -> b.verbatim(bool(n, Pointers.child(at, "verbatim"))));
    return build(at, b::build);
  }

  public static Correction correction(JsonNode node, String at) {
    object(node, at, Set.of("date", "kind", "text"), "date", "kind", "text");
    Correction.Builder b = Correction.builder();
    b.date(time(node.get("date"), Pointers.child(at, "date")));
    b.kind(name(node.get("kind"), Pointers.child(at, "kind"), CORRECTION_KIND));
    b.text(string(node.get("text"), Pointers.child(at, "text")));
    return build(at, b::build);
  }

  public static Teaser teaser(JsonNode node, String at) {
    object(node, at, Set.of("headline", "url", "published", "summary", "image", "language"), "headline", "published");
    Teaser.Builder b = Teaser.builder();
    b.headline(string(node.get("headline"), Pointers.child(at, "headline")));
    optional(node, "url").ifPresent(n -> b.url(url(n, Pointers.child(at, "url"))));
    b.published(time(node.get("published"), Pointers.child(at, "published")));
    optionalString(node, at, "summary").ifPresent(b::summary);
    optional(node, "image").ifPresent(n -> b.image(image(n, Pointers.child(at, "image"))));
    optional(node, "language").ifPresent(n -> b.language(language(n, Pointers.child(at, "language"))));
    return build(at, b::build);
  }

  public static Rights rights(JsonNode node, String at) {
    object(node, at, Set.of("copyrightHolder", "copyrightNotice", "license"));
    Rights.Builder b = Rights.builder();
    optionalString(node, at, "copyrightHolder").ifPresent(b::copyrightHolder);
    optionalString(node, at, "copyrightNotice").ifPresent(b::copyrightNotice);
    optional(node, "license").ifPresent(n -> b.license(license(n, Pointers.child(at, "license"))));
    return build(at, b::build);
  }

  public static Block block(JsonNode node, String at) {
    String type = type(node, at, "paragraph", "heading", "quote", "list", "image");
    switch (type) {
      case "paragraph": {
        object(node, at, Set.of("type", "content"), "type", "content");
        List<Inline> content = inlines(node, at);
        return build(at, () -> Paragraph.of(content));
      }
      case "heading": {
        object(node, at, Set.of("type", "level", "content"), "type", "level", "content");
        int level = integer(node.get("level"), Pointers.child(at, "level"));
        List<Inline> content = inlines(node, at);
        return build(at, () -> Heading.of(level, content));
      }
      case "quote": {
        object(node, at, Set.of("type", "content", "attribution", "citeUrl", "language"), "type", "content");
        Quote.Builder b = Quote.builder();
        b.addAllContent(inlines(node, at));
        optionalString(node, at, "attribution").ifPresent(b::attribution);
        optional(node, "citeUrl").ifPresent(n -> b.citeUrl(url(n, Pointers.child(at, "citeUrl"))));
        optional(node, "language").ifPresent(n -> b.language(language(n, Pointers.child(at, "language"))));
        return build(at, b::build);
      }
      case "list": {
        object(node, at, Set.of("type", "ordered", "items"), "type", "ordered", "items");
        boolean ordered = bool(node.get("ordered"), Pointers.child(at, "ordered"));
        List<ListItem> items = list(node, at, "items", ArticleReader::listItem);
        return build(at, () -> ListBlock.of(ordered, items));
      }
      default: {
        object(node, at, Set.of("type", "image"), "type", "image");
        Image image = image(node.get("image"), Pointers.child(at, "image"));
        return build(at, () -> ImageBlock.of(image));
      }
    }
  }

  public static ListItem listItem(JsonNode node, String at) {
    object(node, at, Set.of("content"), "content");
    List<Inline> content = inlines(node, at);
    return build(at, () -> ListItem.of(content.toArray(new Inline[0])));
  }

  public static Inline inline(JsonNode node, String at) {
    String type = type(node, at, "text", "emphasis", "strong", "link", "line-break", "language-span");
    switch (type) {
      case "text": {
        object(node, at, Set.of("type", "value"), "type", "value");
        String value = string(node.get("value"), Pointers.child(at, "value"));
        return build(at, () -> Text.of(value));
      }
      case "emphasis": {
        object(node, at, Set.of("type", "content"), "type", "content");
        List<Inline> content = inlines(node, at);
        return build(at, () -> Emphasis.of(content.toArray(new Inline[0])));
      }
      case "strong": {
        object(node, at, Set.of("type", "content"), "type", "content");
        List<Inline> content = inlines(node, at);
        return build(at, () -> Strong.of(content.toArray(new Inline[0])));
      }
      case "link": {
        object(node, at, Set.of("type", "url", "title", "content"), "type", "url", "content");
        Link.Builder b = Link.builder();
        b.url(url(node.get("url"), Pointers.child(at, "url")));
        optionalString(node, at, "title").ifPresent(b::title);
        b.addAllContent(inlines(node, at));
        return build(at, b::build);
      }
      case "line-break":
        object(node, at, Set.of("type"), "type");
        return LineBreak.instance();
      default: {
        object(node, at, Set.of("type", "language", "content"), "type", "language", "content");
        Locale language = language(node.get("language"), Pointers.child(at, "language"));
        List<Inline> content = inlines(node, at);
        return build(at, () -> LanguageSpan.of(language, content.toArray(new Inline[0])));
      }
    }
  }

  private static List<Inline> inlines(JsonNode node, String at) {
    return list(node, at, "content", ArticleReader::inline);
  }

  // ---------------------------------------------------------------------------------------------
  // Shapes

  private static void object(JsonNode node, String at, Set<String> known, String... required) {
    if (!node.isObject()) {
      throw new ReadFailure("schema.type", at, "Expected an object, but found " + Messages.describe(node) + ".");
    }
    for (String name : required) {
      if (!node.has(name)) {
        throw new ReadFailure("schema.required", at,
            "Expected the required property \"" + name + "\", but it is missing.");
      }
    }
    Iterator<Map.Entry<String, JsonNode>> fields = node.properties().iterator();
    while (fields.hasNext()) {
      String name = fields.next().getKey();
      if (!known.contains(name)) {
        throw new ReadFailure("schema.additionalProperties", Pointers.child(at, name),
            "Expected only properties defined here, but found the unknown property \"" + name + "\".");
      }
    }
  }

  private static String type(JsonNode node, String at, String... types) {
    if (!node.isObject()) {
      throw new ReadFailure("schema.type", at, "Expected an object, but found " + Messages.describe(node) + ".");
    }
    JsonNode type = node.get("type");
    if (type == null) {
      throw new ReadFailure("schema.required", at, "Expected the required property \"type\", but it is missing.");
    }
    String name = string(type, Pointers.child(at, "type"));
    for (String t : types) {
      if (t.equals(name)) {
        return t;
      }
    }
    throw new ReadFailure("schema.enum", Pointers.child(at, "type"),
        "Expected one of \"" + String.join("\", \"", types) + "\", but found " + Messages.describe(type) + ".");
  }

  private static Optional<JsonNode> optional(JsonNode node, String name) {
    return Optional.ofNullable(node.get(name));
  }

  private static Optional<String> optionalString(JsonNode node, String at, String name) {
    JsonNode value = node.get(name);
    return value == null ? Optional.empty() : Optional.of(string(value, Pointers.child(at, name)));
  }

  private static Optional<ZonedDateTime> optionalTime(JsonNode node, String at, String name) {
    JsonNode value = node.get(name);
    return value == null ? Optional.empty() : Optional.of(time(value, Pointers.child(at, name)));
  }

  private static <T> List<T> list(JsonNode node, String at, String name, BiFunction<JsonNode, String, T> element) {
    JsonNode array = node.get(name);
    if (array == null) {
      return List.of();
    }
    String here = Pointers.child(at, name);
    if (!array.isArray()) {
      throw new ReadFailure("schema.type", here, "Expected an array, but found " + Messages.describe(array) + ".");
    }
    List<T> out = new ArrayList<>(array.size());
    for (int i = 0; i < array.size(); i++) {
      out.add(element.apply(array.get(i), Pointers.child(here, i)));
    }
    return out;
  }

  // ---------------------------------------------------------------------------------------------
  // Values

  private static String string(JsonNode node, String at) {
    if (!node.isString()) {
      throw new ReadFailure("schema.type", at, "Expected a string, but found " + Messages.describe(node) + ".");
    }
    return node.stringValue();
  }

  private static boolean bool(JsonNode node, String at) {
    if (!node.isBoolean()) {
      throw new ReadFailure("schema.type", at,
          "Expected true or false, but found " + Messages.describe(node) + ".");
    }
    return node.booleanValue();
  }

  private static int integer(JsonNode node, String at) {
    if (node.isIntegralNumber() && node.canConvertToInt()) {
      return node.intValue();
    }
    if (node.isFloatingPointNumber() && node.canConvertToExactIntegral() && node.canConvertToInt()) {
      return node.intValue();
    }
    throw new ReadFailure("schema.type", at,
        "Expected a whole number that fits in 32 bits, but found " + Messages.describe(node) + ".");
  }

  private static double number(JsonNode node, String at) {
    if (!node.isNumber()) {
      throw new ReadFailure("schema.type", at, "Expected a number, but found " + Messages.describe(node) + ".");
    }
    return node.doubleValue();
  }

  private static <E extends Enum<E>> E name(JsonNode node, String at, Names.Table<E> table) {
    String text = string(node, at);
    return table.get(text).orElseThrow(() -> new ReadFailure("schema.enum", at,
        "Expected one of " + table.list() + ", but found " + Messages.describe(node) + "."));
  }

  private static ZonedDateTime time(JsonNode node, String at) {
    String text = string(node, at);
    try {
      return Rfc9557.parse(text);
    } catch (DateTimeParseException e) {
      throw new ReadFailure("rule.timestamp", at, "Expected an RFC 9557 timestamp such as "
          + "\"2021-04-06T02:24:00+03:00[Europe/Moscow]\", but: " + Messages.sentence(e.getMessage()));
    }
  }

  private static Locale language(JsonNode node, String at) {
    String text = string(node, at);
    Locale locale = Locale.forLanguageTag(text);
    if (locale.getLanguage().isEmpty() || !locale.toLanguageTag().equalsIgnoreCase(text)) {
      throw new ReadFailure("rule.language", at, "Expected a well-formed BCP 47 language tag such as \"en\" or "
          + "\"zh-Hant-TW\", but found " + Messages.describe(node) + ".");
    }
    return locale;
  }

  private static CountryCode country(JsonNode node, String at) {
    String text = string(node, at);
    return build(at, () -> CountryCode.of(text));
  }

  private static URI url(JsonNode node, String at) {
    String text = string(node, at);
    try {
      return new URI(text);
    } catch (URISyntaxException e) {
      throw new ReadFailure("rule.url", at, "Expected a valid absolute URL, but found " + Messages.describe(node)
          + ", which is not a URI: " + Messages.sentence(e.getReason()));
    }
  }

  /** Builds a value, moving a model rule's failure to the value's pointer. */
  private static <T> T build(String at, Supplier<T> builder) {
    try {
      return builder.get();
    } catch (InvalidValueException e) {
      String pointer = at + Pointers.fromModelPath(e.path());
      throw new ReadFailure("rule.construction", pointer, Messages.construction(e, pointer));
    }
  }
}
