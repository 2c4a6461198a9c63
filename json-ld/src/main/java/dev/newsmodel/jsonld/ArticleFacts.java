package dev.newsmodel.jsonld;

import dev.newsmodel.core.Article;
import dev.newsmodel.core.Contributor;
import dev.newsmodel.core.Image;
import dev.newsmodel.core.InvalidValueException;
import dev.newsmodel.core.Organization;
import dev.newsmodel.core.body.LanguageSpan;
import dev.newsmodel.core.convert.ConversionCode;
import dev.newsmodel.core.convert.ConversionProblem;
import dev.newsmodel.jsonld.internal.JsonTree.Kind;
import dev.newsmodel.jsonld.internal.JsonTree.Value;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/** Reads one schema.org Article node into facts, reporting what it cannot take. */
final class ArticleFacts {
  /** The properties read; every other one of an article node is reported as ignored. */
  private static final Set<String> READ = Set.of("@context", "@type", "@id", "identifier", "url",
      "mainEntityOfPage", "headline", "name", "alternativeHeadline", "description", "inLanguage", "dateCreated",
      "datePublished", "dateModified", "author", "editor", "translator", "contributor", "publisher", "image",
      "articleSection", "keywords", "genre", "articleBody", "isAccessibleForFree");

  private static final Pattern OFFSET_NO_COLON = Pattern.compile("([+-]\\d{2})(\\d{2})$");
  private static final Pattern HAS_OFFSET = Pattern.compile("(Z|z|[+-]\\d{2}(:?\\d{2})?)$");

  String type = "Article";
  String pointer = "";
  @Nullable String identifier;
  @Nullable URI url;
  @Nullable String headline;
  @Nullable String alternativeHeadline;
  @Nullable String description;
  @Nullable Locale language;
  @Nullable ZonedDateTime created;
  @Nullable ZonedDateTime published;
  @Nullable ZonedDateTime modified;
  final List<Contributor> contributors = new ArrayList<>();
  @Nullable Organization publisher;
  final List<URI> images = new ArrayList<>();
  @Nullable String section;
  final List<String> keywords = new ArrayList<>();
  Article.@Nullable Genre genre;
  @Nullable String articleBody;
  @Nullable Boolean accessibleForFree;
  final Map<String, String> locations = new HashMap<>();

  private final List<ConversionProblem> problems;
  private final @Nullable ZoneId zone;

  private ArticleFacts(List<ConversionProblem> problems, @Nullable ZoneId zone) {
    this.problems = problems;
    this.zone = zone;
  }

  static SchemaOrgArticle read(Value node, String type, List<ConversionProblem> problems, @Nullable ZoneId zone) {
    ArticleFacts f = new ArticleFacts(problems, zone);
    f.type = type;
    f.pointer = node.pointer();
    f.readAll(node);
    return new SchemaOrgArticle(f);
  }

  private void readAll(Value node) {
    for (Map.Entry<String, Value> m : node.members().entrySet()) {
      if (!READ.contains(m.getKey())) {
        warn(ConversionCode.INPUT_IGNORED, m.getValue(), "The property '" + m.getKey() + "' has no counterpart in the "
            + "model; it was not carried over.");
      }
    }
    identifier = text(node.get("identifier"), "identifier", true);
    if (identifier == null && node.get("identifier") != null && node.get("identifier").isObject()) {
      identifier = text(node.get("identifier").get("value"), "identifier", true);
    }
    url = url(node.get("url"), "url");
    if (url == null) {
      Value page = node.get("mainEntityOfPage");
      if (page != null && page.isObject()) {
        Value id = page.get("@id") != null ? page.get("@id") : page.get("url");
        url = url(id, "url");
      } else {
        url = url(page, "url");
      }
    }
    headline = text(node.get("headline"), "headline", true);
    if (headline == null) {
      headline = text(node.get("name"), "headline", true);
    } else if (node.get("name") != null) {
      warn(ConversionCode.INPUT_IGNORED, node.get("name"), "'name' was not read: the headline comes from 'headline'.");
    }
    alternativeHeadline = text(node.get("alternativeHeadline"), "alternativeHeadline", true);
    description = text(node.get("description"), "description", false);
    language = language(node.get("inLanguage"));
    created = time(node.get("dateCreated"), "created");
    published = time(node.get("datePublished"), "published");
    modified = time(node.get("dateModified"), "modified");
    contributors(node.get("author"), Contributor.Role.AUTHOR);
    contributors(node.get("editor"), Contributor.Role.EDITOR);
    contributors(node.get("translator"), Contributor.Role.TRANSLATOR);
    contributors(node.get("contributor"), Contributor.Role.CONTRIBUTOR);
    publisher = publisher(node.get("publisher"));
    images(node.get("image"));
    Value sections = node.get("articleSection");
    if (sections != null) {
      List<Value> all = sections.asList();
      if (!all.isEmpty()) {
        section = text(all.get(0), "section", true);
        for (int i = 1; i < all.size(); i++) {
          warn(ConversionCode.INPUT_IGNORED, all.get(i), "Only the first articleSection is kept: the model holds one "
              + "section.");
        }
      }
    }
    keywords(node.get("keywords"));
    genre(node.get("genre"));
    articleBody = text(node.get("articleBody"), "articleBody", false);
    Value free = node.get("isAccessibleForFree");
    if (free != null) {
      if (free.kind() == Kind.BOOLEAN || (free.isString() && (free.text().equalsIgnoreCase("true")
          || free.text().equalsIgnoreCase("false")))) {
        accessibleForFree = Boolean.parseBoolean(free.text().toLowerCase(Locale.ROOT));
        locations.put("accessibleForFree", free.pointer());
      } else {
        expected(free, "true or false");
      }
    }
  }

  // ---------------------------------------------------------------------------------------------

  private @Nullable String text(@Nullable Value v, String fact, boolean line) {
    if (v == null || v.kind() == Kind.NULL) {
      return null;
    }
    Value one = v;
    if (v.isArray()) {
      if (v.items().isEmpty()) {
        return null;
      }
      one = v.items().get(0);
      if (v.items().size() > 1) {
        warn(ConversionCode.INPUT_IGNORED, v.items().get(1), "Only the first value is kept: the model holds one.");
      }
    }
    if (one.isObject() && one.get("@value") != null) {
      one = one.get("@value");
    }
    if (!one.isString() && one.kind() != Kind.NUMBER) {
      expected(one, "a text");
      return null;
    }
    String s = line ? one.text().replaceAll("\\s+", " ").strip() : one.text().strip();
    if (s.isEmpty()) {
      return null;
    }
    try {
      dev.newsmodel.core.body.Text.of(s);
      if (line) {
        Organization.builder().name(s).build();
      }
    } catch (InvalidValueException e) {
      warn(ConversionCode.INPUT_INVALID, one, "The text is refused by the model: it " + e.rule() + "; it was left "
          + "out.");
      return null;
    }
    locations.put(fact, one.pointer());
    return s;
  }

  private @Nullable URI url(@Nullable Value v, String fact) {
    if (v == null || v.kind() == Kind.NULL) {
      return null;
    }
    Value one = v.isArray() && !v.items().isEmpty() ? v.items().get(0) : v;
    if (!one.isString()) {
      expected(one, "a URL");
      return null;
    }
    URI uri = webUrl(one);
    if (uri != null) {
      locations.put(fact, one.pointer());
    }
    return uri;
  }

  private @Nullable URI webUrl(Value one) {
    String s = one.text().strip();
    try {
      URI uri = new URI(s);
      if (!uri.isAbsolute()) {
        warn(ConversionCode.URL_RELATIVE, one, "The URL '" + s + "' is relative; JSON-LD here has no base to "
            + "resolve it against, so it was left out.");
        return null;
      }
      Image.of(uri, "x");
      return uri;
    } catch (URISyntaxException e) {
      warn(ConversionCode.URL_INVALID, one, "The URL '" + s + "' is not well-formed (" + e.getReason() + "); it was "
          + "left out.");
    } catch (InvalidValueException e) {
      ConversionCode code = e.rule().contains("scheme") ? ConversionCode.URL_SCHEME : ConversionCode.URL_INVALID;
      warn(code, one, "The URL '" + s + "' is refused by the model: it " + e.rule() + "; it was left out.");
    }
    return null;
  }

  private @Nullable Locale language(@Nullable Value v) {
    if (v == null) {
      return null;
    }
    Value one = v.isArray() && !v.items().isEmpty() ? v.items().get(0) : v;
    if (one.isObject()) {
      one = one.get("alternateName") != null ? one.get("alternateName") : one.get("name");
      if (one == null) {
        expected(v, "a BCP 47 language tag");
        return null;
      }
    }
    if (!one.isString()) {
      expected(one, "a BCP 47 language tag");
      return null;
    }
    String tag = one.text().strip().replace('_', '-');
    Locale locale = Locale.forLanguageTag(tag);
    try {
      LanguageSpan.of(locale, "x");
      if (!locale.toLanguageTag().equalsIgnoreCase(tag)) {
        throw new InvalidValueException("inLanguage", "must be a BCP 47 language tag", tag);
      }
    } catch (InvalidValueException e) {
      warn(ConversionCode.INPUT_INVALID, one, "'" + one.text() + "' is not a BCP 47 language tag such as 'en'; the "
          + "language was left out.");
      return null;
    }
    locations.put("language", one.pointer());
    return locale;
  }

  /** A schema.org DateTime: with an offset it is exact; without one it needs the zone the caller passed. */
  private @Nullable ZonedDateTime time(@Nullable Value v, String fact) {
    if (v == null) {
      return null;
    }
    Value one = v.isArray() && !v.items().isEmpty() ? v.items().get(0) : v;
    if (!one.isString()) {
      expected(one, "a date and time such as 2021-04-06T17:45:00+03:00");
      return null;
    }
    String s = one.text().strip();
    String iso = s.length() > 10 && s.charAt(10) == ' ' ? s.substring(0, 10) + "T" + s.substring(11) : s;
    Matcher m = OFFSET_NO_COLON.matcher(iso);
    if (iso.length() > 19 && m.find() && iso.charAt(m.start() - 1) != ':') {
      iso = iso.substring(0, m.start()) + m.group(1) + ":" + m.group(2);
    }
    try {
      ZonedDateTime t;
      if (iso.length() > 10 && HAS_OFFSET.matcher(iso).find()) {
        OffsetDateTime odt = OffsetDateTime.parse(iso.replace('z', 'Z'), DateTimeFormatter.ISO_OFFSET_DATE_TIME);
        t = odt.toZonedDateTime();
        if (zone != null && zone.getRules().getOffset(odt.toInstant()).equals(odt.getOffset())) {
          t = odt.atZoneSameInstant(zone);
        }
      } else if (iso.length() == 10) {
        LocalDate.parse(iso);
        warn(ConversionCode.TIME_NO_OFFSET, one, "'" + s + "' is a date without a time of day, so the instant it "
            + "names cannot be known; it was left out.");
        return null;
      } else {
        LocalDateTime local = LocalDateTime.parse(iso);
        if (zone == null) {
          warn(ConversionCode.TIME_NO_OFFSET, one, "'" + s + "' has no offset from UTC, so the instant it names cannot "
              + "be known; pass the zone it was written in (there is no default). It was left out.");
          return null;
        }
        List<ZoneOffset> offsets = zone.getRules().getValidOffsets(local);
        if (offsets.size() != 1) {
          warn(ConversionCode.TIME_INVALID, one, "'" + s + "' " + (offsets.isEmpty()
              ? "falls in a daylight-saving gap" : "is ambiguous: it falls in a daylight-saving overlap")
              + " in zone '" + zone.getId() + "'; it was left out.");
          return null;
        }
        t = ZonedDateTime.ofLocal(local, zone, null);
      }
      ZonedDateTime checked = t;
      Article.builder().id(dev.newsmodel.core.ArticleId.of("x")).language(Locale.ENGLISH).headline("x")
          .status(Article.Status.DRAFT).created(checked).build();
      locations.put(fact, one.pointer());
      return t;
    } catch (DateTimeParseException e) {
      warn(ConversionCode.TIME_INVALID, one, "'" + s + "' is not a date and time such as 2021-04-06T17:45:00+03:00; "
          + "it was left out.");
    } catch (DateTimeException | InvalidValueException e) {
      warn(ConversionCode.TIME_INVALID, one, "'" + s + "' cannot be held: " + e.getMessage() + "; it was left out.");
    }
    return null;
  }

  private void contributors(@Nullable Value v, Contributor.Role role) {
    if (v == null) {
      return;
    }
    for (Value one : v.asList()) {
      Contributor c = contributor(one, role);
      if (c != null) {
        if (contributors.isEmpty()) {
          locations.put("contributors", one.pointer());
        }
        contributors.add(c);
      }
    }
  }

  private @Nullable Contributor contributor(Value one, Contributor.Role role) {
    if (one.kind() == Kind.NULL) {
      return null;
    }
    if (one.isString()) {
      String name = one.text().replaceAll("\\s+", " ").strip();
      if (name.isEmpty()) {
        return null;
      }
      if (name.startsWith("http://") || name.startsWith("https://")) {
        warn(ConversionCode.INPUT_MISSING, one, "The " + role.name().toLowerCase(Locale.ROOT) + " is only a URL, "
            + "without a name; it was left out.");
        return null;
      }
      return build(one, Contributor.builder().name(name).role(role));
    }
    if (!one.isObject()) {
      expected(one, "a Person, an Organization or a name");
      return null;
    }
    String type = type(one);
    Contributor.Builder b = Contributor.builder().role(role);
    if (type.equals("Organization") || type.endsWith("Organization") || type.equals("NewsMediaOrganization")
        || type.equals("Corporation")) {
      b.kind(Contributor.Kind.ORGANIZATION);
    } else if (!type.equals("Person") && !type.isEmpty()) {
      warn(ConversionCode.INPUT_INVALID, one, "A " + role.name().toLowerCase(Locale.ROOT) + " of type '" + type
          + "' was read as a person.");
    }
    String name = nameOf(one);
    if (name == null) {
      warn(ConversionCode.INPUT_MISSING, one, "The " + role.name().toLowerCase(Locale.ROOT) + " has no name; it was "
          + "left out.");
      return null;
    }
    b.name(name);
    Value url = one.get("url") != null ? one.get("url") : one.get("sameAs");
    if (url != null) {
      Value u = url.isArray() && !url.items().isEmpty() ? url.items().get(0) : url;
      if (u.isString()) {
        URI uri = webUrl(u);
        if (uri != null) {
          b.url(uri);
        }
      }
    }
    Value job = one.get("jobTitle");
    if (job != null && job.isString() && !job.text().isBlank()) {
      b.jobTitle(job.text().replaceAll("\\s+", " ").strip());
    }
    Value affiliation = one.get("affiliation");
    if (affiliation != null) {
      String a = affiliation.isString() ? affiliation.text().strip() : affiliation.isObject() ? nameOf(affiliation) : null;
      if (a != null && !a.isEmpty()) {
        b.affiliation(a);
      }
    }
    return build(one, b);
  }

  private @Nullable Contributor build(Value one, Contributor.Builder b) {
    try {
      return b.build();
    } catch (InvalidValueException e) {
      warn(ConversionCode.INPUT_INVALID, one, "The contributor is refused by the model: " + e.getMessage() + ".");
      return null;
    }
  }

  private @Nullable String nameOf(Value one) {
    Value name = one.get("name");
    if (name == null || (!name.isString() && !name.isArray())) {
      return null;
    }
    Value n = name.isArray() && !name.items().isEmpty() ? name.items().get(0) : name;
    if (!n.isString()) {
      return null;
    }
    String s = n.text().replaceAll("\\s+", " ").strip();
    return s.isEmpty() ? null : s;
  }

  private @Nullable Organization publisher(@Nullable Value v) {
    if (v == null) {
      return null;
    }
    List<Value> all = v.asList();
    if (all.isEmpty()) {
      return null;
    }
    Value one = all.get(0);
    for (int i = 1; i < all.size(); i++) {
      warn(ConversionCode.INPUT_IGNORED, all.get(i), "Only the first publisher is kept: the model holds one.");
    }
    String name = one.isString() ? one.text().strip() : one.isObject() ? nameOf(one) : null;
    if (name == null || name.isEmpty()) {
      warn(ConversionCode.INPUT_MISSING, one, "The publisher has no name; it was left out.");
      return null;
    }
    Organization.Builder b = Organization.builder().name(name);
    if (one.isObject()) {
      Value url = one.get("url");
      if (url != null && url.isString()) {
        URI uri = webUrl(url);
        if (uri != null) {
          b.url(uri);
        }
      }
      if (one.get("logo") != null) {
        warn(ConversionCode.INPUT_MISSING, one.get("logo"), "The publisher's logo was not carried over: schema.org "
            + "gives no alternative text, which the model requires.");
      }
    }
    try {
      Organization o = b.build();
      locations.put("publisher", one.pointer());
      return o;
    } catch (InvalidValueException e) {
      warn(ConversionCode.INPUT_INVALID, one, "The publisher is refused by the model: " + e.getMessage() + ".");
      return null;
    }
  }

  private void images(@Nullable Value v) {
    if (v == null) {
      return;
    }
    for (Value one : v.asList()) {
      Value u = one;
      if (one.isObject()) {
        u = one.get("url") != null ? one.get("url") : one.get("contentUrl") != null ? one.get("contentUrl")
            : one.get("@id");
        if (u == null) {
          warn(ConversionCode.INPUT_MISSING, one, "The image has no url; it was left out.");
          continue;
        }
      }
      if (!u.isString()) {
        expected(u, "an image URL");
        continue;
      }
      URI uri = webUrl(u);
      if (uri != null) {
        if (images.isEmpty()) {
          locations.put("images", u.pointer());
        }
        images.add(uri);
      }
    }
  }

  private void keywords(@Nullable Value v) {
    if (v == null) {
      return;
    }
    List<String> raw = new ArrayList<>();
    List<Value> where = new ArrayList<>();
    if (v.isString()) {
      for (String k : v.text().split(",")) {
        raw.add(k);
        where.add(v);
      }
    } else {
      for (Value one : v.asList()) {
        if (one.isString()) {
          raw.add(one.text());
          where.add(one);
        } else if (one.isObject() && nameOf(one) != null) {
          raw.add(nameOf(one));
          where.add(one);
        } else {
          expected(one, "a keyword");
        }
      }
    }
    for (int i = 0; i < raw.size(); i++) {
      String k = raw.get(i).replaceAll("\\s+", " ").strip();
      if (k.isEmpty()) {
        continue;
      }
      try {
        Organization.builder().name(k).build();
        keywords.add(k);
      } catch (InvalidValueException e) {
        warn(ConversionCode.INPUT_INVALID, where.get(i), "The keyword is refused by the model: it " + e.rule() + ".");
      }
    }
    if (!keywords.isEmpty()) {
      locations.put("keywords", v.pointer());
    }
  }

  private void genre(@Nullable Value v) {
    if (v != null) {
      Value one = v.isArray() && !v.items().isEmpty() ? v.items().get(0) : v;
      if (one.isString()) {
        for (Article.Genre g : Article.Genre.values()) {
          if (g.name().equalsIgnoreCase(one.text().strip())) {
            genre = g;
            locations.put("genre", one.pointer());
            return;
          }
        }
      }
      warn(ConversionCode.INPUT_IGNORED, one, "The genre '" + one.text() + "' is none of the model's (news, "
          + "analysis, opinion, editorial, feature, interview, review, obituary); it was not carried over.");
    }
    switch (type) {
      case "OpinionNewsArticle":
        genre = Article.Genre.OPINION;
        break;
      case "AnalysisNewsArticle":
        genre = Article.Genre.ANALYSIS;
        break;
      case "ReviewNewsArticle":
        genre = Article.Genre.REVIEW;
        break;
      default:
        return;
    }
    locations.put("genre", pointer + "/@type");
  }

  /** The node's schema.org type name: the first of {@code @type}, without a schema.org prefix. */
  static String type(Value node) {
    Value t = node.get("@type");
    if (t == null) {
      return "";
    }
    for (Value one : t.asList()) {
      if (one.isString()) {
        return SchemaOrgReader.localName(one.text());
      }
    }
    return "";
  }

  private void expected(Value v, String what) {
    warn(ConversionCode.INPUT_INVALID, v, "Expected " + what + ", but found " + describe(v) + "; it was left out.");
  }

  private static String describe(Value v) {
    switch (v.kind()) {
      case OBJECT:
        return "an object";
      case ARRAY:
        return "an array";
      case STRING:
        return "the text '" + (v.text().length() > 60 ? v.text().substring(0, 57) + "..." : v.text()) + "'";
      case NUMBER:
        return "the number " + v.text();
      case BOOLEAN:
        return v.text();
      default:
        return "null";
    }
  }

  private void warn(ConversionCode code, Value at, String message) {
    problems.add(ConversionProblem.warning(code, at.pointer(), message));
  }
}
