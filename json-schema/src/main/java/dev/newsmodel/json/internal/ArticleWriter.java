package dev.newsmodel.json.internal;

import dev.newsmodel.core.Alternate;
import dev.newsmodel.core.Article;
import dev.newsmodel.core.Attribution;
import dev.newsmodel.core.Byline;
import dev.newsmodel.core.Contributor;
import dev.newsmodel.core.Correction;
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
import java.net.URI;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import tools.jackson.core.JsonGenerator;

/**
 * Writes the canonical JSON document of each model type with a streaming generator: properties in the
 * schema's order, absent values and empty lists left out, attributes with defaults always written,
 * enums by their {@linkplain Names JSON names}, timestamps as RFC 9557 text, languages as BCP 47 tags.
 */
public final class ArticleWriter {
  /** The schema's {@code $id}, which the writer names in {@code $schema}. */
  public static final String SCHEMA_ID = "https://newsmodel.dev/schema/article/1.json";

  private ArticleWriter() {}

  /**
   * Writes an article as one JSON object.
   *
   * @param g the generator, not null
   * @param a the article, not null
   */
  public static void article(JsonGenerator g, Article a) {
    g.writeStartObject();
    g.writeStringProperty("$schema", SCHEMA_ID);
    g.writeStringProperty("id", a.id().value());
    g.writeNumberProperty("revision", a.revision());
    g.writeStringProperty("status", Names.of(a.status()));
    g.writeStringProperty("language", a.language().toLanguageTag());
    url(g, "canonicalUrl", a.canonicalUrl());
    if (!a.alternates().isEmpty()) {
      g.writeName("alternates");
      g.writeStartArray();
      for (Alternate alt : a.alternates()) {
        alternate(g, alt);
      }
      g.writeEndArray();
    }
    g.writeStringProperty("headline", a.headline());
    string(g, "alternativeHeadline", a.alternativeHeadline());
    string(g, "kicker", a.kicker());
    string(g, "summary", a.summary());
    string(g, "section", a.section());
    if (!a.keywords().isEmpty()) {
      g.writeName("keywords");
      g.writeStartArray();
      for (String k : a.keywords()) {
        g.writeString(k);
      }
      g.writeEndArray();
    }
    if (a.genre().isPresent()) {
      g.writeStringProperty("genre", Names.of(a.genre().get()));
    }
    if (a.publisher().isPresent()) {
      g.writeName("publisher");
      organization(g, a.publisher().get());
    }
    if (!a.bylines().isEmpty()) {
      g.writeName("bylines");
      g.writeStartArray();
      for (Byline b : a.bylines()) {
        byline(g, b);
      }
      g.writeEndArray();
    }
    if (a.dateline().isPresent()) {
      g.writeName("dateline");
      dateline(g, a.dateline().get());
    }
    if (a.leadImage().isPresent()) {
      g.writeName("leadImage");
      image(g, a.leadImage().get());
    }
    time(g, "created", a.created());
    time(g, "published", a.published());
    time(g, "modified", a.modified());
    time(g, "embargo", a.embargo());
    if (!a.body().isEmpty()) {
      g.writeName("body");
      g.writeStartArray();
      for (Block b : a.body()) {
        block(g, b);
      }
      g.writeEndArray();
    }
    if (!a.sources().isEmpty()) {
      g.writeName("sources");
      g.writeStartArray();
      for (SourceReference s : a.sources()) {
        sourceReference(g, s);
      }
      g.writeEndArray();
    }
    if (!a.disclaimers().isEmpty()) {
      g.writeName("disclaimers");
      g.writeStartArray();
      for (Disclaimer d : a.disclaimers()) {
        disclaimer(g, d);
      }
      g.writeEndArray();
    }
    if (!a.corrections().isEmpty()) {
      g.writeName("corrections");
      g.writeStartArray();
      for (Correction c : a.corrections()) {
        correction(g, c);
      }
      g.writeEndArray();
    }
    if (!a.related().isEmpty()) {
      g.writeName("related");
      g.writeStartArray();
      for (Teaser t : a.related()) {
        teaser(g, t);
      }
      g.writeEndArray();
    }
    if (a.rights().isPresent()) {
      g.writeName("rights");
      rights(g, a.rights().get());
    }
    g.writeEndObject();
  }

  public static void alternate(JsonGenerator g, Alternate alt) {
    g.writeStartObject();
    g.writeStringProperty("language", alt.language().toLanguageTag());
    g.writeStringProperty("url", alt.url().toString());
    g.writeEndObject();
  }

  public static void organization(JsonGenerator g, Organization o) {
    g.writeStartObject();
    g.writeStringProperty("name", o.name());
    url(g, "url", o.url());
    if (o.logo().isPresent()) {
      g.writeName("logo");
      image(g, o.logo().get());
    }
    g.writeEndObject();
  }

  public static void contributor(JsonGenerator g, Contributor c) {
    g.writeStartObject();
    g.writeStringProperty("name", c.name());
    g.writeStringProperty("kind", Names.of(c.kind()));
    g.writeStringProperty("role", Names.of(c.role()));
    string(g, "jobTitle", c.jobTitle());
    string(g, "affiliation", c.affiliation());
    url(g, "url", c.url());
    g.writeEndObject();
  }

  public static void byline(JsonGenerator g, Byline b) {
    g.writeStartObject();
    if (!b.contributors().isEmpty()) {
      g.writeName("contributors");
      g.writeStartArray();
      for (Contributor c : b.contributors()) {
        contributor(g, c);
      }
      g.writeEndArray();
    }
    string(g, "text", b.text());
    g.writeEndObject();
  }

  public static void geoPoint(JsonGenerator g, GeoPoint p) {
    g.writeStartObject();
    g.writeNumberProperty("latitude", p.latitude());
    g.writeNumberProperty("longitude", p.longitude());
    g.writeEndObject();
  }

  public static void dateline(JsonGenerator g, Dateline d) {
    g.writeStartObject();
    g.writeStringProperty("place", d.place());
    if (d.country().isPresent()) {
      g.writeStringProperty("country", d.country().get().value());
    }
    if (d.coordinates().isPresent()) {
      g.writeName("coordinates");
      geoPoint(g, d.coordinates().get());
    }
    g.writeStringProperty("time", Rfc9557.format(d.time()));
    g.writeEndObject();
  }

  public static void license(JsonGenerator g, License l) {
    g.writeStartObject();
    string(g, "spdxId", l.spdxId());
    string(g, "name", l.name());
    url(g, "url", l.url());
    g.writeEndObject();
  }

  public static void attribution(JsonGenerator g, Attribution a) {
    g.writeStartObject();
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

  public static void imageRendition(JsonGenerator g, ImageRendition r) {
    g.writeStartObject();
    g.writeStringProperty("url", r.url().toString());
    g.writeNumberProperty("width", r.width());
    g.writeEndObject();
  }

  public static void image(JsonGenerator g, Image i) {
    g.writeStartObject();
    g.writeStringProperty("url", i.url().toString());
    string(g, "alt", i.alt());
    g.writeBooleanProperty("decorative", i.decorative());
    string(g, "caption", i.caption());
    integer(g, "width", i.width());
    integer(g, "height", i.height());
    if (!i.renditions().isEmpty()) {
      g.writeName("renditions");
      g.writeStartArray();
      for (ImageRendition r : i.renditions()) {
        imageRendition(g, r);
      }
      g.writeEndArray();
    }
    if (i.attribution().isPresent()) {
      g.writeName("attribution");
      attribution(g, i.attribution().get());
    }
    g.writeEndObject();
  }

  public static void sourceReference(JsonGenerator g, SourceReference s) {
    g.writeStartObject();
    g.writeStringProperty("relation", Names.of(s.relation()));
    g.writeStringProperty("outlet", s.outlet());
    url(g, "url", s.url());
    string(g, "title", s.title());
    language(g, "language", s.language());
    time(g, "published", s.published());
    g.writeEndObject();
  }

  public static void disclaimer(JsonGenerator g, Disclaimer d) {
    g.writeStartObject();
    g.writeStringProperty("kind", Names.of(d.kind()));
    g.writeStringProperty("text", d.text());
    language(g, "language", d.language());
    if (d.jurisdiction().isPresent()) {
      g.writeStringProperty("jurisdiction", d.jurisdiction().get().value());
    }
    string(g, "legalBasis", d.legalBasis());
    g.writeStringProperty("placement", Names.of(d.placement()));
    g.writeBooleanProperty("verbatim", d.verbatim());
    g.writeEndObject();
  }

  public static void correction(JsonGenerator g, Correction c) {
    g.writeStartObject();
    g.writeStringProperty("date", Rfc9557.format(c.date()));
    g.writeStringProperty("kind", Names.of(c.kind()));
    g.writeStringProperty("text", c.text());
    g.writeEndObject();
  }

  public static void teaser(JsonGenerator g, Teaser t) {
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

  public static void rights(JsonGenerator g, Rights r) {
    g.writeStartObject();
    string(g, "copyrightHolder", r.copyrightHolder());
    string(g, "copyrightNotice", r.copyrightNotice());
    if (r.license().isPresent()) {
      g.writeName("license");
      license(g, r.license().get());
    }
    g.writeEndObject();
  }

  public static void block(JsonGenerator g, Block b) {
    g.writeStartObject();
    if (b instanceof Paragraph) {
      g.writeStringProperty("type", "paragraph");
      inlines(g, ((Paragraph) b).content());
    } else if (b instanceof Heading) {
      Heading h = (Heading) b;
      g.writeStringProperty("type", "heading");
      g.writeNumberProperty("level", h.level());
      inlines(g, h.content());
    } else if (b instanceof Quote) {
      Quote q = (Quote) b;
      g.writeStringProperty("type", "quote");
      inlines(g, q.content());
      string(g, "attribution", q.attribution());
      url(g, "citeUrl", q.citeUrl());
      language(g, "language", q.language());
    } else if (b instanceof ListBlock) {
      ListBlock l = (ListBlock) b;
      g.writeStringProperty("type", "list");
      g.writeBooleanProperty("ordered", l.ordered());
      g.writeName("items");
      g.writeStartArray();
      for (ListItem item : l.items()) {
        listItem(g, item);
      }
      g.writeEndArray();
    } else if (b instanceof ImageBlock) {
      g.writeStringProperty("type", "image");
      g.writeName("image");
      image(g, ((ImageBlock) b).image());
    } else {
      throw new IllegalStateException("Unknown block " + b.getClass().getName());
    }
    g.writeEndObject();
  }

  public static void listItem(JsonGenerator g, ListItem item) {
    g.writeStartObject();
    inlines(g, item.content());
    g.writeEndObject();
  }

  private static void inlines(JsonGenerator g, List<Inline> content) {
    g.writeName("content");
    g.writeStartArray();
    for (Inline i : content) {
      inline(g, i);
    }
    g.writeEndArray();
  }

  public static void inline(JsonGenerator g, Inline i) {
    g.writeStartObject();
    if (i instanceof Text) {
      g.writeStringProperty("type", "text");
      g.writeStringProperty("value", ((Text) i).value());
    } else if (i instanceof Emphasis) {
      g.writeStringProperty("type", "emphasis");
      inlines(g, ((Emphasis) i).content());
    } else if (i instanceof Strong) {
      g.writeStringProperty("type", "strong");
      inlines(g, ((Strong) i).content());
    } else if (i instanceof Link) {
      Link l = (Link) i;
      g.writeStringProperty("type", "link");
      g.writeStringProperty("url", l.url().toString());
      string(g, "title", l.title());
      inlines(g, l.content());
    } else if (i instanceof LineBreak) {
      g.writeStringProperty("type", "line-break");
    } else if (i instanceof LanguageSpan) {
      LanguageSpan s = (LanguageSpan) i;
      g.writeStringProperty("type", "language-span");
      g.writeStringProperty("language", s.language().toLanguageTag());
      inlines(g, s.content());
    } else {
      throw new IllegalStateException("Unknown inline " + i.getClass().getName());
    }
    g.writeEndObject();
  }

  private static void string(JsonGenerator g, String name, Optional<String> value) {
    if (value.isPresent()) {
      g.writeStringProperty(name, value.get());
    }
  }

  private static void url(JsonGenerator g, String name, Optional<URI> value) {
    if (value.isPresent()) {
      g.writeStringProperty(name, value.get().toString());
    }
  }

  private static void language(JsonGenerator g, String name, Optional<Locale> value) {
    if (value.isPresent()) {
      g.writeStringProperty(name, value.get().toLanguageTag());
    }
  }

  private static void time(JsonGenerator g, String name, Optional<ZonedDateTime> value) {
    if (value.isPresent()) {
      g.writeStringProperty(name, Rfc9557.format(value.get()));
    }
  }

  private static void integer(JsonGenerator g, String name, OptionalInt value) {
    if (value.isPresent()) {
      g.writeNumberProperty(name, value.getAsInt());
    }
  }
}
