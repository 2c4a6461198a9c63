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
import dev.newsmodel.json.internal.SchemaRules.Kind;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.base.ParserBase;
import tools.jackson.core.sym.BinaryNameMatcher;
import tools.jackson.core.sym.PropertyNameMatcher;
import tools.jackson.databind.JsonNode;

/**
 * Reads an article straight from Jackson's token stream, without a tree: each object's properties are
 * read in the document's order into locals, checked with the schema's keywords as they are read (the
 * same property sets, {@link SchemaRules} kinds, enums, numbers and model rules as {@link ArticleReader}),
 * and given to the model's builders in {@link ArticleReader}'s order once the object ends.
 *
 * <p>Like the tree reader on an unchecked tree it answers only "here is the article" or "not proven
 * valid": the first value it cannot accept stops it with {@link #REFUSED} (or the model's own exception),
 * and the caller runs the full pipeline to word and locate the problems. It counts values and array items
 * against the limits as it reads, and can record where each value starts ({@link ValueIndex}) so that
 * lint findings are located without parsing the document again.
 */
final class StreamReader {
  /** Stops a read that cannot accept the document; no message, no stack trace. */
  static final RuntimeException REFUSED = new RuntimeException("not proven valid", null, false, false) {
    private static final long serialVersionUID = 1L;
  };

  private static final Shape<ArticleProperty> ARTICLE =
      new Shape<>(ArticleProperty.class, SchemaRules.properties(null));
  private static final Shape<AlternateProperty> ALTERNATE =
      shape(AlternateProperty.class, "alternate");
  private static final Shape<OrganizationProperty> ORGANIZATION =
      shape(OrganizationProperty.class, "organization");
  private static final Shape<ContributorProperty> CONTRIBUTOR =
      shape(ContributorProperty.class, "contributor");
  private static final Shape<BylineProperty> BYLINE = shape(BylineProperty.class, "byline");
  private static final Shape<GeoPointProperty> GEO_POINT =
      shape(GeoPointProperty.class, "geoPoint");
  private static final Shape<DatelineProperty> DATELINE = shape(DatelineProperty.class, "dateline");
  private static final Shape<LicenseProperty> LICENSE = shape(LicenseProperty.class, "license");
  private static final Shape<AttributionProperty> ATTRIBUTION =
      shape(AttributionProperty.class, "attribution");
  private static final Shape<RenditionProperty> IMAGE_RENDITION =
      shape(RenditionProperty.class, "imageRendition");
  private static final Shape<ImageProperty> IMAGE = shape(ImageProperty.class, "image");
  private static final Shape<SourceProperty> SOURCE_REFERENCE =
      shape(SourceProperty.class, "sourceReference");
  private static final Shape<DisclaimerProperty> DISCLAIMER =
      shape(DisclaimerProperty.class, "disclaimer");
  private static final Shape<CorrectionProperty> CORRECTION =
      shape(CorrectionProperty.class, "correction");
  private static final Shape<TeaserProperty> TEASER = shape(TeaserProperty.class, "teaser");
  private static final Shape<RightsProperty> RIGHTS = shape(RightsProperty.class, "rights");
  private static final Shape<BlockProperty> BLOCK =
      shape(BlockProperty.class, "paragraph", "heading", "quote", "list", "imageBlock");
  private static final long PARAGRAPH = BLOCK.allowed("paragraph");
  private static final long HEADING = BLOCK.allowed("heading");
  private static final long QUOTE = BLOCK.allowed("quote");
  private static final long LIST = BLOCK.allowed("list");
  private static final long IMAGE_BLOCK = BLOCK.allowed("imageBlock");
  private static final Shape<ListItemProperty> LIST_ITEM =
      shape(ListItemProperty.class, "listItem");
  private static final Shape<InlineProperty> INLINE = shape(InlineProperty.class,
      "textRun", "emphasis", "strong", "link", "lineBreak", "languageSpan");
  private static final long TEXT = INLINE.allowed("textRun");
  private static final long EMPHASIS = INLINE.allowed("emphasis");
  private static final long STRONG = INLINE.allowed("strong");
  private static final long LINK = INLINE.allowed("link");
  private static final long LINE_BREAK = INLINE.allowed("lineBreak");
  private static final long LANGUAGE_SPAN = INLINE.allowed("languageSpan");
  private static final Inline[] NO_INLINES = new Inline[0];

  private final JsonParser p;
  private final @Nullable ValueIndex index;
  private final int maxArrayItems;
  private int valuesLeft;

  /**
   * Returns a reader of one document.
   *
   * @param p the parser, before the document's first token
   * @param maxValues the most values the document may hold
   * @param maxArrayItems the most items any one array may hold
   * @param index where to record each value's start, or null to record nothing
   */
  StreamReader(JsonParser p, int maxValues, int maxArrayItems, @Nullable ValueIndex index) {
    this.p = p;
    this.valuesLeft = maxValues;
    this.maxArrayItems = maxArrayItems;
    this.index = index;
  }

  /**
   * Reads the whole document: one article object and nothing after it.
   *
   * @return the article, not null
   * @throws RuntimeException {@link #REFUSED}, Jackson's or the model's exception when not proven valid
   */
  Article document() {
    JsonToken t = p.nextToken();
    if (t == null) {
      throw REFUSED;
    }
    Article article = article(start(-1, null, t));
    if (p.nextToken() != null) {
      throw REFUSED;
    }
    return article;
  }

  // ---------------------------------------------------------------------------------------------
  // Tokens

  /** Counts and records the value at the current token; returns its node in the index, or -1. */
  private int start(int parent, @Nullable String name, JsonToken t) {
    if (--valuesLeft < 0) {
      throw REFUSED;
    }
    ValueIndex idx = index;
    if (idx == null) {
      return -1;
    }
    // The byte offset of the token's start, the one currentTokenLocation() carries, without making a
    // location object per value: the factory makes byte parsers (ParserBase), which count the token's
    // first byte as read. FastReadEquivalenceTest holds every lint location to the located parse's.
    long offset = p instanceof ParserBase ? ((ParserBase) p).getTokenCharacterOffset() - 1
        : p.currentTokenLocation().getByteOffset();
    return idx.add(parent, name, t == JsonToken.START_ARRAY, offset);
  }

  /**
   * Moves to the next property of an object and returns its number in the shape, or -1 at the object's
   * end; refuses a name the shape does not have and a name in {@code seen}, the mask of the names the
   * object has already given. Duplicates are found here rather than by the parser's own detection, which
   * makes a hash set for every object of more than two properties.
   */
  private int next(Shape<?> shape, long seen) {
    int m = p.nextNameMatch(shape.matcher);
    if (m < 0) {
      if (m == PropertyNameMatcher.MATCH_END_OBJECT) {
        return -1;
      }
      throw REFUSED;
    }
    if ((seen & (1L << m)) != 0) {
      throw REFUSED;
    }
    return m;
  }

  /** Moves to the value of the current property, counts and records it; returns its node. */
  private int value(int parent) {
    String name = index == null ? null : p.currentName();
    return start(parent, name, p.nextToken());
  }

  private void expectObject() {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      throw REFUSED;
    }
  }

  private String string() {
    if (p.currentToken() != JsonToken.VALUE_STRING) {
      throw REFUSED;
    }
    return p.getString();
  }

  private String string(Kind kind) {
    String text = string();
    if (!SchemaRules.accepts(kind, text)) {
      throw REFUSED;
    }
    return text;
  }

  private boolean bool() {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_TRUE) {
      return true;
    }
    if (t == JsonToken.VALUE_FALSE) {
      return false;
    }
    throw REFUSED;
  }

  private int integer() {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT) {
      return p.getIntValue();
    }
    if (t != JsonToken.VALUE_NUMBER_FLOAT && t != JsonToken.VALUE_NUMBER_INT) {
      throw REFUSED;
    }
    // The tree reader's node, and its test, for the same verdict on "2.0", 2147483648 and 1E+400.
    JsonNode node = TreeParser.scalar(p, t);
    boolean whole = (node.isIntegralNumber() && node.canConvertToInt())
        || (node.isFloatingPointNumber() && node.canConvertToExactIntegral() && node.canConvertToInt());
    if (!whole) {
      throw REFUSED;
    }
    return node.intValue();
  }

  private double number() {
    JsonToken t = p.currentToken();
    if (t != JsonToken.VALUE_NUMBER_INT && t != JsonToken.VALUE_NUMBER_FLOAT) {
      throw REFUSED;
    }
    return TreeParser.scalar(p, t).doubleValue();
  }

  private <E extends Enum<E>> E name(Names.Table<E> table) {
    E value = table.get(string()).orElse(null);
    if (value == null) {
      throw REFUSED;
    }
    return value;
  }

  private ZonedDateTime time(Kind kind) {
    return Rfc9557.parse(string(kind));
  }

  private Locale language() {
    String text = string();
    Locale known = LANGUAGES.get(text);
    if (known != null) {
      return known;
    }
    if (!SchemaRules.accepts(Kind.LANGUAGE, text)) {
      throw REFUSED;
    }
    Locale locale = Locale.forLanguageTag(text);
    if (locale.getLanguage().isEmpty() || !locale.toLanguageTag().equalsIgnoreCase(text)) {
      throw REFUSED;
    }
    if (LANGUAGES.size() < MAX_LANGUAGES) {
      LANGUAGES.put(text, locale);
    }
    return locale;
  }

  /**
   * Language tags already read and accepted, with their locale: a document names a few languages many
   * times, and the pattern and {@code Locale.forLanguageTag} cost more than the rest of the value.
   * Bounded, so that documents with ever new tags cannot grow it without end.
   */
  private static final Map<String, Locale> LANGUAGES = new ConcurrentHashMap<>();

  private static final int MAX_LANGUAGES = 512;

  private CountryCode country() {
    return CountryCode.of(string(Kind.COUNTRY));
  }

  /**
   * A URL of the kind, parsed once per document: an article names its licence, images and renditions
   * by the same URLs again and again, and parsing costs more than looking the text up among the URLs
   * of this kind the document has already given (a direct-mapped table, so a lookup is one short hash
   * and one comparison). Only accepted URLs enter it, so a repeat gets the first one's verdict and URI.
   */
  private URI url(Kind kind) {
    String text = string();
    int slot = urlSlot(text);
    String[] texts = urlTexts;
    if (texts != null && urlKinds[slot] == kind && text.equals(texts[slot])) {
      return urls[slot];
    }
    if (!SchemaRules.accepts(kind, text)) {
      throw REFUSED;
    }
    URI uri = parseUrl(text);
    if (texts == null) {
      texts = urlTexts = new String[URL_SLOTS];
      urlKinds = new Kind[URL_SLOTS];
      urls = new URI[URL_SLOTS];
    }
    texts[slot] = text;
    urlKinds[slot] = kind;
    urls[slot] = uri;
    return uri;
  }

  /**
   * The table's slot for a URL, from its length and its last eight characters: a document's URLs
   * differ at their ends (file names, ids, sizes), and {@code String.hashCode} would scan each whole
   * URL on every lookup, which cost more than the lookup saved. Two URLs in one slot only cost a parse.
   */
  private static int urlSlot(String text) {
    int n = text.length();
    int h = n;
    for (int i = n - 1, end = Math.max(0, n - 8); i >= end; i--) {
      h = 31 * h + text.charAt(i);
    }
    return (h ^ (h >>> 5)) & (URL_SLOTS - 1);
  }

  private static final int URL_SLOTS = 32;
  private String @Nullable [] urlTexts;
  private Kind @Nullable [] urlKinds;
  private URI @Nullable [] urls;

  private static URI parseUrl(String text) {
    URI uri;
    try {
      uri = new URI(text);
    } catch (URISyntaxException e) {
      throw REFUSED;
    }
    if (!SchemaRules.isUriFormat(uri)) {
      throw REFUSED;
    }
    return uri;
  }

  /** Reads one element of an array, on its first token, with its node. */
  private interface Element<T> {
    T read(int self);
  }

  /** Reads the array at the current token. */
  private <T> List<T> list(int self, Element<T> element) {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      throw REFUSED;
    }
    List<T> out = new ArrayList<>();
    int items = 0;
    for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
      if (items == maxArrayItems) {
        throw REFUSED;
      }
      out.add(element.read(start(self, null, t)));
      items++;
    }
    return out;
  }

  /**
   * Reads the array of inlines at the current token: {@link #list}'s loop, written out for the most
   * numerous values of a document so that reading one does not go through the call site that
   * {@code list} shares with every other kind of element.
   */
  private List<Inline> inlines(int self) {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      throw REFUSED;
    }
    List<Inline> out = new ArrayList<>();
    int items = 0;
    for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
      if (items == maxArrayItems) {
        throw REFUSED;
      }
      out.add(inline(start(self, null, t)));
      items++;
    }
    return out;
  }

  /** Reads the array of blocks at the current token, as {@link #inlines} reads inlines. */
  private List<Block> blocks(int self) {
    if (p.currentToken() != JsonToken.START_ARRAY) {
      throw REFUSED;
    }
    List<Block> out = new ArrayList<>();
    int items = 0;
    for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
      if (items == maxArrayItems) {
        throw REFUSED;
      }
      out.add(block(start(self, null, t)));
      items++;
    }
    return out;
  }

  private List<String> lines(int self) {
    return list(self, n -> string(Kind.LINE));
  }

  private static void require(@Nullable Object... values) {
    for (Object value : values) {
      if (value == null) {
        throw REFUSED;
      }
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Types, in ArticleReader's order of builder calls

  private Article article(int self) {
    expectObject();
    long seen = 0;
    String id = null;
    Integer revision = null;
    Article.Status status = null;
    Locale language = null;
    URI canonicalUrl = null;
    List<Alternate> alternates = List.of();
    String headline = null;
    String alternativeHeadline = null;
    String kicker = null;
    String summary = null;
    String section = null;
    List<String> keywords = List.of();
    Article.Genre genre = null;
    Organization publisher = null;
    List<Byline> bylines = List.of();
    Dateline dateline = null;
    Image leadImage = null;
    ZonedDateTime created = null;
    ZonedDateTime published = null;
    ZonedDateTime modified = null;
    ZonedDateTime embargo = null;
    List<Block> body = List.of();
    List<SourceReference> sources = List.of();
    List<Disclaimer> disclaimers = List.of();
    List<Correction> corrections = List.of();
    List<Teaser> related = List.of();
    Rights rights = null;
    for (int m = next(ARTICLE, seen); m >= 0; m = next(ARTICLE, seen)) {
      seen |= 1L << m;
      int v = value(self);
      switch (ARTICLE.properties[m]) {
        case $schema:
          if (!string().equals(ArticleWriter.SCHEMA_ID)) {
            throw REFUSED;
          }
          break;
        case id:
          id = string(Kind.ID);
          break;
        case revision:
          revision = integer();
          break;
        case status:
          status = name(ArticleReader.STATUS);
          break;
        case language:
          language = language();
          break;
        case canonicalUrl:
          canonicalUrl = url(Kind.WEB_URL);
          break;
        case alternates:
          alternates = list(v, this::alternate);
          break;
        case headline:
          headline = string(Kind.LINE);
          break;
        case alternativeHeadline:
          alternativeHeadline = string(Kind.LINE);
          break;
        case kicker:
          kicker = string(Kind.LINE);
          break;
        case summary:
          summary = string(Kind.TEXT);
          break;
        case section:
          section = string(Kind.LINE);
          break;
        case keywords:
          keywords = lines(v);
          break;
        case genre:
          genre = name(ArticleReader.GENRE);
          break;
        case publisher:
          publisher = organization(v);
          break;
        case bylines:
          bylines = list(v, this::byline);
          break;
        case dateline:
          dateline = dateline(v);
          break;
        case leadImage:
          leadImage = image(v);
          break;
        case created:
          created = time(Kind.TIMESTAMP);
          break;
        case published:
          published = time(Kind.TIMESTAMP);
          break;
        case modified:
          modified = time(Kind.TIMESTAMP);
          break;
        case embargo:
          embargo = time(Kind.TIMESTAMP);
          break;
        case body:
          body = blocks(v);
          break;
        case sources:
          sources = list(v, this::sourceReference);
          break;
        case disclaimers:
          disclaimers = list(v, this::disclaimer);
          break;
        case corrections:
          corrections = list(v, this::correction);
          break;
        case related:
          related = list(v, this::teaser);
          break;
        case rights:
          rights = rights(v);
          break;
        default:
          throw REFUSED;
      }
    }
    require(id, status, language, headline);
    Article.Builder b = Article.builder();
    b.id(ArticleId.of(id));
    if (revision != null) {
      b.revision(revision);
    }
    b.status(status);
    b.language(language);
    if (canonicalUrl != null) {
      b.canonicalUrl(canonicalUrl);
    }
    b.addAllAlternates(alternates);
    b.headline(headline);
    if (alternativeHeadline != null) {
      b.alternativeHeadline(alternativeHeadline);
    }
    if (kicker != null) {
      b.kicker(kicker);
    }
    if (summary != null) {
      b.summary(summary);
    }
    if (section != null) {
      b.section(section);
    }
    b.addAllKeywords(keywords);
    if (genre != null) {
      b.genre(genre);
    }
    if (publisher != null) {
      b.publisher(publisher);
    }
    b.addAllBylines(bylines);
    if (dateline != null) {
      b.dateline(dateline);
    }
    if (leadImage != null) {
      b.leadImage(leadImage);
    }
    if (created != null) {
      b.created(created);
    }
    if (published != null) {
      b.published(published);
    }
    if (modified != null) {
      b.modified(modified);
    }
    if (embargo != null) {
      b.embargo(embargo);
    }
    b.addAllBody(body);
    b.addAllSources(sources);
    b.addAllDisclaimers(disclaimers);
    b.addAllCorrections(corrections);
    b.addAllRelated(related);
    if (rights != null) {
      b.rights(rights);
    }
    return b.build();
  }

  private Alternate alternate(int self) {
    expectObject();
    long seen = 0;
    Locale language = null;
    URI url = null;
    for (int m = next(ALTERNATE, seen); m >= 0; m = next(ALTERNATE, seen)) {
      seen |= 1L << m;
      value(self);
      switch (ALTERNATE.properties[m]) {
        case language:
          language = language();
          break;
        case url:
          url = url(Kind.WEB_URL);
          break;
        default:
          throw REFUSED;
      }
    }
    require(language, url);
    return Alternate.of(language, url);
  }

  private Organization organization(int self) {
    expectObject();
    long seen = 0;
    String orgName = null;
    URI url = null;
    Image logo = null;
    for (int m = next(ORGANIZATION, seen); m >= 0; m = next(ORGANIZATION, seen)) {
      seen |= 1L << m;
      int v = value(self);
      switch (ORGANIZATION.properties[m]) {
        case name:
          orgName = string(Kind.LINE);
          break;
        case url:
          url = url(Kind.WEB_URL);
          break;
        case logo:
          logo = image(v);
          break;
        default:
          throw REFUSED;
      }
    }
    require(orgName);
    Organization.Builder b = Organization.builder();
    b.name(orgName);
    if (url != null) {
      b.url(url);
    }
    if (logo != null) {
      b.logo(logo);
    }
    return b.build();
  }

  private Contributor contributor(int self) {
    expectObject();
    long seen = 0;
    String contributorName = null;
    Contributor.Kind kind = null;
    Contributor.Role role = null;
    String jobTitle = null;
    String affiliation = null;
    URI url = null;
    for (int m = next(CONTRIBUTOR, seen); m >= 0; m = next(CONTRIBUTOR, seen)) {
      seen |= 1L << m;
      value(self);
      switch (CONTRIBUTOR.properties[m]) {
        case name:
          contributorName = string(Kind.LINE);
          break;
        case kind:
          kind = name(ArticleReader.CONTRIBUTOR_KIND);
          break;
        case role:
          role = name(ArticleReader.ROLE);
          break;
        case jobTitle:
          jobTitle = string(Kind.LINE);
          break;
        case affiliation:
          affiliation = string(Kind.LINE);
          break;
        case url:
          url = url(Kind.WEB_URL);
          break;
        default:
          throw REFUSED;
      }
    }
    require(contributorName);
    Contributor.Builder b = Contributor.builder();
    b.name(contributorName);
    if (kind != null) {
      b.kind(kind);
    }
    if (role != null) {
      b.role(role);
    }
    if (jobTitle != null) {
      b.jobTitle(jobTitle);
    }
    if (affiliation != null) {
      b.affiliation(affiliation);
    }
    if (url != null) {
      b.url(url);
    }
    return b.build();
  }

  private Byline byline(int self) {
    expectObject();
    long seen = 0;
    List<Contributor> contributors = List.of();
    String text = null;
    for (int m = next(BYLINE, seen); m >= 0; m = next(BYLINE, seen)) {
      seen |= 1L << m;
      int v = value(self);
      switch (BYLINE.properties[m]) {
        case contributors:
          contributors = list(v, this::contributor);
          break;
        case text:
          text = string(Kind.LINE);
          break;
        default:
          throw REFUSED;
      }
    }
    Byline.Builder b = Byline.builder();
    b.addAllContributors(contributors);
    if (text != null) {
      b.text(text);
    }
    return b.build();
  }

  private GeoPoint geoPoint(int self) {
    expectObject();
    long seen = 0;
    Double latitude = null;
    Double longitude = null;
    for (int m = next(GEO_POINT, seen); m >= 0; m = next(GEO_POINT, seen)) {
      seen |= 1L << m;
      value(self);
      switch (GEO_POINT.properties[m]) {
        case latitude:
          latitude = number();
          break;
        case longitude:
          longitude = number();
          break;
        default:
          throw REFUSED;
      }
    }
    require(latitude, longitude);
    return GeoPoint.of(latitude, longitude);
  }

  private Dateline dateline(int self) {
    expectObject();
    long seen = 0;
    String place = null;
    CountryCode country = null;
    GeoPoint coordinates = null;
    ZonedDateTime time = null;
    for (int m = next(DATELINE, seen); m >= 0; m = next(DATELINE, seen)) {
      seen |= 1L << m;
      int v = value(self);
      switch (DATELINE.properties[m]) {
        case place:
          place = string(Kind.LINE);
          break;
        case country:
          country = country();
          break;
        case coordinates:
          coordinates = geoPoint(v);
          break;
        case time:
          time = time(Kind.REGION_TIMESTAMP);
          break;
        default:
          throw REFUSED;
      }
    }
    require(place, time);
    Dateline.Builder b = Dateline.builder();
    b.place(place);
    if (country != null) {
      b.country(country);
    }
    if (coordinates != null) {
      b.coordinates(coordinates);
    }
    b.time(time);
    return b.build();
  }

  private License license(int self) {
    expectObject();
    long seen = 0;
    String spdxId = null;
    String licenseName = null;
    URI url = null;
    for (int m = next(LICENSE, seen); m >= 0; m = next(LICENSE, seen)) {
      seen |= 1L << m;
      value(self);
      switch (LICENSE.properties[m]) {
        case spdxId:
          spdxId = string(Kind.SPDX);
          break;
        case name:
          licenseName = string(Kind.LINE);
          break;
        case url:
          url = url(Kind.WEB_URL);
          break;
        default:
          throw REFUSED;
      }
    }
    License.Builder b = License.builder();
    if (spdxId != null) {
      b.spdxId(spdxId);
    }
    if (licenseName != null) {
      b.name(licenseName);
    }
    if (url != null) {
      b.url(url);
    }
    return b.build();
  }

  private Attribution attribution(int self) {
    expectObject();
    long seen = 0;
    String creator = null;
    String creditLine = null;
    URI sourceUrl = null;
    String copyrightHolder = null;
    String copyrightNotice = null;
    License license = null;
    URI acquireLicenseUrl = null;
    for (int m = next(ATTRIBUTION, seen); m >= 0; m = next(ATTRIBUTION, seen)) {
      seen |= 1L << m;
      int v = value(self);
      switch (ATTRIBUTION.properties[m]) {
        case creator:
          creator = string(Kind.LINE);
          break;
        case creditLine:
          creditLine = string(Kind.LINE);
          break;
        case sourceUrl:
          sourceUrl = url(Kind.WEB_URL);
          break;
        case copyrightHolder:
          copyrightHolder = string(Kind.LINE);
          break;
        case copyrightNotice:
          copyrightNotice = string(Kind.LINE);
          break;
        case license:
          license = license(v);
          break;
        case acquireLicenseUrl:
          acquireLicenseUrl = url(Kind.WEB_URL);
          break;
        default:
          throw REFUSED;
      }
    }
    Attribution.Builder b = Attribution.builder();
    if (creator != null) {
      b.creator(creator);
    }
    if (creditLine != null) {
      b.creditLine(creditLine);
    }
    if (sourceUrl != null) {
      b.sourceUrl(sourceUrl);
    }
    if (copyrightHolder != null) {
      b.copyrightHolder(copyrightHolder);
    }
    if (copyrightNotice != null) {
      b.copyrightNotice(copyrightNotice);
    }
    if (license != null) {
      b.license(license);
    }
    if (acquireLicenseUrl != null) {
      b.acquireLicenseUrl(acquireLicenseUrl);
    }
    return b.build();
  }

  private ImageRendition imageRendition(int self) {
    expectObject();
    long seen = 0;
    URI url = null;
    Integer width = null;
    for (int m = next(IMAGE_RENDITION, seen); m >= 0; m = next(IMAGE_RENDITION, seen)) {
      seen |= 1L << m;
      value(self);
      switch (IMAGE_RENDITION.properties[m]) {
        case url:
          url = url(Kind.WEB_URL);
          break;
        case width:
          width = integer();
          break;
        default:
          throw REFUSED;
      }
    }
    require(url, width);
    return ImageRendition.of(url, width);
  }

  private Image image(int self) {
    expectObject();
    long seen = 0;
    URI url = null;
    String alt = null;
    Boolean decorative = null;
    String caption = null;
    Integer width = null;
    Integer height = null;
    List<ImageRendition> renditions = List.of();
    Attribution attribution = null;
    for (int m = next(IMAGE, seen); m >= 0; m = next(IMAGE, seen)) {
      seen |= 1L << m;
      int v = value(self);
      switch (IMAGE.properties[m]) {
        case url:
          url = url(Kind.WEB_URL);
          break;
        case alt:
          alt = string(Kind.TEXT);
          break;
        case decorative:
          decorative = bool();
          break;
        case caption:
          caption = string(Kind.TEXT);
          break;
        case width:
          width = integer();
          break;
        case height:
          height = integer();
          break;
        case renditions:
          renditions = list(v, this::imageRendition);
          break;
        case attribution:
          attribution = attribution(v);
          break;
        default:
          throw REFUSED;
      }
    }
    require(url);
    Image.Builder b = Image.builder();
    b.url(url);
    if (alt != null) {
      b.alt(alt);
    }
    if (decorative != null) {
      b.decorative(decorative);
    }
    if (caption != null) {
      b.caption(caption);
    }
    if (width != null) {
      b.width(width);
    }
    if (height != null) {
      b.height(height);
    }
    b.addAllRenditions(renditions);
    if (attribution != null) {
      b.attribution(attribution);
    }
    return b.build();
  }

  private SourceReference sourceReference(int self) {
    expectObject();
    long seen = 0;
    SourceReference.Relation relation = null;
    String outlet = null;
    URI url = null;
    String title = null;
    Locale language = null;
    ZonedDateTime published = null;
    for (int m = next(SOURCE_REFERENCE, seen); m >= 0; m = next(SOURCE_REFERENCE, seen)) {
      seen |= 1L << m;
      value(self);
      switch (SOURCE_REFERENCE.properties[m]) {
        case relation:
          relation = name(ArticleReader.RELATION);
          break;
        case outlet:
          outlet = string(Kind.LINE);
          break;
        case url:
          url = url(Kind.WEB_URL);
          break;
        case title:
          title = string(Kind.LINE);
          break;
        case language:
          language = language();
          break;
        case published:
          published = time(Kind.TIMESTAMP);
          break;
        default:
          throw REFUSED;
      }
    }
    require(relation, outlet);
    SourceReference.Builder b = SourceReference.builder();
    b.relation(relation);
    b.outlet(outlet);
    if (url != null) {
      b.url(url);
    }
    if (title != null) {
      b.title(title);
    }
    if (language != null) {
      b.language(language);
    }
    if (published != null) {
      b.published(published);
    }
    return b.build();
  }

  private Disclaimer disclaimer(int self) {
    expectObject();
    long seen = 0;
    Disclaimer.Kind kind = null;
    String text = null;
    Locale language = null;
    CountryCode jurisdiction = null;
    String legalBasis = null;
    Disclaimer.Placement placement = null;
    Boolean verbatim = null;
    for (int m = next(DISCLAIMER, seen); m >= 0; m = next(DISCLAIMER, seen)) {
      seen |= 1L << m;
      value(self);
      switch (DISCLAIMER.properties[m]) {
        case kind:
          kind = name(ArticleReader.DISCLAIMER_KIND);
          break;
        case text:
          text = string(Kind.TEXT);
          break;
        case language:
          language = language();
          break;
        case jurisdiction:
          jurisdiction = country();
          break;
        case legalBasis:
          legalBasis = string(Kind.LINE);
          break;
        case placement:
          placement = name(ArticleReader.PLACEMENT);
          break;
        case verbatim:
          verbatim = bool();
          break;
        default:
          throw REFUSED;
      }
    }
    require(kind, text);
    Disclaimer.Builder b = Disclaimer.builder();
    b.kind(kind);
    b.text(text);
    if (language != null) {
      b.language(language);
    }
    if (jurisdiction != null) {
      b.jurisdiction(jurisdiction);
    }
    if (legalBasis != null) {
      b.legalBasis(legalBasis);
    }
    if (placement != null) {
      b.placement(placement);
    }
    if (verbatim != null) {
      b.verbatim(verbatim);
    }
    return b.build();
  }

  private Correction correction(int self) {
    expectObject();
    long seen = 0;
    ZonedDateTime date = null;
    Correction.Kind kind = null;
    String text = null;
    for (int m = next(CORRECTION, seen); m >= 0; m = next(CORRECTION, seen)) {
      seen |= 1L << m;
      value(self);
      switch (CORRECTION.properties[m]) {
        case date:
          date = time(Kind.TIMESTAMP);
          break;
        case kind:
          kind = name(ArticleReader.CORRECTION_KIND);
          break;
        case text:
          text = string(Kind.TEXT);
          break;
        default:
          throw REFUSED;
      }
    }
    require(date, kind, text);
    Correction.Builder b = Correction.builder();
    b.date(date);
    b.kind(kind);
    b.text(text);
    return b.build();
  }

  private Teaser teaser(int self) {
    expectObject();
    long seen = 0;
    String headline = null;
    URI url = null;
    ZonedDateTime published = null;
    String summary = null;
    Image image = null;
    Locale language = null;
    for (int m = next(TEASER, seen); m >= 0; m = next(TEASER, seen)) {
      seen |= 1L << m;
      int v = value(self);
      switch (TEASER.properties[m]) {
        case headline:
          headline = string(Kind.LINE);
          break;
        case url:
          url = url(Kind.WEB_URL);
          break;
        case published:
          published = time(Kind.TIMESTAMP);
          break;
        case summary:
          summary = string(Kind.TEXT);
          break;
        case image:
          image = image(v);
          break;
        case language:
          language = language();
          break;
        default:
          throw REFUSED;
      }
    }
    require(headline, published);
    Teaser.Builder b = Teaser.builder();
    b.headline(headline);
    if (url != null) {
      b.url(url);
    }
    b.published(published);
    if (summary != null) {
      b.summary(summary);
    }
    if (image != null) {
      b.image(image);
    }
    if (language != null) {
      b.language(language);
    }
    return b.build();
  }

  private Rights rights(int self) {
    expectObject();
    long seen = 0;
    String copyrightHolder = null;
    String copyrightNotice = null;
    License license = null;
    for (int m = next(RIGHTS, seen); m >= 0; m = next(RIGHTS, seen)) {
      seen |= 1L << m;
      int v = value(self);
      switch (RIGHTS.properties[m]) {
        case copyrightHolder:
          copyrightHolder = string(Kind.LINE);
          break;
        case copyrightNotice:
          copyrightNotice = string(Kind.LINE);
          break;
        case license:
          license = license(v);
          break;
        default:
          throw REFUSED;
      }
    }
    Rights.Builder b = Rights.builder();
    if (copyrightHolder != null) {
      b.copyrightHolder(copyrightHolder);
    }
    if (copyrightNotice != null) {
      b.copyrightNotice(copyrightNotice);
    }
    if (license != null) {
      b.license(license);
    }
    return b.build();
  }

  /**
   * A block, whose {@code type} may come after its other properties: every property a block of any type
   * may have is read (each name means the same in every type), then the type's own property set and
   * required properties are checked.
   */
  private Block block(int self) {
    expectObject();
    long seen = 0;
    String type = null;
    List<Inline> content = null;
    Integer level = null;
    String attribution = null;
    URI citeUrl = null;
    Locale language = null;
    Boolean ordered = null;
    List<ListItem> items = null;
    Image image = null;
    for (int m = next(BLOCK, seen); m >= 0; m = next(BLOCK, seen)) {
      seen |= 1L << m;
      int v = value(self);
      switch (BLOCK.properties[m]) {
        case type:
          type = string();
          break;
        case content:
          content = inlines(v);
          break;
        case level:
          level = integer();
          break;
        case attribution:
          attribution = string(Kind.LINE);
          break;
        case citeUrl:
          citeUrl = url(Kind.WEB_URL);
          break;
        case language:
          language = language();
          break;
        case ordered:
          ordered = bool();
          break;
        case items:
          items = list(v, this::listItem);
          break;
        case image:
          image = image(v);
          break;
        default:
          throw REFUSED;
      }
    }
    if (type == null) {
      throw REFUSED;
    }
    switch (type) {
      case "paragraph":
        allowed(seen, PARAGRAPH);
        require(content);
        return Paragraph.of(content);
      case "heading":
        allowed(seen, HEADING);
        require(level, content);
        return Heading.of(level, content);
      case "quote": {
        allowed(seen, QUOTE);
        require(content);
        Quote.Builder b = Quote.builder();
        b.addAllContent(content);
        if (attribution != null) {
          b.attribution(attribution);
        }
        if (citeUrl != null) {
          b.citeUrl(citeUrl);
        }
        if (language != null) {
          b.language(language);
        }
        return b.build();
      }
      case "list":
        allowed(seen, LIST);
        require(ordered, items);
        return ListBlock.of(ordered, items);
      case "image":
        allowed(seen, IMAGE_BLOCK);
        require(image);
        return ImageBlock.of(image);
      default:
        throw REFUSED;
    }
  }

  private ListItem listItem(int self) {
    expectObject();
    long seen = 0;
    List<Inline> content = null;
    for (int m = next(LIST_ITEM, seen); m >= 0; m = next(LIST_ITEM, seen)) {
      seen |= 1L << m;
      int v = value(self);
      switch (LIST_ITEM.properties[m]) {
        case content:
          content = inlines(v);
          break;
        default:
          throw REFUSED;
      }
    }
    require(content);
    return ListItem.of(content.toArray(NO_INLINES));
  }

  /** An inline, read as {@link #block} is: its {@code type} may come last. */
  private Inline inline(int self) {
    expectObject();
    long seen = 0;
    String type = null;
    String value = null;
    List<Inline> content = null;
    URI url = null;
    String title = null;
    Locale language = null;
    for (int m = next(INLINE, seen); m >= 0; m = next(INLINE, seen)) {
      seen |= 1L << m;
      int v = value(self);
      switch (INLINE.properties[m]) {
        case type:
          type = string();
          break;
        case value:
          value = string(Kind.NON_EMPTY);
          break;
        case content:
          content = inlines(v);
          break;
        case url:
          url = url(Kind.LINK_URL);
          break;
        case title:
          title = string(Kind.LINE);
          break;
        case language:
          language = language();
          break;
        default:
          throw REFUSED;
      }
    }
    if (type == null) {
      throw REFUSED;
    }
    switch (type) {
      case "text":
        allowed(seen, TEXT);
        require(value);
        return Text.of(value);
      case "emphasis":
        allowed(seen, EMPHASIS);
        require(content);
        return Emphasis.of(content.toArray(NO_INLINES));
      case "strong":
        allowed(seen, STRONG);
        require(content);
        return Strong.of(content.toArray(NO_INLINES));
      case "link": {
        allowed(seen, LINK);
        require(url, content);
        Link.Builder b = Link.builder();
        b.url(url);
        if (title != null) {
          b.title(title);
        }
        b.addAllContent(content);
        return b.build();
      }
      case "line-break":
        allowed(seen, LINE_BREAK);
        return LineBreak.instance();
      case "language-span":
        allowed(seen, LANGUAGE_SPAN);
        require(language, content);
        return LanguageSpan.of(language, content.toArray(NO_INLINES));
      default:
        throw REFUSED;
    }
  }

  /** Refuses an object whose mask of names seen has a name outside the mask of its type's names. */
  private static void allowed(long seen, long allowed) {
    if ((seen & ~allowed) != 0) {
      throw REFUSED;
    }
  }


  // ---------------------------------------------------------------------------------------------
  // Shapes

  /**
   * The properties one kind of object may have, matched by the parser: Jackson's
   * {@link PropertyNameMatcher} (the table databind makes for a bean's properties) turns each name into
   * its constant's ordinal in one probe of the name's bytes, without making a string or looking one up
   * in the parser's symbol table, so that a property costs one {@code switch} and one bit of the
   * object's mask of names seen.
   *
   * <p>The constants are spelled as the schema spells the properties, and a shape is made only when they
   * are exactly the schema's names: a property added to the schema and not to the reader stops the class
   * from loading, in every test, rather than being refused at run time.
   */
  private static final class Shape<E extends Enum<E>> {
    final PropertyNameMatcher matcher;
    final E[] properties;
    private final Class<E> type;

    Shape(Class<E> type, Set<String> schema) {
      this.type = type;
      this.properties = type.getEnumConstants();
      List<String> names = new ArrayList<>();
      for (E e : properties) {
        names.add(e.name());
      }
      if (!schema.equals(new HashSet<>(names)) || names.size() > Long.SIZE) {
        throw new IllegalStateException(type.getSimpleName() + " " + names
            + " are not the schema's properties " + new TreeSet<>(schema));
      }
      this.matcher = BinaryNameMatcher.construct(names);
    }

    /** Returns the mask of the properties of one of the schema's definitions, among this shape's. */
    long allowed(String definition) {
      long mask = 0;
      for (String name : SchemaRules.properties(definition)) {
        mask |= 1L << Enum.valueOf(type, name).ordinal();
      }
      return mask;
    }
  }

  /** Returns the shape of the properties of one or more of the schema's definitions, all together. */
  private static <E extends Enum<E>> Shape<E> shape(Class<E> type, String... definitions) {
    Set<String> names = new HashSet<>();
    for (String definition : definitions) {
      names.addAll(SchemaRules.properties(definition));
    }
    return new Shape<>(type, names);
  }

  /** The properties of the article. */
  private enum ArticleProperty {
    $schema, id, revision, status, language, canonicalUrl, alternates, headline,
    alternativeHeadline, kicker, summary, section, keywords, genre, publisher, bylines, dateline,
    leadImage, created, published, modified, embargo, body, sources, disclaimers, corrections,
    related, rights
  }

  /** The properties of an alternate. */
  private enum AlternateProperty { language, url }

  /** The properties of an organization. */
  private enum OrganizationProperty { name, url, logo }

  /** The properties of a contributor. */
  private enum ContributorProperty { name, kind, role, jobTitle, affiliation, url }

  /** The properties of a byline. */
  private enum BylineProperty { contributors, text }

  /** The properties of a geographic point. */
  private enum GeoPointProperty { latitude, longitude }

  /** The properties of a dateline. */
  private enum DatelineProperty { place, country, coordinates, time }

  /** The properties of a licence. */
  private enum LicenseProperty { spdxId, name, url }

  /** The properties of an attribution. */
  private enum AttributionProperty {
    creator, creditLine, sourceUrl, copyrightHolder, copyrightNotice, license, acquireLicenseUrl
  }

  /** The properties of an image rendition. */
  private enum RenditionProperty { url, width }

  /** The properties of an image. */
  private enum ImageProperty {
    url, alt, decorative, caption, width, height, renditions, attribution
  }

  /** The properties of a source reference. */
  private enum SourceProperty { relation, outlet, url, title, language, published }

  /** The properties of a disclaimer. */
  private enum DisclaimerProperty {
    kind, text, language, jurisdiction, legalBasis, placement, verbatim
  }

  /** The properties of a correction. */
  private enum CorrectionProperty { date, kind, text }

  /** The properties of a teaser. */
  private enum TeaserProperty { headline, url, published, summary, image, language }

  /** The properties of rights. */
  private enum RightsProperty { copyrightHolder, copyrightNotice, license }

  /** The properties of a block of any type: each name means the same in every type. */
  private enum BlockProperty {
    type, content, level, attribution, citeUrl, language, ordered, items, image
  }

  /** The properties of a list item. */
  private enum ListItemProperty { content }

  /** The properties of an inline of any type: each name means the same in every type. */
  private enum InlineProperty { type, value, content, url, title, language }
}
