package dev.newsmodel.jsonld;

import dev.newsmodel.core.Article;
import dev.newsmodel.core.Attribution;
import dev.newsmodel.core.Byline;
import dev.newsmodel.core.Contributor;
import dev.newsmodel.core.Correction;
import dev.newsmodel.core.Dateline;
import dev.newsmodel.core.GeoPoint;
import dev.newsmodel.core.Image;
import dev.newsmodel.core.License;
import dev.newsmodel.core.Organization;
import dev.newsmodel.core.Rfc9557;
import dev.newsmodel.core.Rights;
import dev.newsmodel.core.SourceReference;
import dev.newsmodel.core.convert.Conversion;
import dev.newsmodel.core.convert.ConversionCode;
import dev.newsmodel.core.convert.ConversionProblem;
import java.io.StringWriter;
import java.net.URI;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.SerializableString;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonWriteFeature;

/**
 * Schema.org {@code NewsArticle} JSON-LD for an article, such as
 * {@code {"@context":"https://schema.org","@type":"NewsArticle","headline":"Baku and Yerevan analysts …"}},
 * ready to embed in a page's {@code <script type="application/ld+json">} element.
 *
 * <p>The text is compact (no spaces or line breaks between tokens) and deterministic: the same article
 * gives the same characters on any machine, in any default locale or time zone. Properties come in a
 * fixed order and absent values are left out. Times are RFC 3339 date-times with their offset, such as
 * {@code 2021-04-06T17:45:00+03:00}, since schema.org's {@code DateTime} has no place for the IANA zone;
 * they are written by {@link Rfc9557#formatRfc3339}, as the HTML renderer writes them, so a page's
 * {@code <time datetime>}, Open Graph and JSON-LD name an instant the same way.
 *
 * <p>The text is safe to embed as is: the characters {@code <}, {@code >} and {@code &}, and the line
 * separators U+2028 and U+2029, are always written as {@code &#92;u} escapes, so no article text can close
 * the script element ({@code </script>}), open an HTML comment ({@code <!--}) or break a JavaScript
 * parser. Other non-ASCII characters are written as they are, so the text stays readable; the result
 * must be written to the page in a Unicode encoding such as UTF-8.
 *
 * <p>How the model maps to schema.org:
 * <ul>
 *   <li>{@code headline}, {@code alternativeHeadline}, {@code description} (the summary),
 *       {@code inLanguage} (BCP 47), {@code identifier} (the article id), {@code url} and
 *       {@code mainEntityOfPage} (the canonical URL), {@code dateCreated}, {@code datePublished},
 *       {@code dateModified}, {@code articleSection}, {@code keywords}, {@code genre} (lower case,
 *       such as {@code news});
 *   <li>contributors by role: authors and correspondents as {@code author}, editors as {@code editor},
 *       translators as {@code translator}, everyone else as {@code contributor}; each a {@code Person}
 *       or {@code Organization} with {@code name}, {@code jobTitle}, {@code url} and
 *       {@code affiliation} (an {@code Organization});
 *   <li>{@code publisher}: an {@code Organization} with {@code name}, {@code url} and {@code logo}
 *       (an {@code ImageObject});
 *   <li>{@code image}: the lead image as an {@code ImageObject} with {@code url}, {@code caption},
 *       {@code width}, {@code height} and, from its attribution, {@code creator} (a {@code Person}),
 *       {@code creditText}, {@code copyrightHolder} (an {@code Organization}), {@code copyrightNotice},
 *       {@code license} (the licence URL, or the SPDX page for an SPDX id without URL) and
 *       {@code acquireLicensePage};
 *   <li>{@code dateline}: the place as printed and the local date, such as {@code SHUSHA, 2021-04-06};
 *       {@code contentLocation}: a {@code Place} with {@code name}, {@code address} (its country) and
 *       {@code geo} ({@code GeoCoordinates});
 *   <li>sources by relation: {@code translationOfWork} for translations, {@code isBasedOn} for
 *       "based on", "originally published at" and "syndicated from", {@code citation} for "cites"; each a
 *       {@code CreativeWork} with {@code name} (the title), {@code url}, {@code inLanguage},
 *       {@code datePublished} and {@code publisher} (the outlet);
 *   <li>{@code correction}: a {@code CorrectionComment} per correction, with {@code datePublished} and
 *       {@code text};
 *   <li>from the rights: {@code copyrightHolder} (an {@code Organization}), {@code copyrightNotice} and
 *       {@code license}.
 * </ul>
 * Properties that can hold several values ({@code author}, {@code keywords}, {@code citation} …) are
 * always written as arrays, even with one value.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SchemaOrgJsonLd {
  private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE;

  private static final JsonFactory FACTORY = JsonFactory.builder()
      .characterEscapes(new ScriptSafeEscapes())
      .disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
      .enable(JsonWriteFeature.WRITE_HEX_UPPER_CASE)
      // Jackson's own double writer: the same digits on every JDK (Double.toString changed in JDK 19).
      .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
      .build();

  private SchemaOrgJsonLd() {}

  /**
   * Returns the article as schema.org {@code NewsArticle} JSON-LD, such as
   * {@code {"@context":"https://schema.org","@type":"NewsArticle","headline":"…",…}}.
   *
   * @param article the article, not null
   * @return compact JSON-LD text that is safe to place inside an HTML {@code <script>} element and
   *     never contains a raw {@code <}, {@code >}, {@code &}, U+2028 or U+2029, not null
   */
  public static String newsArticle(Article article) {
    Objects.requireNonNull(article, "article");
    StringWriter out = new StringWriter(2048);
    try (JsonGenerator g = FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
      writeArticle(g, article);
    }
    return out.toString();
  }

  /**
   * Returns the article as {@link #newsArticle} does, with a warning ({@code export.lost}, at the
   * attribute's path) for each fact that schema.org JSON-LD, as written here, does not hold: the body
   * (a page carries it in its markup), the kicker, alternates, the embargo, related articles,
   * disclaimers, a status other than published, and a byline's printed text. This is what {@code
   * newsmodel convert --to jsonld} reports; json-ld/README.md's table lists every field.
   *
   * @param article the article, not null
   * @return the JSON-LD with the losses, never failed
   */
  public static Conversion<String> export(Article article) {
    String text = newsArticle(article);
    List<ConversionProblem> lost = new ArrayList<>();
    if (!article.body().isEmpty()) {
      lost.add(lost("article.body", "The body (" + article.body().size() + (article.body().size() == 1 ? " block" : " blocks")
          + ") is not written: a page carries it in its markup, and JSON-LD read back has no articleBody."));
    }
    article.kicker().ifPresent(k -> lost.add(lost("article.kicker", "The kicker has no schema.org property.")));
    if (!article.alternates().isEmpty()) {
      lost.add(lost("article.alternates", "Alternate versions are not written."));
    }
    article.embargo().ifPresent(e -> lost.add(lost("article.embargo", "The embargo has no schema.org property.")));
    if (!article.related().isEmpty()) {
      lost.add(lost("article.related", "Related articles are not written."));
    }
    for (int i = 0; i < article.disclaimers().size(); i++) {
      lost.add(lost("article.disclaimers[" + i + "]", "The disclaimer, with its kind, language and jurisdiction, "
          + "has no schema.org property."));
    }
    if (article.status() != Article.Status.PUBLISHED) {
      lost.add(lost("article.status", "The status '" + article.status().name().toLowerCase(Locale.ROOT)
          + "' is not written; JSON-LD read back counts an article with datePublished as published."));
    }
    for (int i = 0; i < article.bylines().size(); i++) {
      int n = i;
      article.bylines().get(i).text().ifPresent(t -> lost.add(lost("article.bylines[" + n + "].text",
          "The byline's printed text is not written; its contributors are.")));
    }
    return Conversion.of(text, lost);
  }

  private static ConversionProblem lost(String path, String message) {
    return ConversionProblem.warning(ConversionCode.EXPORT_LOST, path, message);
  }

  private static void writeArticle(JsonGenerator g, Article a) {
    g.writeStartObject();
    g.writeStringProperty("@context", "https://schema.org");
    g.writeStringProperty("@type", "NewsArticle");
    g.writeStringProperty("identifier", a.id().value());
    g.writeStringProperty("headline", a.headline());
    optional(g, "alternativeHeadline", a.alternativeHeadline());
    optional(g, "description", a.summary());
    g.writeStringProperty("inLanguage", a.language().toLanguageTag());
    if (a.canonicalUrl().isPresent()) {
      String url = a.canonicalUrl().get().toString();
      g.writeStringProperty("url", url);
      g.writeStringProperty("mainEntityOfPage", url);
    }
    time(g, "dateCreated", a.created());
    time(g, "datePublished", a.published());
    time(g, "dateModified", a.modified());
    contributors(g, "author", a.bylines(), Contributor.Role.AUTHOR, Contributor.Role.CORRESPONDENT);
    contributors(g, "editor", a.bylines(), Contributor.Role.EDITOR);
    contributors(g, "translator", a.bylines(), Contributor.Role.TRANSLATOR);
    contributors(g, "contributor", a.bylines(), Contributor.Role.PHOTOGRAPHER, Contributor.Role.ILLUSTRATOR,
        Contributor.Role.CONTRIBUTOR);
    if (a.publisher().isPresent()) {
      g.writeName("publisher");
      organization(g, a.publisher().get());
    }
    if (a.leadImage().isPresent()) {
      g.writeName("image");
      imageObject(g, a.leadImage().get());
    }
    optional(g, "articleSection", a.section());
    if (!a.keywords().isEmpty()) {
      g.writeName("keywords");
      g.writeStartArray();
      for (String keyword : a.keywords()) {
        g.writeString(keyword);
      }
      g.writeEndArray();
    }
    if (a.genre().isPresent()) {
      g.writeStringProperty("genre", a.genre().get().name().toLowerCase(Locale.ROOT));
    }
    if (a.dateline().isPresent()) {
      dateline(g, a.dateline().get());
    }
    sources(g, "translationOfWork", a.sources(), SourceReference.Relation.TRANSLATION_OF);
    sources(g, "isBasedOn", a.sources(), SourceReference.Relation.BASED_ON,
        SourceReference.Relation.ORIGINALLY_PUBLISHED_AT, SourceReference.Relation.SYNDICATED_FROM);
    sources(g, "citation", a.sources(), SourceReference.Relation.CITES);
    if (!a.corrections().isEmpty()) {
      g.writeName("correction");
      g.writeStartArray();
      for (Correction c : a.corrections()) {
        g.writeStartObject();
        g.writeStringProperty("@type", "CorrectionComment");
        g.writeStringProperty("datePublished", Rfc9557.formatRfc3339(c.date()));
        g.writeStringProperty("text", c.text());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    if (a.rights().isPresent()) {
      Rights rights = a.rights().get();
      if (rights.copyrightHolder().isPresent()) {
        g.writeName("copyrightHolder");
        namedThing(g, "Organization", rights.copyrightHolder().get());
      }
      optional(g, "copyrightNotice", rights.copyrightNotice());
      licenseUrl(rights.license()).ifPresent(url -> g.writeStringProperty("license", url));
    }
    g.writeEndObject();
  }

  private static void contributors(JsonGenerator g, String property, List<Byline> bylines,
      Contributor.Role... roles) {
    List<Contributor> matching = new ArrayList<>();
    for (Byline byline : bylines) {
      for (Contributor c : byline.contributors()) {
        for (Contributor.Role role : roles) {
          if (c.role() == role) {
            matching.add(c);
          }
        }
      }
    }
    if (matching.isEmpty()) {
      return;
    }
    g.writeName(property);
    g.writeStartArray();
    for (Contributor c : matching) {
      g.writeStartObject();
      g.writeStringProperty("@type", c.kind() == Contributor.Kind.PERSON ? "Person" : "Organization");
      g.writeStringProperty("name", c.name());
      optional(g, "jobTitle", c.jobTitle());
      url(g, "url", c.url());
      if (c.affiliation().isPresent()) {
        g.writeName("affiliation");
        namedThing(g, "Organization", c.affiliation().get());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void organization(JsonGenerator g, Organization o) {
    g.writeStartObject();
    g.writeStringProperty("@type", "Organization");
    g.writeStringProperty("name", o.name());
    url(g, "url", o.url());
    if (o.logo().isPresent()) {
      g.writeName("logo");
      imageObject(g, o.logo().get());
    }
    g.writeEndObject();
  }

  private static void imageObject(JsonGenerator g, Image image) {
    g.writeStartObject();
    g.writeStringProperty("@type", "ImageObject");
    g.writeStringProperty("url", image.url().toString());
    optional(g, "caption", image.caption());
    if (image.width().isPresent()) {
      g.writeNumberProperty("width", image.width().getAsInt());
    }
    if (image.height().isPresent()) {
      g.writeNumberProperty("height", image.height().getAsInt());
    }
    if (image.attribution().isPresent()) {
      Attribution at = image.attribution().get();
      if (at.creator().isPresent()) {
        g.writeName("creator");
        namedThing(g, "Person", at.creator().get());
      }
      optional(g, "creditText", at.creditLine());
      if (at.copyrightHolder().isPresent()) {
        g.writeName("copyrightHolder");
        namedThing(g, "Organization", at.copyrightHolder().get());
      }
      optional(g, "copyrightNotice", at.copyrightNotice());
      licenseUrl(at.license()).ifPresent(url -> g.writeStringProperty("license", url));
      url(g, "acquireLicensePage", at.acquireLicenseUrl());
    }
    g.writeEndObject();
  }

  private static void dateline(JsonGenerator g, Dateline d) {
    g.writeStringProperty("dateline", d.place() + ", " + DATE.format(d.time()));
    g.writeName("contentLocation");
    g.writeStartObject();
    g.writeStringProperty("@type", "Place");
    g.writeStringProperty("name", d.place());
    if (d.country().isPresent()) {
      g.writeName("address");
      g.writeStartObject();
      g.writeStringProperty("@type", "PostalAddress");
      g.writeStringProperty("addressCountry", d.country().get().value());
      g.writeEndObject();
    }
    if (d.coordinates().isPresent()) {
      GeoPoint p = d.coordinates().get();
      g.writeName("geo");
      g.writeStartObject();
      g.writeStringProperty("@type", "GeoCoordinates");
      g.writeNumberProperty("latitude", p.latitude());
      g.writeNumberProperty("longitude", p.longitude());
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  private static void sources(JsonGenerator g, String property, List<SourceReference> sources,
      SourceReference.Relation... relations) {
    List<SourceReference> matching = new ArrayList<>();
    for (SourceReference s : sources) {
      for (SourceReference.Relation relation : relations) {
        if (s.relation() == relation) {
          matching.add(s);
        }
      }
    }
    if (matching.isEmpty()) {
      return;
    }
    g.writeName(property);
    g.writeStartArray();
    for (SourceReference s : matching) {
      g.writeStartObject();
      g.writeStringProperty("@type", "CreativeWork");
      optional(g, "name", s.title());
      url(g, "url", s.url());
      if (s.language().isPresent()) {
        g.writeStringProperty("inLanguage", s.language().get().toLanguageTag());
      }
      time(g, "datePublished", s.published());
      g.writeName("publisher");
      namedThing(g, "Organization", s.outlet());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void namedThing(JsonGenerator g, String type, String name) {
    g.writeStartObject();
    g.writeStringProperty("@type", type);
    g.writeStringProperty("name", name);
    g.writeEndObject();
  }

  /** The licence's own URL, else the SPDX page for its identifier, else nothing (a name is not a URL). */
  private static Optional<String> licenseUrl(Optional<License> license) {
    if (license.isEmpty()) {
      return Optional.empty();
    }
    License l = license.get();
    if (l.url().isPresent()) {
      return Optional.of(l.url().get().toString());
    }
    return l.spdxId().map(id -> "https://spdx.org/licenses/" + id + ".html");
  }

  private static void optional(JsonGenerator g, String name, Optional<String> value) {
    if (value.isPresent()) {
      g.writeStringProperty(name, value.get());
    }
  }

  private static void url(JsonGenerator g, String name, Optional<URI> value) {
    if (value.isPresent()) {
      g.writeStringProperty(name, value.get().toString());
    }
  }

  private static void time(JsonGenerator g, String name, Optional<ZonedDateTime> value) {
    if (value.isPresent()) {
      g.writeStringProperty(name, Rfc9557.formatRfc3339(value.get()));
    }
  }

  /**
   * JSON escapes that also cover what HTML's script data and JavaScript parsers treat specially:
   * {@code <}, {@code >} and {@code &} as {@code &#92;u003C}, {@code &#92;u003E} and {@code &#92;u0026}, and the
   * line separators U+2028 and U+2029.
   */
  private static final class ScriptSafeEscapes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    private static final SerializableString LINE_SEPARATOR = new SerializedString("\\u2028");
    private static final SerializableString PARAGRAPH_SEPARATOR = new SerializedString("\\u2029");

    private final int[] ascii;

    ScriptSafeEscapes() {
      ascii = CharacterEscapes.standardAsciiEscapesForJSON();
      ascii['<'] = CharacterEscapes.ESCAPE_STANDARD;
      ascii['>'] = CharacterEscapes.ESCAPE_STANDARD;
      ascii['&'] = CharacterEscapes.ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return ascii.clone();
    }

    @Override
    public @Nullable SerializableString getEscapeSequence(int ch) {
      if (ch == '\u2028') {
        return LINE_SEPARATOR;
      }
      if (ch == '\u2029') {
        return PARAGRAPH_SEPARATOR;
      }
      return null;
    }
  }
}
