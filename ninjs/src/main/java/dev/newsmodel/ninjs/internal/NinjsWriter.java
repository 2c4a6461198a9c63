package dev.newsmodel.ninjs.internal;

import dev.newsmodel.core.Article;
import dev.newsmodel.core.Attribution;
import dev.newsmodel.core.Byline;
import dev.newsmodel.core.Contributor;
import dev.newsmodel.core.Dateline;
import dev.newsmodel.core.Image;
import dev.newsmodel.core.ImageRendition;
import dev.newsmodel.core.License;
import dev.newsmodel.core.Rfc9557;
import dev.newsmodel.core.Rights;
import dev.newsmodel.core.SourceReference;
import dev.newsmodel.core.body.Block;
import dev.newsmodel.core.body.ImageBlock;
import dev.newsmodel.core.convert.ConversionProblem;
import java.io.StringWriter;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.StringJoiner;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;

/**
 * Writes an article as a ninjs 3.1 text item; see the module's README for the field-by-field mapping.
 * The output is the same bytes for the same article on every machine: members in a fixed order, two-space
 * indentation with line feeds, numbers by Jackson's own double writer.
 */
public final class NinjsWriter {
  /** The {@code uri} prefix of an article exported by newsmodel; its id follows, percent-encoded. */
  public static final String URI_PREFIX = "urn:newsmodel:article:";
  /** The schema a written document names in {@code standard.schema}. */
  public static final String SCHEMA = "http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json#";
  /** The association name of the lead image. */
  public static final String LEAD_IMAGE = "lead-image";
  /** The association name prefix of body images, followed by their position in the body (from 1). */
  public static final String BODY_IMAGE = "body-image-";

  private static final JsonFactory FACTORY = JsonFactory.builder()
      .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
      .build();

  private static final ObjectWriteContext PRETTY = new ObjectWriteContext.Base() {
    @Override
    public PrettyPrinter getPrettyPrinter() {
      DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
      return new DefaultPrettyPrinter(Separators.createDefaultInstance()
          .withObjectNameValueSpacing(Separators.Spacing.AFTER))
          .withObjectIndenter(indenter).withArrayIndenter(indenter);
    }

    @Override
    public boolean hasPrettyPrinter() {
      return true;
    }
  };

  private NinjsWriter() {}

  /**
   * Writes an article.
   *
   * @param article the article, not null
   * @param lost receives an {@code export.lost} warning for each fact the document cannot hold, not null
   * @return the ninjs document, ending in a line feed, not null
   */
  public static String write(Article article, List<ConversionProblem> lost) {
    StringWriter out = new StringWriter(4096);
    try (JsonGenerator g = FACTORY.createGenerator(PRETTY, out)) {
      item(g, article, lost);
    }
    return out.append('\n').toString();
  }

  /**
   * Returns the {@code uri} of an article: {@value #URI_PREFIX} and its id, every character outside
   * RFC 3986's unreserved set percent-encoded as UTF-8.
   *
   * @param id the article id, not null
   * @return the URI, not null
   */
  public static String uri(String id) {
    StringBuilder out = new StringBuilder(URI_PREFIX);
    byte[] bytes = id.getBytes(java.nio.charset.StandardCharsets.UTF_8);
    for (byte b : bytes) {
      int c = b & 0xff;
      if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
          || c == '_' || c == '~') {
        out.append((char) c);
      } else {
        out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
    return out.toString();
  }

  /**
   * Writes a time's instant and offset, to the nanosecond, without its zone (ninjs has no place for it);
   * a time whose offset has seconds (local mean time) in UTC, since RFC 3339 offsets have none.
   */
  static String instant(ZonedDateTime time) {
    ZoneOffset offset = time.getOffset().getTotalSeconds() % 60 == 0 ? time.getOffset() : ZoneOffset.UTC;
    return Rfc9557.format(time.withZoneSameInstant(offset));
  }

  private static void item(JsonGenerator g, Article a, List<ConversionProblem> lost) {
    g.writeStartObject();
    g.writeStringProperty("uri", uri(a.id().value()));
    g.writeObjectPropertyStart("standard");
    g.writeStringProperty("name", "ninjs");
    g.writeStringProperty("version", "3.1");
    g.writeStringProperty("schema", SCHEMA);
    g.writeEndObject();
    g.writeStringProperty("type", "text");
    g.writeStringProperty("representationType", "full");
    g.writeStringProperty("version", Integer.toString(a.revision()));
    time(g, "firstCreated", a.published());
    time(g, "versionCreated", a.modified().or(a::published));
    time(g, "contentCreated", a.created());
    time(g, "embargoedUntil", a.embargo());
    g.writeStringProperty("pubStatus", pubStatus(a.status()));
    Optional<Rights> rights = a.rights();
    Extension.string(g, "copyrightHolder", rights.flatMap(Rights::copyrightHolder));
    Extension.string(g, "copyrightNotice", rights.flatMap(Rights::copyrightNotice));
    Extension.string(g, "usageTerms", rights.flatMap(Rights::license).map(NinjsWriter::usageTerms));
    g.writeStringProperty("language", a.language().toLanguageTag());
    descriptions(g, a);
    bodies(g, a.body(), lost);
    headlines(g, a);
    people(g, a);
    organisations(g, a);
    places(g, a);
    subjects(g, a);
    genres(g, a);
    infoSources(g, a.sources());
    by(g, a.bylines());
    if (a.dateline().isPresent()) {
      g.writeStringProperty("located", a.dateline().get().place());
    }
    associations(g, a);
    if (a.canonicalUrl().isPresent()) {
      g.writeArrayPropertyStart("altIds");
      g.writeStartObject();
      g.writeStringProperty("role", "canonical-url");
      g.writeStringProperty("value", a.canonicalUrl().get().toString());
      g.writeEndObject();
      g.writeEndArray();
    }
    rightsInfo(g, rights.flatMap(Rights::license));
    g.writeEndObject();
  }

  static String pubStatus(Article.Status status) {
    switch (status) {
      case PUBLISHED:
        return "usable";
      case WITHDRAWN:
        return "canceled";
      default:
        return "withheld";
    }
  }

  /** The licence as usage terms a reader understands: its name, else its SPDX id. */
  static String usageTerms(License l) {
    return l.name().or(l::spdxId).orElseThrow();
  }

  private static void time(JsonGenerator g, String name, Optional<ZonedDateTime> value) {
    if (value.isPresent()) {
      g.writeStringProperty(name, instant(value.get()));
    }
  }

  private static void descriptions(JsonGenerator g, Article a) {
    g.writeArrayPropertyStart("descriptions");
    if (a.summary().isPresent()) {
      description(g, "summary", "text/plain", a.summary().get());
    }
    description(g, Extension.ROLE, Extension.CONTENT_TYPE, extension(a));
    g.writeEndArray();
  }

  private static void description(JsonGenerator g, String role, String contentType, String value) {
    g.writeStartObject();
    g.writeStringProperty("role", role);
    g.writeStringProperty("contentType", contentType);
    g.writeStringProperty("value", value);
    g.writeEndObject();
  }

  private static void bodies(JsonGenerator g, List<Block> body, List<ConversionProblem> lost) {
    if (body.isEmpty()) {
      return;
    }
    g.writeArrayPropertyStart("bodies");
    g.writeStartObject();
    g.writeStringProperty("role", "main");
    g.writeStringProperty("contentType", "text/html");
    g.writeStringProperty("value", BodyText.html(body, lost));
    g.writeEndObject();
    String plain = BodyText.plain(body);
    if (!plain.isEmpty()) {
      g.writeStartObject();
      g.writeStringProperty("role", "main");
      g.writeStringProperty("contentType", "text/plain");
      g.writeNumberProperty("charCount", plain.codePointCount(0, plain.length()));
      g.writeStringProperty("value", plain);
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void headlines(JsonGenerator g, Article a) {
    g.writeArrayPropertyStart("headlines");
    headline(g, "main", a.headline());
    if (a.alternativeHeadline().isPresent()) {
      headline(g, "alternative", a.alternativeHeadline().get());
    }
    if (a.kicker().isPresent()) {
      headline(g, "kicker", a.kicker().get());
    }
    g.writeEndArray();
  }

  private static void headline(JsonGenerator g, String role, String value) {
    g.writeStartObject();
    g.writeStringProperty("role", role);
    g.writeStringProperty("contentType", "text/plain");
    g.writeStringProperty("value", value);
    g.writeEndObject();
  }

  /** A contributor role as ninjs's {@code rel}, such as {@code photographer}. */
  static String rel(Contributor.Role role) {
    return role.name().toLowerCase(Locale.ROOT);
  }

  private static void people(JsonGenerator g, Article a) {
    List<Contributor> people = contributors(a, Contributor.Kind.PERSON);
    if (people.isEmpty()) {
      return;
    }
    g.writeArrayPropertyStart("people");
    for (Contributor c : people) {
      party(g, c);
    }
    g.writeEndArray();
  }

  private static void party(JsonGenerator g, Contributor c) {
    g.writeStartObject();
    g.writeStringProperty("name", c.name());
    g.writeStringProperty("rel", rel(c.role()));
    Extension.url(g, "uri", c.url());
    g.writeEndObject();
  }

  private static List<Contributor> contributors(Article a, Contributor.Kind kind) {
    List<Contributor> out = new ArrayList<>();
    for (Byline b : a.bylines()) {
      for (Contributor c : b.contributors()) {
        if (c.kind() == kind) {
          out.add(c);
        }
      }
    }
    return out;
  }

  private static void organisations(JsonGenerator g, Article a) {
    List<Contributor> organisations = contributors(a, Contributor.Kind.ORGANIZATION);
    if (organisations.isEmpty() && a.publisher().isEmpty()) {
      return;
    }
    g.writeArrayPropertyStart("organisations");
    if (a.publisher().isPresent()) {
      g.writeStartObject();
      g.writeStringProperty("name", a.publisher().get().name());
      g.writeStringProperty("rel", "publisher");
      Extension.url(g, "uri", a.publisher().get().url());
      g.writeEndObject();
    }
    for (Contributor c : organisations) {
      party(g, c);
    }
    g.writeEndArray();
  }

  private static void places(JsonGenerator g, Article a) {
    if (a.dateline().isEmpty()) {
      return;
    }
    Dateline d = a.dateline().get();
    g.writeArrayPropertyStart("places");
    g.writeStartObject();
    g.writeStringProperty("name", d.place());
    g.writeStringProperty("rel", "dateline");
    if (d.country().isPresent()) {
      g.writeStringProperty("uri", "http://cvx.iptc.org/iso3166-1a2/" + d.country().get().value().toLowerCase(Locale.ROOT));
    }
    if (d.coordinates().isPresent()) {
      g.writeObjectPropertyStart("geoJSON");
      g.writeStringProperty("type", "Point");
      g.writeArrayPropertyStart("coordinates");
      g.writeNumber(d.coordinates().get().longitude());
      g.writeNumber(d.coordinates().get().latitude());
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndObject();
    g.writeEndArray();
  }

  private static void subjects(JsonGenerator g, Article a) {
    if (a.section().isEmpty() && a.keywords().isEmpty()) {
      return;
    }
    g.writeArrayPropertyStart("subjects");
    if (a.section().isPresent()) {
      subject(g, a.section().get(), "section");
    }
    for (String keyword : a.keywords()) {
      subject(g, keyword, "keyword");
    }
    g.writeEndArray();
  }

  private static void subject(JsonGenerator g, String name, String rel) {
    g.writeStartObject();
    g.writeStringProperty("name", name);
    g.writeStringProperty("rel", rel);
    g.writeEndObject();
  }

  private static void genres(JsonGenerator g, Article a) {
    if (a.genre().isEmpty()) {
      return;
    }
    g.writeArrayPropertyStart("genres");
    g.writeStartObject();
    g.writeStringProperty("name", a.genre().get().name().toLowerCase(Locale.ROOT));
    g.writeStringProperty("literal", a.genre().get().name());
    g.writeEndObject();
    g.writeEndArray();
  }

  /** A source relation as an info source's {@code role}, such as {@code translation-of}. */
  static String role(SourceReference.Relation relation) {
    return relation.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static void infoSources(JsonGenerator g, List<SourceReference> sources) {
    if (sources.isEmpty()) {
      return;
    }
    g.writeArrayPropertyStart("infoSources");
    for (SourceReference s : sources) {
      g.writeStartObject();
      g.writeStringProperty("name", s.outlet());
      g.writeStringProperty("role", role(s.relation()));
      Extension.url(g, "uri", s.url());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  /** The byline as printed: each byline's text, else its contributors' names; bylines apart by "; ". */
  static Optional<String> byText(List<Byline> bylines) {
    StringJoiner all = new StringJoiner("; ");
    for (Byline b : bylines) {
      if (b.text().isPresent()) {
        all.add(b.text().get());
      } else {
        StringJoiner names = new StringJoiner(", ");
        b.contributors().forEach(c -> names.add(c.name()));
        all.add(names.toString());
      }
    }
    return all.length() == 0 ? Optional.empty() : Optional.of(all.toString());
  }

  private static void by(JsonGenerator g, List<Byline> bylines) {
    Extension.string(g, "by", byText(bylines));
  }

  private static void associations(JsonGenerator g, Article a) {
    List<Block> body = a.body();
    boolean any = a.leadImage().isPresent() || body.stream().anyMatch(b -> b instanceof ImageBlock);
    if (!any) {
      return;
    }
    g.writeArrayPropertyStart("associations");
    if (a.leadImage().isPresent()) {
      picture(g, LEAD_IMAGE, "lead", a.leadImage().get());
    }
    for (int i = 0; i < body.size(); i++) {
      if (body.get(i) instanceof ImageBlock) {
        picture(g, BODY_IMAGE + (i + 1), "body", ((ImageBlock) body.get(i)).image());
      }
    }
    g.writeEndArray();
  }

  private static void picture(JsonGenerator g, String name, String rel, Image image) {
    Optional<Attribution> attribution = image.attribution();
    g.writeStartObject();
    g.writeStringProperty("name", name);
    g.writeStringProperty("rel", rel);
    g.writeStringProperty("uri", image.url().toString());
    g.writeStringProperty("type", "picture");
    Extension.string(g, "copyrightHolder", attribution.flatMap(Attribution::copyrightHolder));
    Extension.string(g, "copyrightNotice", attribution.flatMap(Attribution::copyrightNotice));
    Extension.string(g, "usageTerms", attribution.flatMap(Attribution::license).map(NinjsWriter::usageTerms));
    g.writeArrayPropertyStart("descriptions");
    if (image.alt().isPresent()) {
      description(g, "alt", "text/plain", image.alt().get());
    }
    if (image.caption().isPresent()) {
      description(g, "caption", "text/plain", image.caption().get());
    }
    description(g, Extension.ROLE, Extension.CONTENT_TYPE, imageExtension(image));
    g.writeEndArray();
    Extension.string(g, "by", attribution.flatMap(Attribution::creditLine).or(
        () -> attribution.flatMap(Attribution::creator)));
    g.writeArrayPropertyStart("renditions");
    g.writeStartObject();
    g.writeStringProperty("name", "original");
    g.writeStringProperty("href", image.url().toString());
    if (image.width().isPresent()) {
      g.writeNumberProperty("width", image.width().getAsInt());
    }
    if (image.height().isPresent()) {
      g.writeNumberProperty("height", image.height().getAsInt());
    }
    g.writeEndObject();
    for (ImageRendition r : image.renditions()) {
      g.writeStartObject();
      g.writeStringProperty("name", "w" + r.width());
      g.writeStringProperty("href", r.url().toString());
      g.writeNumberProperty("width", r.width());
      g.writeEndObject();
    }
    g.writeEndArray();
    rightsInfo(g, attribution.flatMap(Attribution::license));
    g.writeEndObject();
  }

  private static void rightsInfo(JsonGenerator g, Optional<License> license) {
    if (license.isPresent() && license.get().url().isPresent()) {
      g.writeObjectPropertyStart("rightsInfo");
      g.writeStringProperty("linkedRights", license.get().url().get().toString());
      g.writeEndObject();
    }
  }

  // ---- the extension ---------------------------------------------------------------------------

  private static String extension(Article a) {
    StringWriter out = new StringWriter(1024);
    try (JsonGenerator g = FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
      g.writeStartObject();
      g.writeNumberProperty("version", Extension.VERSION);
      g.writeObjectPropertyStart("times");
      Extension.time(g, "created", a.created());
      Extension.time(g, "published", a.published());
      Extension.time(g, "modified", a.modified());
      Extension.time(g, "embargo", a.embargo());
      g.writeEndObject();
      if (!a.alternates().isEmpty()) {
        g.writeArrayPropertyStart("alternates");
        a.alternates().forEach(x -> Extension.alternate(g, x));
        g.writeEndArray();
      }
      if (a.publisher().isPresent()) {
        g.writeName("publisher");
        Extension.organization(g, a.publisher().get());
      }
      if (!a.bylines().isEmpty()) {
        g.writeArrayPropertyStart("bylines");
        a.bylines().forEach(x -> Extension.byline(g, x));
        g.writeEndArray();
      }
      if (a.dateline().isPresent()) {
        g.writeName("dateline");
        Extension.dateline(g, a.dateline().get());
      }
      if (!a.sources().isEmpty()) {
        g.writeArrayPropertyStart("sources");
        a.sources().forEach(x -> Extension.source(g, x));
        g.writeEndArray();
      }
      if (!a.disclaimers().isEmpty()) {
        g.writeArrayPropertyStart("disclaimers");
        a.disclaimers().forEach(x -> Extension.disclaimer(g, x));
        g.writeEndArray();
      }
      if (!a.corrections().isEmpty()) {
        g.writeArrayPropertyStart("corrections");
        a.corrections().forEach(x -> Extension.correction(g, x));
        g.writeEndArray();
      }
      if (!a.related().isEmpty()) {
        g.writeArrayPropertyStart("related");
        a.related().forEach(x -> Extension.teaser(g, x));
        g.writeEndArray();
      }
      if (a.rights().flatMap(Rights::license).isPresent()) {
        g.writeName("license");
        Extension.license(g, a.rights().get().license().get());
      }
      g.writeEndObject();
    }
    return out.toString();
  }

  private static String imageExtension(Image image) {
    StringWriter out = new StringWriter(512);
    try (JsonGenerator g = FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
      g.writeStartObject();
      g.writeNumberProperty("version", Extension.VERSION);
      g.writeName("image");
      Extension.image(g, image);
      g.writeEndObject();
    }
    return out.toString();
  }
}
