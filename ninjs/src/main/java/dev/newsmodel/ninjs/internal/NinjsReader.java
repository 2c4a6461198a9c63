package dev.newsmodel.ninjs.internal;

import dev.newsmodel.core.Article;
import dev.newsmodel.core.ArticleId;
import dev.newsmodel.core.Attribution;
import dev.newsmodel.core.Byline;
import dev.newsmodel.core.Contributor;
import dev.newsmodel.core.Dateline;
import dev.newsmodel.core.Image;
import dev.newsmodel.core.ImageRendition;
import dev.newsmodel.core.InvalidValueException;
import dev.newsmodel.core.License;
import dev.newsmodel.core.Organization;
import dev.newsmodel.core.Rights;
import dev.newsmodel.core.SourceReference;
import dev.newsmodel.core.body.Block;
import dev.newsmodel.core.body.ImageBlock;
import dev.newsmodel.core.convert.Conversion;
import dev.newsmodel.core.convert.ConversionCode;
import dev.newsmodel.core.convert.ConversionProblem;
import dev.newsmodel.ninjs.NinjsReadOptions;
import dev.newsmodel.ninjs.internal.JsonTree.Arr;
import dev.newsmodel.ninjs.internal.JsonTree.Node;
import dev.newsmodel.ninjs.internal.JsonTree.Num;
import dev.newsmodel.ninjs.internal.JsonTree.Obj;
import dev.newsmodel.ninjs.internal.JsonTree.Str;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * Reads a ninjs 3.0 or 3.1 text item into an article; see the module's README for the mapping. One
 * instance reads one document and collects its problems.
 */
public final class NinjsReader {
  /** The most problems one document reports; the last one says how many more were left out. */
  public static final int MAX_PROBLEMS = 500;

  /** Every top-level property of ninjs 3.0 and 3.1, so an unknown one is named as such. */
  private static final Set<String> NINJS_PROPERTIES = Set.of("uri", "type", "representationType", "profile",
      "version", "firstCreated", "versionCreated", "contentCreated", "embargoedUntil", "pubStatus", "urgency",
      "copyrightHolder", "copyrightNotice", "usageTerms", "edNote", "language", "descriptions", "bodies",
      "headlines", "people", "organisations", "places", "subjects", "events", "eventDetails", "plannedCoverage",
      "objects", "infoSources", "title", "by", "slugline", "located", "renditions", "associations", "altIds",
      "trustIndicators", "standard", "genres", "expires", "rightsInfo", "digitalSourceType");

  private static final Set<String> HTML_TYPES = Set.of("text/html", "application/xhtml+xml", "body_xhtml",
      "body_html");

  private final NinjsReadOptions options;
  private final List<ConversionProblem> problems = new ArrayList<>();
  private int dropped;
  /** Where each article attribute came from, to locate a rule the finished article breaks. */
  private final Map<String, String> origins = new HashMap<>();

  private NinjsReader(NinjsReadOptions options) {
    this.options = options;
  }

  /**
   * Reads a document.
   *
   * @param json the document
   * @param options what to take where the document is silent
   * @return the article or the errors
   */
  public static Conversion<Article> read(String json, NinjsReadOptions options) {
    NinjsReader reader = new NinjsReader(options);
    Node root;
    try {
      root = JsonTree.parse(json);
    } catch (JsonTree.SyntaxException e) {
      return Conversion.failed(List.of(ConversionProblem.error(ConversionCode.INPUT_SYNTAX, "",
          "not a JSON document: " + e.getMessage())));
    }
    return reader.item(root);
  }

  /**
   * Returns the refusal of bytes that are not UTF-8.
   *
   * @return the failed conversion
   */
  public static Conversion<Article> notUtf8() {
    return Conversion.failed(List.of(ConversionProblem.error(ConversionCode.INPUT_SYNTAX, "",
        "not a JSON document: the bytes are not UTF-8 (JSON exchanged between systems is UTF-8, RFC 8259)")));
  }

  // ---- problems --------------------------------------------------------------------------------

  private void warn(ConversionCode code, String pointer, String message) {
    add(ConversionProblem.warning(code, pointer, message));
  }

  private void error(ConversionCode code, String pointer, String message) {
    add(ConversionProblem.error(code, pointer, message));
  }

  private void add(ConversionProblem p) {
    if (problems.size() < MAX_PROBLEMS - 1 || p.severity() == ConversionProblem.Severity.ERROR
        && problems.stream().noneMatch(q -> q.severity() == ConversionProblem.Severity.ERROR)) {
      problems.add(p);
    } else {
      dropped++;
    }
  }

  private List<ConversionProblem> finished() {
    List<ConversionProblem> out = new ArrayList<>(problems);
    if (dropped > 0) {
      out.add(ConversionProblem.warning(ConversionCode.INPUT_LIMIT, "", dropped + " more problems were not "
          + "listed; at most " + MAX_PROBLEMS + " are reported per document"));
    }
    return out;
  }

  private boolean failed() {
    return problems.stream().anyMatch(p -> p.severity() == ConversionProblem.Severity.ERROR);
  }

  // ---- shapes ----------------------------------------------------------------------------------

  private @Nullable String string(Obj o, String name) {
    Node n = o.get(name);
    if (n == null) {
      return null;
    }
    if (n instanceof Str) {
      return ((Str) n).value();
    }
    warn(ConversionCode.INPUT_INVALID, n.pointer(), "expected a string, found " + n.describe()
        + "; left out");
    return null;
  }

  private List<Obj> objects(Obj o, String name) {
    Node n = o.get(name);
    if (n == null) {
      return List.of();
    }
    if (!(n instanceof Arr)) {
      warn(ConversionCode.INPUT_INVALID, n.pointer(), "expected an array of objects, found " + n.describe()
          + "; left out");
      return List.of();
    }
    List<Obj> out = new ArrayList<>();
    for (Node item : ((Arr) n).items()) {
      if (item instanceof Obj) {
        out.add((Obj) item);
      } else {
        warn(ConversionCode.INPUT_INVALID, item.pointer(), "expected an object, found " + item.describe()
            + "; left out");
      }
    }
    return out;
  }

  private Optional<URI> webUrl(Obj o, String name) {
    String s = string(o, name);
    if (s == null) {
      return Optional.empty();
    }
    return webUrl(s, o.pointerOf(name));
  }

  private Optional<URI> webUrl(String s, String pointer) {
    URI uri;
    try {
      uri = new URI(s);
    } catch (URISyntaxException e) {
      warn(ConversionCode.URL_INVALID, pointer, "'" + s + "' is not a well-formed URL; left out");
      return Optional.empty();
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!uri.isAbsolute()) {
      warn(ConversionCode.URL_RELATIVE, pointer, "'" + s + "' is a relative URL; left out");
      return Optional.empty();
    }
    if (!scheme.equals("http") && !scheme.equals("https")) {
      warn(ConversionCode.URL_SCHEME, pointer, "'" + s + "' is not an http or https URL; left out");
      return Optional.empty();
    }
    if (uri.getHost() == null) {
      warn(ConversionCode.URL_INVALID, pointer, "'" + s + "' has no host name; left out");
      return Optional.empty();
    }
    return Optional.of(uri);
  }

  /** Builds a value, or reports the rule it breaks as a warning and leaves it out. */
  private <T> Optional<T> attempt(String pointer, String what, Supplier<T> build) {
    try {
      return Optional.of(build.get());
    } catch (InvalidValueException e) {
      warn(ConversionCode.INPUT_INVALID, pointer, what + " breaks a model rule and was left out: "
          + e.getMessage());
      return Optional.empty();
    }
  }

  /** Reads a time: an RFC 3339 date-time; one without an offset only with the caller's zone. */
  private Optional<ZonedDateTime> time(Obj o, String name, boolean required) {
    String s = string(o, name);
    String pointer = o.pointerOf(name);
    if (s == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(OffsetDateTime.parse(s, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toZonedDateTime());
    } catch (DateTimeParseException e) {
      // perhaps a local time
    }
    LocalDateTime local;
    try {
      local = LocalDateTime.parse(s, DateTimeFormatter.ISO_LOCAL_DATE_TIME);
    } catch (DateTimeParseException e) {
      report(required, ConversionCode.TIME_INVALID, pointer, "'" + s + "' is not an RFC 3339 date-time such as "
          + "\"2013-07-09T10:37:00Z\"");
      return Optional.empty();
    }
    Optional<ZoneId> zone = options.zone();
    if (zone.isEmpty()) {
      report(required, ConversionCode.TIME_NO_OFFSET, pointer, "'" + s + "' has no offset from UTC, so the "
          + "instant is unknown; pass the zone it was written in (NinjsReadOptions.withZone)");
      return Optional.empty();
    }
    List<java.time.ZoneOffset> valid = zone.get().getRules().getValidOffsets(local);
    if (valid.size() != 1) {
      report(required, ConversionCode.TIME_NO_OFFSET, pointer, "'" + s + "' has no offset from UTC and "
          + (valid.isEmpty() ? "falls in a daylight-saving gap" : "is ambiguous (a daylight-saving overlap)")
          + " in zone '" + zone.get().getId() + "'");
      return Optional.empty();
    }
    return Optional.of(ZonedDateTime.ofLocal(local, zone.get(), null));
  }

  private void report(boolean error, ConversionCode code, String pointer, String message) {
    if (error) {
      error(code, pointer, message);
    } else {
      warn(code, pointer, message + "; left out");
    }
  }

  // ---- the item --------------------------------------------------------------------------------

  private Conversion<Article> item(Node root) {
    if (!(root instanceof Obj)) {
      error(ConversionCode.INPUT_INVALID, "", "expected a ninjs object, found " + root.describe());
      return Conversion.failed(finished());
    }
    Obj item = (Obj) root;
    Node typeNode = item.get("type");
    if (typeNode != null) {
      if (!(typeNode instanceof Str)) {
        error(ConversionCode.INPUT_INVALID, "/type", "expected a string such as \"text\", found "
            + typeNode.describe());
        return Conversion.failed(finished());
      }
      String type = ((Str) typeNode).value();
      if (!type.equals("text")) {
        error(ConversionCode.INPUT_NOT_AN_ARTICLE, "/type", "a ninjs '" + type + "' item is not an article; "
            + "only 'text' items are read");
        return Conversion.failed(finished());
      }
    }
    Optional<Obj> ext = extension(item);
    Article.Builder b = Article.builder();
    for (Map.Entry<String, Node> member : item.members().entrySet()) {
      String name = member.getKey();
      if (!NINJS_PROPERTIES.contains(name)) {
        warn(ConversionCode.INPUT_IGNORED, member.getValue().pointer(), "'" + name + "' is not a ninjs 3.x "
            + "property; left out");
      }
    }
    for (String name : List.of("profile", "urgency", "edNote", "title", "slugline", "expires", "events",
        "objects", "renditions", "trustIndicators", "digitalSourceType", "eventDetails", "plannedCoverage")) {
      if (item.get(name) != null) {
        warn(ConversionCode.INPUT_IGNORED, item.pointerOf(name), "'" + name + "' has no counterpart in an "
            + "article; left out");
      }
    }
    id(item, b);
    revision(item, b);
    Article.Status status = status(item);
    b.status(status);
    language(item, b);
    headlines(item, b);
    times(item, ext, status, b);
    summary(item, b);
    List<Obj> pictures = associations(item);
    Map<URI, ArrayDeque<Image>> bodyImages = new LinkedHashMap<>();
    Optional<Image> lead = pictures(pictures, bodyImages);
    lead.ifPresent(b::leadImage);
    body(item, b, bodyImages);
    parties(item, ext, b);
    places(item, ext, b);
    subjects(item, b);
    genres(item, b);
    sources(item, ext, b);
    altIds(item, b);
    rights(item, ext, b);
    if (ext.isPresent()) {
      extensionFacts(ext.get(), b);
    }
    if (failed()) {
      return Conversion.failed(finished());
    }
    try {
      return Conversion.of(b.build(), finished());
    } catch (InvalidValueException e) {
      String pointer = origins.getOrDefault(e.path(), "");
      error(ConversionCode.INPUT_INVALID, pointer, "the article breaks a model rule: " + e.getMessage());
      return Conversion.failed(finished());
    }
  }

  private void id(Obj item, Article.Builder b) {
    String uri = string(item, "uri");
    if (uri == null) {
      error(ConversionCode.INPUT_MISSING, "/uri", "the item has no uri, so the article has no id");
      return;
    }
    String id = uri.startsWith(NinjsWriter.URI_PREFIX) ? decode(uri.substring(NinjsWriter.URI_PREFIX.length()))
        : uri;
    try {
      b.id(ArticleId.of(id));
    } catch (InvalidValueException e) {
      error(ConversionCode.INPUT_INVALID, "/uri", "the uri cannot be the article's id: " + e.getMessage());
    }
  }

  /**
   * Decodes what {@link NinjsWriter#uri} encoded: {@code %XX} escapes are UTF-8 bytes; any other character,
   * and a {@code %} not followed by two hex digits, stands for itself.
   */
  static String decode(String s) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      int high = i + 2 < s.length() ? Character.digit(s.charAt(i + 1), 16) : -1;
      int low = i + 2 < s.length() ? Character.digit(s.charAt(i + 2), 16) : -1;
      if (c == '%' && high >= 0 && low >= 0) {
        out.write(high * 16 + low);
        i += 2;
      } else {
        int end = Character.isHighSurrogate(c) && i + 1 < s.length() ? i + 2 : i + 1;
        byte[] bytes = s.substring(i, end).getBytes(StandardCharsets.UTF_8);
        out.write(bytes, 0, bytes.length);
        i = end - 1;
      }
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  private void revision(Obj item, Article.Builder b) {
    String version = string(item, "version");
    if (version == null) {
      return;
    }
    try {
      int revision = Integer.parseInt(version);
      if (revision >= 1) {
        b.revision(revision);
        origins.put("article.revision", "/version");
        return;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    warn(ConversionCode.INPUT_IGNORED, "/version", "'" + version + "' is not a revision number (1, 2, ...); "
        + "left out, the revision is 1");
  }

  private Article.Status status(Obj item) {
    String s = string(item, "pubStatus");
    if (s == null || s.equals("usable")) {
      return Article.Status.PUBLISHED;
    }
    if (s.equals("withheld")) {
      return Article.Status.DRAFT;
    }
    if (s.equals("canceled")) {
      return Article.Status.WITHDRAWN;
    }
    warn(ConversionCode.INPUT_INVALID, "/pubStatus", "'" + s + "' is not usable, withheld or canceled; "
        + "read as usable, the ninjs default");
    return Article.Status.PUBLISHED;
  }

  private void language(Obj item, Article.Builder b) {
    String s = string(item, "language");
    if (s != null) {
      Locale l = Locale.forLanguageTag(s);
      if (!l.toLanguageTag().equals("und")) {
        b.language(l);
        origins.put("article.language", "/language");
        return;
      }
      warn(ConversionCode.INPUT_INVALID, "/language", "'" + s + "' is not a BCP 47 language tag");
    }
    if (options.language().isPresent()) {
      b.language(options.language().get());
      return;
    }
    error(ConversionCode.INPUT_MISSING, "/language", "the item states no language; pass the language it is "
        + "written in (NinjsReadOptions.withLanguage)");
  }

  private void headlines(Obj item, Article.Builder b) {
    List<Obj> headlines = objects(item, "headlines");
    int main = -1;
    for (int i = 0; i < headlines.size() && main < 0; i++) {
      if ("main".equals(string(headlines.get(i), "role"))) {
        main = i;
      }
    }
    for (int i = 0; i < headlines.size() && main < 0; i++) {
      if (headlines.get(i).get("role") == null) {
        main = i;
      }
    }
    if (main < 0 && !headlines.isEmpty()) {
      main = 0;
    }
    boolean alternative = false;
    boolean kicker = false;
    for (int i = 0; i < headlines.size(); i++) {
      Obj h = headlines.get(i);
      String value = string(h, "value");
      if (value == null) {
        if (i == main) {
          main = -1;
        }
        continue;
      }
      String role = string(h, "role");
      String pointer = h.pointerOf("value");
      if (i == main) {
        b.headline(value);
        origins.put("article.headline", pointer);
      } else if ("alternative".equals(role) && !alternative) {
        b.alternativeHeadline(value);
        origins.put("article.alternativeHeadline", pointer);
        alternative = true;
      } else if ("kicker".equals(role) && !kicker) {
        b.kicker(value);
        origins.put("article.kicker", pointer);
        kicker = true;
      } else {
        warn(ConversionCode.INPUT_IGNORED, h.pointer(), "a headline with the role '" + role + "' has no "
            + "counterpart in an article (it has one headline, an alternative headline and a kicker); left out");
      }
    }
    if (main < 0) {
      error(ConversionCode.INPUT_MISSING, "/headlines", "the item has no headline");
    }
  }

  private void times(Obj item, Optional<Obj> ext, Article.Status status, Article.Builder b) {
    // The time the publication time is read from must be readable: one without an offset is an error
    // then, never replaced by the other.
    boolean usable = status == Article.Status.PUBLISHED;
    Optional<ZonedDateTime> first = time(item, "firstCreated", usable);
    Optional<ZonedDateTime> version = time(item, "versionCreated", usable && item.get("firstCreated") == null);
    Optional<ZonedDateTime> content = time(item, "contentCreated", false);
    Optional<ZonedDateTime> embargo = time(item, "embargoedUntil", false);
    Optional<Obj> times = ext.flatMap(e -> extObject(e, "times", o -> o));
    Optional<ZonedDateTime> published;
    Optional<ZonedDateTime> modified = Optional.empty();
    String publishedFrom = "/firstCreated";
    if (first.isPresent()) {
      published = first;
      if (version.isPresent() && !version.get().toInstant().equals(first.get().toInstant())) {
        modified = version;
      }
    } else if (version.isPresent()) {
      published = version;
      publishedFrom = "/versionCreated";
      if (times.isEmpty()) {
        warn(ConversionCode.NINJS_PUBLISHED_FROM_VERSION, "/versionCreated", "the item has no firstCreated; "
            + "its versionCreated is taken as the publication time");
      }
    } else {
      published = Optional.empty();
    }
    if (times.isPresent()) {
      Obj t = times.get();
      // The extension lists every time the article has: without a published time there, a
      // versionCreated is the modification time of an article never published, not its publication.
      Optional<ZonedDateTime> stated = t.get("published") == null && first.isEmpty() ? Optional.empty() : published;
      published = exact(t, "published", stated, publishedFrom).or(() -> stated);
      Optional<ZonedDateTime> changed = modified;
      modified = exact(t, "modified", version, "/versionCreated").or(() -> changed);
      Optional<ZonedDateTime> made = content;
      content = exact(t, "created", made, "/contentCreated").or(() -> made);
      Optional<ZonedDateTime> until = embargo;
      embargo = exact(t, "embargo", until, "/embargoedUntil").or(() -> until);
    }
    if (published.isEmpty() && status == Article.Status.PUBLISHED && !failed()) {
      error(ConversionCode.INPUT_MISSING, "/firstCreated", "a usable item needs a publication time: it has no "
          + "firstCreated or versionCreated with an offset");
    }
    published.ifPresent(b::published);
    origins.put("article.published", publishedFrom);
    modified.ifPresent(b::modified);
    origins.put("article.modified", "/versionCreated");
    content.ifPresent(b::created);
    origins.put("article.created", "/contentCreated");
    embargo.ifPresent(b::embargo);
    origins.put("article.embargo", "/embargoedUntil");
  }

  /**
   * Returns the extension's time, which keeps the zone, when the item states the same instant; empty,
   * with a warning, when the item states another instant or none.
   */
  private Optional<ZonedDateTime> exact(Obj times, String name, Optional<ZonedDateTime> ninjs, String pointer) {
    Optional<ZonedDateTime> exact = extPart(times, name, member -> Extension.optTime(times, name)).flatMap(x -> x);
    if (exact.isEmpty()) {
      return exact;
    }
    if (ninjs.isEmpty()) {
      warn(ConversionCode.NINJS_EXTENSION, pointer, "the extension has a time the item does not state; "
          + "left out");
      return Optional.empty();
    }
    if (!ninjs.get().toInstant().equals(exact.get().toInstant())) {
      warn(ConversionCode.NINJS_EXTENSION, pointer, "the extension's time '" + exact.get() + "' is not the "
          + "instant the item states; the item's is kept");
      return Optional.empty();
    }
    return exact;
  }

  private void summary(Obj item, Article.Builder b) {
    boolean taken = false;
    for (Obj d : objects(item, "descriptions")) {
      String role = string(d, "role");
      if (Extension.ROLE.equals(role)) {
        continue;
      }
      String value = string(d, "value");
      if ("summary".equals(role) && !taken && value != null) {
        b.summary(value);
        origins.put("article.summary", d.pointerOf("value"));
        taken = true;
      } else {
        warn(ConversionCode.INPUT_IGNORED, d.pointer(), "a description with the role '" + role + "' has no "
            + "counterpart in an article (its summary is the description with the role 'summary'); left out");
      }
    }
  }

  // ---- the extension ---------------------------------------------------------------------------

  /** Reads one member of the extension; throws for a shape or a value it does not accept. */
  private interface Part<T> {
    T read(Node member);
  }

  private Optional<Obj> extension(Obj item) {
    Node descriptions = item.get("descriptions");
    if (!(descriptions instanceof Arr)) {
      return Optional.empty();
    }
    for (Node n : ((Arr) descriptions).items()) {
      if (!(n instanceof Obj)) {
        continue;
      }
      Obj d = (Obj) n;
      Node role = d.get("role");
      if (!(role instanceof Str) || !((Str) role).value().equals(Extension.ROLE)) {
        continue;
      }
      Node value = d.get("value");
      if (!(value instanceof Str)) {
        warn(ConversionCode.NINJS_EXTENSION, d.pointerOf("value"), "the extension is not a string; left out");
        return Optional.empty();
      }
      Node tree;
      try {
        tree = JsonTree.parse(((Str) value).value());
      } catch (JsonTree.SyntaxException e) {
        warn(ConversionCode.NINJS_EXTENSION, d.pointerOf("value"), "the extension is not JSON: "
            + e.getMessage() + "; left out");
        return Optional.empty();
      }
      if (!(tree instanceof Obj)) {
        warn(ConversionCode.NINJS_EXTENSION, d.pointerOf("value"), "the extension is not a JSON object; left out");
        return Optional.empty();
      }
      Obj ext = (Obj) tree;
      Node version = ext.get("version");
      if (!(version instanceof Num) || !((Num) version).intValue().equals(Optional.of(Extension.VERSION))) {
        warn(ConversionCode.NINJS_EXTENSION, d.pointerOf("value"), "the extension's version is not "
            + Extension.VERSION + "; left out");
        return Optional.empty();
      }
      extensionPointer = d.pointerOf("value");
      return Optional.of(ext);
    }
    return Optional.empty();
  }

  private String extensionPointer = "";

  /** Reads one member of the extension, or reports why it cannot and leaves it out. */
  private <T> Optional<T> extPart(Obj ext, String name, Part<T> read) {
    Node member = ext.get(name);
    if (member == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(read.read(member));
    } catch (Extension.ShapeException e) {
      warn(ConversionCode.NINJS_EXTENSION, extensionPointer, "the extension's '" + e.pointer() + "' "
          + e.getMessage() + "; left out");
    } catch (InvalidValueException | DateTimeException | IllegalStateException e) {
      warn(ConversionCode.NINJS_EXTENSION, extensionPointer, "the extension's '" + member.pointer()
          + "' breaks a model rule: " + e.getMessage() + "; left out");
    }
    return Optional.empty();
  }

  private <T> Optional<T> extObject(Obj ext, String name, Function<Obj, T> read) {
    return extPart(ext, name, member -> read.apply(Extension.obj(member, member.pointer())));
  }

  private <T> Optional<List<T>> extList(Obj ext, String name, Function<Obj, T> read) {
    return extPart(ext, name, member -> Extension.list(ext, name, read));
  }

  private void extensionFacts(Obj ext, Article.Builder b) {
    extList(ext, "alternates", Extension::readAlternate).ifPresent(b::addAllAlternates);
    extList(ext, "disclaimers", Extension::readDisclaimer).ifPresent(b::addAllDisclaimers);
    extList(ext, "corrections", Extension::readCorrection).ifPresent(b::addAllCorrections);
    extList(ext, "related", Extension::readTeaser).ifPresent(b::addAllRelated);
  }

  // ---- images ----------------------------------------------------------------------------------

  private List<Obj> associations(Obj item) {
    List<Obj> pictures = new ArrayList<>();
    for (Obj a : objects(item, "associations")) {
      String type = string(a, "type");
      if ("picture".equals(type)) {
        pictures.add(a);
      } else {
        warn(ConversionCode.INPUT_IGNORED, a.pointer(), "an associated '" + (type == null ? "untyped" : type)
            + "' item has no counterpart in an article (only pictures become images); left out");
      }
    }
    return pictures;
  }

  /** Reads the pictures: the lead image, and those meant for the body by their URL. */
  private Optional<Image> pictures(List<Obj> pictures, Map<URI, ArrayDeque<Image>> bodyImages) {
    Optional<Image> lead = Optional.empty();
    List<Image> others = new ArrayList<>();
    for (Obj p : pictures) {
      Optional<Image> image = picture(p);
      if (image.isEmpty()) {
        continue;
      }
      String rel = string(p, "rel");
      String name = string(p, "name");
      if ("body".equals(rel) || name != null && name.startsWith(NinjsWriter.BODY_IMAGE)) {
        bodyImages.computeIfAbsent(image.get().url(), u -> new ArrayDeque<>()).add(image.get());
      } else if (lead.isEmpty()) {
        lead = image;
      } else {
        others.add(image.get());
      }
    }
    for (Image other : others) {
      bodyImages.computeIfAbsent(other.url(), u -> new ArrayDeque<>()).add(other);
    }
    return lead;
  }

  private Optional<Image> picture(Obj p) {
    String itemExtension = extensionPointer;
    Optional<Obj> ext = extension(p);
    Optional<Image> exact = ext.flatMap(e -> extObject(e, "image", Extension::readImage));
    extensionPointer = itemExtension;
    if (exact.isPresent()) {
      return exact;
    }
    List<Obj> renditions = objects(p, "renditions");
    Obj best = null;
    for (Obj r : renditions) {
      if ("original".equals(string(r, "name"))) {
        best = r;
        break;
      }
      if (best == null || width(r) > width(best)) {
        best = r;
      }
    }
    Optional<URI> url = best != null && best.get("href") != null ? webUrl(best, "href") : webUrl(p, "uri");
    if (url.isEmpty()) {
      warn(ConversionCode.INPUT_MISSING, p.pointer(), "the picture has no http or https URL to fetch it by; "
          + "left out");
      return Optional.empty();
    }
    String alt = null;
    String caption = null;
    String firstOther = null;
    for (Obj d : objects(p, "descriptions")) {
      String role = string(d, "role");
      String value = string(d, "value");
      if (value == null || Extension.ROLE.equals(role)) {
        continue;
      }
      if ("alt".equals(role) && alt == null) {
        alt = value;
      } else if (caption == null && (role == null || "caption".equals(role))) {
        caption = value;
      }
      if (firstOther == null && !"alt".equals(role)) {
        firstOther = value;
      }
    }
    if (alt == null) {
      String headline = objects(p, "headlines").stream().map(h -> string(h, "value")).filter(v -> v != null)
          .findFirst().orElse(null);
      alt = firstOther != null ? firstOther : headline;
      if (alt == null) {
        warn(ConversionCode.INPUT_MISSING, p.pointer(), "the picture has no description or headline to serve "
            + "as its alternative text; left out");
        return Optional.empty();
      }
      warn(ConversionCode.NINJS_ALT_FROM_DESCRIPTION, p.pointer(), "the picture has no description with the "
          + "role 'alt'; its " + (firstOther != null ? "description" : "headline") + " is taken as alternative text");
    }
    Image.Builder b = Image.builder().url(url.get()).alt(alt);
    if (caption != null) {
      b.caption(caption);
    }
    if (best != null) {
      intValue(best, "width").ifPresent(b::width);
      intValue(best, "height").ifPresent(b::height);
      for (Obj r : renditions) {
        if (r == best) {
          continue;
        }
        Optional<Integer> w = intValue(r, "width");
        Optional<URI> href = r.get("href") == null ? Optional.empty() : webUrl(r, "href");
        if (w.isPresent() && href.isPresent() && w.get() > 0) {
          b.addRenditions(ImageRendition.of(href.get(), w.get()));
        }
      }
    }
    attribution(p).ifPresent(b::attribution);
    return attempt(p.pointer(), "the picture", b::build);
  }

  private Optional<Attribution> attribution(Obj p) {
    Attribution.Builder a = Attribution.builder();
    boolean any = false;
    String by = string(p, "by");
    if (by != null) {
      a.creditLine(by);
      any = true;
    }
    String holder = string(p, "copyrightHolder");
    if (holder != null) {
      a.copyrightHolder(holder);
      any = true;
    }
    String notice = string(p, "copyrightNotice");
    if (notice != null) {
      a.copyrightNotice(notice);
      any = true;
    }
    Optional<License> license = license(p, Optional.empty());
    if (license.isPresent()) {
      a.license(license.get());
      any = true;
    }
    return any ? attempt(p.pointer(), "the picture's attribution", a::build) : Optional.empty();
  }

  private int width(Obj r) {
    Node n = r.get("width");
    return n instanceof Num ? ((Num) n).intValue().orElse(0) : 0;
  }

  private Optional<Integer> intValue(Obj o, String name) {
    Node n = o.get(name);
    if (n == null) {
      return Optional.empty();
    }
    if (n instanceof Num && ((Num) n).intValue().filter(v -> v > 0).isPresent()) {
      return ((Num) n).intValue();
    }
    warn(ConversionCode.INPUT_INVALID, n.pointer(), "expected a positive integer, found " + n.describe()
        + "; left out");
    return Optional.empty();
  }

  // ---- body ------------------------------------------------------------------------------------

  private void body(Obj item, Article.Builder b, Map<URI, ArrayDeque<Image>> bodyImages) {
    List<Obj> bodies = objects(item, "bodies");
    Obj chosen = null;
    boolean html = false;
    for (Obj body : bodies) {
      String type = string(body, "contentType");
      if (type != null && HTML_TYPES.contains(type.toLowerCase(Locale.ROOT)) && body.get("value") instanceof Str
          && (chosen == null || !html)) {
        chosen = body;
        html = true;
      }
    }
    if (chosen == null) {
      for (Obj body : bodies) {
        String type = string(body, "contentType");
        if ((type == null || type.toLowerCase(Locale.ROOT).startsWith("text/plain"))
            && body.get("value") instanceof Str) {
          chosen = body;
          break;
        }
      }
    }
    for (Obj body : bodies) {
      String type = string(body, "contentType");
      boolean plainBesideHtml = html && type != null && type.toLowerCase(Locale.ROOT).startsWith("text/plain");
      if (body != chosen && !plainBesideHtml) {
        warn(ConversionCode.INPUT_IGNORED, body.pointer(), "another rendition of the body ("
            + Optional.ofNullable(string(body, "contentType")).orElse("no content type") + "); the article's "
            + "body is read from " + (chosen == null ? "none" : chosen.pointer()));
      }
    }
    List<Block> blocks = new ArrayList<>();
    if (chosen != null) {
      String value = ((Str) chosen.get("value")).value();
      String pointer = chosen.pointerOf("value");
      if (html) {
        blocks.addAll(HtmlBody.read(value, pointer, options.baseUri(), this::add));
      } else {
        blocks.addAll(BodyText.readPlain(value));
      }
      origins.put("article.body", pointer);
    }
    // An image in the body takes its full description from the picture association with its URL, in
    // order; pictures no body image names follow the body.
    List<Block> placed = new ArrayList<>();
    for (Block block : blocks) {
      ArrayDeque<Image> full = block instanceof ImageBlock ? bodyImages.get(((ImageBlock) block).image().url()) : null;
      placed.add(full == null || full.isEmpty() ? block : ImageBlock.of(full.poll()));
    }
    for (ArrayDeque<Image> images : bodyImages.values()) {
      for (Image image : images) {
        placed.add(ImageBlock.of(image));
      }
    }
    b.addAllBody(placed);
  }

  // ---- people, places, subjects ------------------------------------------------------------------

  private void parties(Obj item, Optional<Obj> ext, Article.Builder b) {
    Optional<List<Byline>> extBylines = ext.flatMap(e -> extList(e, "bylines", Extension::readByline));
    Optional<Organization> extPublisher = ext.flatMap(e -> extObject(e, "publisher", Extension::readOrganization));
    List<Contributor> contributors = new ArrayList<>();
    Optional<Organization> publisher = Optional.empty();
    for (String list : List.of("people", "organisations")) {
      Contributor.Kind kind = list.equals("people") ? Contributor.Kind.PERSON : Contributor.Kind.ORGANIZATION;
      for (Obj party : objects(item, list)) {
        String name = string(party, "name");
        String rel = string(party, "rel");
        if (name == null) {
          warn(ConversionCode.INPUT_IGNORED, party.pointer(), "a party without a name; left out");
          continue;
        }
        if (kind == Contributor.Kind.ORGANIZATION && "publisher".equals(rel)) {
          if (publisher.isEmpty()) {
            Optional<URI> url = webUrl(party, "uri");
            publisher = attempt(party.pointer(), "the publisher", () -> Organization.builder().name(name)
                .url(url).build());
          }
          continue;
        }
        Optional<Contributor.Role> role = role(rel);
        if (role.isEmpty()) {
          if (extBylines.isEmpty()) {
            warn(ConversionCode.INPUT_IGNORED, party.pointer(), "'" + name + "' has " + (rel == null ? "no rel"
                : "the rel '" + rel + "'") + ", not a contributor's role (author, correspondent, photographer, "
                + "illustrator, editor, translator, contributor); the model keeps no parties an article is about; "
                + "left out");
          }
          continue;
        }
        Optional<URI> url = webUrl(party, "uri");
        attempt(party.pointer(), "the contributor", () -> Contributor.builder().name(name).kind(kind)
            .role(role.get()).url(url).build()).ifPresent(contributors::add);
      }
    }
    if (extPublisher.isPresent()) {
      b.publisher(extPublisher.get());
    } else {
      publisher.ifPresent(b::publisher);
    }
    if (extBylines.isPresent()) {
      b.addAllBylines(extBylines.get());
      return;
    }
    String by = string(item, "by");
    if (by != null || !contributors.isEmpty()) {
      Byline.Builder byline = Byline.builder().addAllContributors(contributors);
      if (by != null) {
        byline.text(by);
      }
      attempt("/by", "the byline", byline::build).ifPresent(b::addBylines);
    }
  }

  private static Optional<Contributor.Role> role(@Nullable String rel) {
    if (rel == null) {
      return Optional.empty();
    }
    for (Contributor.Role role : Contributor.Role.values()) {
      if (NinjsWriter.rel(role).equals(rel)) {
        return Optional.of(role);
      }
    }
    return Optional.empty();
  }

  private void places(Obj item, Optional<Obj> ext, Article.Builder b) {
    Optional<Dateline> dateline = ext.flatMap(e -> extObject(e, "dateline", Extension::readDateline));
    dateline.ifPresent(b::dateline);
    if (dateline.isEmpty() && item.get("located") != null) {
      warn(ConversionCode.INPUT_IGNORED, "/located", "a dateline needs the time and zone it was filed in, which "
          + "ninjs does not state; left out");
    }
    for (Obj place : objects(item, "places")) {
      if (dateline.isPresent() && "dateline".equals(string(place, "rel"))) {
        continue;
      }
      warn(ConversionCode.INPUT_IGNORED, place.pointer(), "a place the item mentions or is about has no "
          + "counterpart in an article; left out");
    }
  }

  private void subjects(Obj item, Article.Builder b) {
    boolean section = false;
    for (Obj subject : objects(item, "subjects")) {
      String name = string(subject, "name");
      if (name == null) {
        warn(ConversionCode.INPUT_IGNORED, subject.pointer(), "a subject without a name; left out");
        continue;
      }
      if ("section".equals(string(subject, "rel")) && !section) {
        b.section(name);
        origins.put("article.section", subject.pointerOf("name"));
        section = true;
      } else {
        b.addKeywords(name);
        origins.put("article.keywords", subject.pointerOf("name"));
      }
    }
  }

  private void genres(Obj item, Article.Builder b) {
    boolean taken = false;
    for (Obj genre : objects(item, "genres")) {
      Optional<Article.Genre> match = Optional.empty();
      for (String field : List.of("literal", "name")) {
        String value = string(genre, field);
        for (Article.Genre g : Article.Genre.values()) {
          if (value != null && g.name().equalsIgnoreCase(value)) {
            match = Optional.of(g);
          }
        }
      }
      if (match.isPresent() && !taken) {
        b.genre(match.get());
        taken = true;
      } else {
        warn(ConversionCode.INPUT_IGNORED, genre.pointer(), "a genre that is not one of the model's (news, "
            + "analysis, opinion, editorial, feature, interview, review, obituary) or a second one; left out");
      }
    }
  }

  private void sources(Obj item, Optional<Obj> ext, Article.Builder b) {
    Optional<List<SourceReference>> exact = ext.flatMap(e -> extList(e, "sources", Extension::readSource));
    if (exact.isPresent()) {
      b.addAllSources(exact.get());
      return;
    }
    for (Obj source : objects(item, "infoSources")) {
      String name = string(source, "name");
      String role = string(source, "role");
      Optional<SourceReference.Relation> relation = Optional.empty();
      for (SourceReference.Relation r : SourceReference.Relation.values()) {
        if (NinjsWriter.role(r).equals(role)) {
          relation = Optional.of(r);
        }
      }
      if (name == null || relation.isEmpty()) {
        warn(ConversionCode.INPUT_IGNORED, source.pointer(), "an info source needs a name and a role the model "
            + "knows (cites, translation-of, originally-published-at, based-on, syndicated-from); left out");
        continue;
      }
      Optional<URI> url = webUrl(source, "uri");
      SourceReference.Relation rel = relation.get();
      attempt(source.pointer(), "the info source", () -> SourceReference.builder().relation(rel).outlet(name)
          .url(url).build()).ifPresent(b::addSources);
    }
  }

  private void altIds(Obj item, Article.Builder b) {
    boolean taken = false;
    for (Obj altId : objects(item, "altIds")) {
      String value = string(altId, "value");
      if ("canonical-url".equals(string(altId, "role")) && value != null && !taken) {
        taken = true;
        webUrl(value, altId.pointerOf("value")).ifPresent(b::canonicalUrl);
        origins.put("article.canonicalUrl", altId.pointerOf("value"));
      } else {
        warn(ConversionCode.INPUT_IGNORED, altId.pointer(), "an alternative id other than the first canonical URL "
            + "(role 'canonical-url') has no counterpart in an article; left out");
      }
    }
  }

  private Optional<License> license(Obj o, Optional<License> exact) {
    if (exact.isPresent()) {
      return exact;
    }
    String terms = string(o, "usageTerms");
    Optional<URI> linked = Optional.empty();
    Node rightsInfo = o.get("rightsInfo");
    if (rightsInfo instanceof Obj) {
      Obj r = (Obj) rightsInfo;
      if (r.get("linkedRights") != null) {
        linked = webUrl(r, "linkedRights");
      }
      if (r.get("encodedRights") != null) {
        warn(ConversionCode.INPUT_IGNORED, r.pointerOf("encodedRights"), "a rights expression in a rights "
            + "language has no counterpart in the model; left out");
      }
    }
    if (terms == null) {
      if (linked.isPresent()) {
        warn(ConversionCode.INPUT_IGNORED, o.pointerOf("rightsInfo"), "linked rights without usage terms to "
            + "name the licence; left out");
      }
      return Optional.empty();
    }
    Optional<URI> url = linked;
    return attempt(o.pointerOf("usageTerms"), "the licence", () -> License.builder().name(terms).url(url).build());
  }

  private void rights(Obj item, Optional<Obj> ext, Article.Builder b) {
    Optional<License> exact = ext.flatMap(e -> extObject(e, "license", Extension::readLicense));
    Rights.Builder r = Rights.builder();
    boolean any = false;
    String holder = string(item, "copyrightHolder");
    if (holder != null) {
      r.copyrightHolder(holder);
      any = true;
    }
    String notice = string(item, "copyrightNotice");
    if (notice != null) {
      r.copyrightNotice(notice);
      any = true;
    }
    Optional<License> license = license(item, exact);
    if (license.isPresent()) {
      r.license(license.get());
      any = true;
    }
    if (any) {
      attempt("/copyrightHolder", "the rights", r::build).ifPresent(b::rights);
    }
  }
}
