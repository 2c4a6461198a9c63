package dev.newsmodel.ninjs.internal;

import dev.newsmodel.core.Alternate;
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
import dev.newsmodel.core.SourceReference;
import dev.newsmodel.core.Teaser;
import dev.newsmodel.ninjs.internal.JsonTree.Arr;
import dev.newsmodel.ninjs.internal.JsonTree.Bool;
import dev.newsmodel.ninjs.internal.JsonTree.Node;
import dev.newsmodel.ninjs.internal.JsonTree.Num;
import dev.newsmodel.ninjs.internal.JsonTree.Obj;
import dev.newsmodel.ninjs.internal.JsonTree.Str;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;

/**
 * newsmodel's extension to ninjs: the facts ninjs has no field for, as a JSON document inside a
 * {@code descriptions} entry with the role {@value #ROLE} and the content type {@value #CONTENT_TYPE}
 * (ninjs 3.1 allows no property of its own anywhere, so a description is the one place a schema-valid
 * document can carry them). The members are written in a fixed order and read back by name; see the
 * module's README for the list.
 */
public final class Extension {
  /** The description role that marks the extension. */
  public static final String ROLE = "newsmodel-extension";
  /** The description content type of the extension. */
  public static final String CONTENT_TYPE = "application/vnd.newsmodel.ninjs-extension+json";
  /** The extension's version; a reader refuses another. */
  public static final int VERSION = 1;

  private Extension() {}

  /** A part of the extension does not have the shape this reader expects. */
  static final class ShapeException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final String pointer;

    ShapeException(String pointer, String message) {
      super(message, null, false, false);
      this.pointer = pointer;
    }

    String pointer() {
      return pointer;
    }
  }

  // ---- writing ---------------------------------------------------------------------------------

  static void string(JsonGenerator g, String name, Optional<String> value) {
    if (value.isPresent()) {
      g.writeStringProperty(name, value.get());
    }
  }

  static void url(JsonGenerator g, String name, Optional<URI> value) {
    if (value.isPresent()) {
      g.writeStringProperty(name, value.get().toString());
    }
  }

  static void time(JsonGenerator g, String name, Optional<ZonedDateTime> value) {
    if (value.isPresent()) {
      g.writeStringProperty(name, Rfc9557.format(value.get()));
    }
  }

  static void language(JsonGenerator g, String name, Optional<Locale> value) {
    if (value.isPresent()) {
      g.writeStringProperty(name, value.get().toLanguageTag());
    }
  }

  static void alternate(JsonGenerator g, Alternate a) {
    g.writeStartObject();
    g.writeStringProperty("language", a.language().toLanguageTag());
    g.writeStringProperty("url", a.url().toString());
    g.writeEndObject();
  }

  static void organization(JsonGenerator g, Organization o) {
    g.writeStartObject();
    g.writeStringProperty("name", o.name());
    url(g, "url", o.url());
    if (o.logo().isPresent()) {
      g.writeName("logo");
      image(g, o.logo().get());
    }
    g.writeEndObject();
  }

  static void byline(JsonGenerator g, Byline b) {
    g.writeStartObject();
    string(g, "text", b.text());
    g.writeArrayPropertyStart("contributors");
    for (Contributor c : b.contributors()) {
      g.writeStartObject();
      g.writeStringProperty("name", c.name());
      g.writeStringProperty("kind", c.kind().name());
      g.writeStringProperty("role", c.role().name());
      string(g, "jobTitle", c.jobTitle());
      string(g, "affiliation", c.affiliation());
      url(g, "url", c.url());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  static void dateline(JsonGenerator g, Dateline d) {
    g.writeStartObject();
    g.writeStringProperty("place", d.place());
    if (d.country().isPresent()) {
      g.writeStringProperty("country", d.country().get().value());
    }
    if (d.coordinates().isPresent()) {
      g.writeArrayPropertyStart("coordinates");
      g.writeNumber(d.coordinates().get().latitude());
      g.writeNumber(d.coordinates().get().longitude());
      g.writeEndArray();
    }
    g.writeStringProperty("time", Rfc9557.format(d.time()));
    g.writeEndObject();
  }

  static void source(JsonGenerator g, SourceReference s) {
    g.writeStartObject();
    g.writeStringProperty("relation", s.relation().name());
    g.writeStringProperty("outlet", s.outlet());
    url(g, "url", s.url());
    string(g, "title", s.title());
    language(g, "language", s.language());
    time(g, "published", s.published());
    g.writeEndObject();
  }

  static void disclaimer(JsonGenerator g, Disclaimer d) {
    g.writeStartObject();
    g.writeStringProperty("kind", d.kind().name());
    g.writeStringProperty("text", d.text());
    language(g, "language", d.language());
    if (d.jurisdiction().isPresent()) {
      g.writeStringProperty("jurisdiction", d.jurisdiction().get().value());
    }
    string(g, "legalBasis", d.legalBasis());
    g.writeStringProperty("placement", d.placement().name());
    g.writeBooleanProperty("verbatim", d.verbatim());
    g.writeEndObject();
  }

  static void correction(JsonGenerator g, Correction c) {
    g.writeStartObject();
    g.writeStringProperty("date", Rfc9557.format(c.date()));
    g.writeStringProperty("kind", c.kind().name());
    g.writeStringProperty("text", c.text());
    g.writeEndObject();
  }

  static void teaser(JsonGenerator g, Teaser t) {
    g.writeStartObject();
    g.writeStringProperty("headline", t.headline());
    url(g, "url", t.url());
    g.writeStringProperty("published", Rfc9557.format(t.published()));
    string(g, "summary", t.summary());
    if (t.image().isPresent()) {
      g.writeName("image");
      image(g, t.image().get());
    }
    language(g, "language", t.language());
    g.writeEndObject();
  }

  static void license(JsonGenerator g, License l) {
    g.writeStartObject();
    string(g, "spdxId", l.spdxId());
    string(g, "name", l.name());
    url(g, "url", l.url());
    g.writeEndObject();
  }

  static void image(JsonGenerator g, Image i) {
    g.writeStartObject();
    g.writeStringProperty("url", i.url().toString());
    string(g, "alt", i.alt());
    g.writeBooleanProperty("decorative", i.decorative());
    string(g, "caption", i.caption());
    if (i.width().isPresent()) {
      g.writeNumberProperty("width", i.width().getAsInt());
    }
    if (i.height().isPresent()) {
      g.writeNumberProperty("height", i.height().getAsInt());
    }
    g.writeArrayPropertyStart("renditions");
    for (ImageRendition r : i.renditions()) {
      g.writeStartObject();
      g.writeStringProperty("url", r.url().toString());
      g.writeNumberProperty("width", r.width());
      g.writeEndObject();
    }
    g.writeEndArray();
    if (i.attribution().isPresent()) {
      Attribution a = i.attribution().get();
      g.writeObjectPropertyStart("attribution");
      string(g, "creator", a.creator());
      string(g, "creditLine", a.creditLine());
      url(g, "sourceUrl", a.sourceUrl());
      string(g, "copyrightHolder", a.copyrightHolder());
      string(g, "copyrightNotice", a.copyrightNotice());
      if (a.license().isPresent()) {
        g.writeName("license");
        license(g, a.license().get());
      }
      url(g, "acquireLicenseUrl", a.acquireLicenseUrl());
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  // ---- reading ---------------------------------------------------------------------------------
  // Every reader throws ShapeException for a shape it does not expect, and lets the model's own
  // InvalidValueException through for a value that breaks a rule; the caller turns both into a problem.

  static Obj obj(@Nullable Node n, String pointer) {
    if (n instanceof Obj) {
      return (Obj) n;
    }
    throw new ShapeException(pointer, "expected an object, found " + (n == null ? "nothing" : n.describe()));
  }

  static List<Node> arr(Obj o, String name) {
    Node n = o.get(name);
    if (n == null) {
      return List.of();
    }
    if (n instanceof Arr) {
      return ((Arr) n).items();
    }
    throw new ShapeException(o.pointerOf(name), "expected an array, found " + n.describe());
  }

  static Optional<String> optString(Obj o, String name) {
    Node n = o.get(name);
    if (n == null) {
      return Optional.empty();
    }
    if (n instanceof Str) {
      return Optional.of(((Str) n).value());
    }
    throw new ShapeException(o.pointerOf(name), "expected a string, found " + n.describe());
  }

  static String reqString(Obj o, String name) {
    return optString(o, name).orElseThrow(() -> new ShapeException(o.pointerOf(name), "is required"));
  }

  static Optional<Integer> optInt(Obj o, String name) {
    Node n = o.get(name);
    if (n == null) {
      return Optional.empty();
    }
    if (n instanceof Num && ((Num) n).intValue().isPresent()) {
      return ((Num) n).intValue();
    }
    throw new ShapeException(o.pointerOf(name), "expected an integer, found " + n.describe());
  }

  static boolean bool(Obj o, String name) {
    Node n = o.get(name);
    if (n == null) {
      return false;
    }
    if (n instanceof Bool) {
      return ((Bool) n).value();
    }
    throw new ShapeException(o.pointerOf(name), "expected true or false, found " + n.describe());
  }

  static Optional<URI> optUrl(Obj o, String name) {
    Optional<String> s = optString(o, name);
    if (s.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(new URI(s.get()));
    } catch (URISyntaxException e) {
      throw new ShapeException(o.pointerOf(name), "expected a URL, found '" + s.get() + "'");
    }
  }

  static Optional<ZonedDateTime> optTime(Obj o, String name) {
    Optional<String> s = optString(o, name);
    if (s.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(Rfc9557.parse(s.get()));
    } catch (java.time.DateTimeException e) {
      throw new ShapeException(o.pointerOf(name), e.getMessage());
    }
  }

  static Optional<Locale> optLanguage(Obj o, String name) {
    return optString(o, name).map(Locale::forLanguageTag);
  }

  static <E extends Enum<E>> E enumValue(Obj o, String name, Class<E> type) {
    String s = reqString(o, name);
    try {
      return Enum.valueOf(type, s);
    } catch (IllegalArgumentException e) {
      throw new ShapeException(o.pointerOf(name), "'" + s + "' is not a " + type.getSimpleName());
    }
  }

  static <T> List<T> list(Obj o, String name, Function<Obj, T> read) {
    List<T> out = new ArrayList<>();
    for (Node n : arr(o, name)) {
      out.add(read.apply(obj(n, n.pointer())));
    }
    return out;
  }

  static Alternate readAlternate(Obj o) {
    return Alternate.of(Locale.forLanguageTag(reqString(o, "language")),
        optUrl(o, "url").orElseThrow(() -> new ShapeException(o.pointerOf("url"), "is required")));
  }

  static Organization readOrganization(Obj o) {
    Organization.Builder b = Organization.builder().name(reqString(o, "name")).url(optUrl(o, "url"));
    if (o.get("logo") != null) {
      b.logo(readImage(obj(o.get("logo"), o.pointerOf("logo"))));
    }
    return b.build();
  }

  static Byline readByline(Obj o) {
    Byline.Builder b = Byline.builder().text(optString(o, "text"));
    for (Node n : arr(o, "contributors")) {
      Obj c = obj(n, n.pointer());
      b.addContributors(Contributor.builder()
          .name(reqString(c, "name"))
          .kind(enumValue(c, "kind", Contributor.Kind.class))
          .role(enumValue(c, "role", Contributor.Role.class))
          .jobTitle(optString(c, "jobTitle"))
          .affiliation(optString(c, "affiliation"))
          .url(optUrl(c, "url"))
          .build());
    }
    return b.build();
  }

  static Dateline readDateline(Obj o) {
    Dateline.Builder b = Dateline.builder().place(reqString(o, "place"))
        .time(optTime(o, "time").orElseThrow(() -> new ShapeException(o.pointerOf("time"), "is required")));
    optString(o, "country").ifPresent(c -> b.country(CountryCode.of(c)));
    List<Node> coordinates = arr(o, "coordinates");
    if (!coordinates.isEmpty()) {
      if (coordinates.size() != 2 || !(coordinates.get(0) instanceof Num) || !(coordinates.get(1) instanceof Num)) {
        throw new ShapeException(o.pointerOf("coordinates"), "expected [latitude, longitude]");
      }
      b.coordinates(GeoPoint.of(((Num) coordinates.get(0)).doubleValue(), ((Num) coordinates.get(1)).doubleValue()));
    }
    return b.build();
  }

  static SourceReference readSource(Obj o) {
    return SourceReference.builder()
        .relation(enumValue(o, "relation", SourceReference.Relation.class))
        .outlet(reqString(o, "outlet"))
        .url(optUrl(o, "url"))
        .title(optString(o, "title"))
        .language(optLanguage(o, "language"))
        .published(optTime(o, "published"))
        .build();
  }

  static Disclaimer readDisclaimer(Obj o) {
    Disclaimer.Builder b = Disclaimer.builder()
        .kind(enumValue(o, "kind", Disclaimer.Kind.class))
        .text(reqString(o, "text"))
        .language(optLanguage(o, "language"))
        .legalBasis(optString(o, "legalBasis"))
        .placement(enumValue(o, "placement", Disclaimer.Placement.class))
        .verbatim(bool(o, "verbatim"));
    optString(o, "jurisdiction").ifPresent(j -> b.jurisdiction(CountryCode.of(j)));
    return b.build();
  }

  static Correction readCorrection(Obj o) {
    return Correction.of(
        optTime(o, "date").orElseThrow(() -> new ShapeException(o.pointerOf("date"), "is required")),
        enumValue(o, "kind", Correction.Kind.class), reqString(o, "text"));
  }

  static Teaser readTeaser(Obj o) {
    Teaser.Builder b = Teaser.builder()
        .headline(reqString(o, "headline"))
        .url(optUrl(o, "url"))
        .published(optTime(o, "published")
            .orElseThrow(() -> new ShapeException(o.pointerOf("published"), "is required")))
        .summary(optString(o, "summary"))
        .language(optLanguage(o, "language"));
    if (o.get("image") != null) {
      b.image(readImage(obj(o.get("image"), o.pointerOf("image"))));
    }
    return b.build();
  }

  static License readLicense(Obj o) {
    return License.builder().spdxId(optString(o, "spdxId")).name(optString(o, "name")).url(optUrl(o, "url"))
        .build();
  }

  static Image readImage(Obj o) {
    Image.Builder b = Image.builder()
        .url(optUrl(o, "url").orElseThrow(() -> new ShapeException(o.pointerOf("url"), "is required")))
        .alt(optString(o, "alt"))
        .decorative(bool(o, "decorative"))
        .caption(optString(o, "caption"));
    optInt(o, "width").ifPresent(b::width);
    optInt(o, "height").ifPresent(b::height);
    for (Node n : arr(o, "renditions")) {
      Obj r = obj(n, n.pointer());
      b.addRenditions(ImageRendition.of(
          optUrl(r, "url").orElseThrow(() -> new ShapeException(r.pointerOf("url"), "is required")),
          optInt(r, "width").orElseThrow(() -> new ShapeException(r.pointerOf("width"), "is required"))));
    }
    if (o.get("attribution") != null) {
      Obj a = obj(o.get("attribution"), o.pointerOf("attribution"));
      Attribution.Builder ab = Attribution.builder()
          .creator(optString(a, "creator"))
          .creditLine(optString(a, "creditLine"))
          .sourceUrl(optUrl(a, "sourceUrl"))
          .copyrightHolder(optString(a, "copyrightHolder"))
          .copyrightNotice(optString(a, "copyrightNotice"))
          .acquireLicenseUrl(optUrl(a, "acquireLicenseUrl"));
      if (a.get("license") != null) {
        ab.license(readLicense(obj(a.get("license"), a.pointerOf("license"))));
      }
      b.attribution(ab.build());
    }
    return b.build();
  }
}
