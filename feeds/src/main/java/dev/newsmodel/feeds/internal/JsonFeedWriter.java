package dev.newsmodel.feeds.internal;

import dev.newsmodel.html.internal.Languages;
import dev.newsmodel.core.Contributor;
import dev.newsmodel.core.License;
import dev.newsmodel.core.Organization;
import dev.newsmodel.core.Rights;
import dev.newsmodel.feeds.Feed;
import dev.newsmodel.html.HtmlRenderer;
import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;

/**
 * JSON Feed 1.1 (jsonfeed.org/version/1.1), with newsmodel's extension object {@code _newsmodel} on an
 * item for what the format has no key for: contributors other than authors, with their roles, and the
 * rights (copyright holder, notice, licence).
 */
public final class JsonFeedWriter {
  /** The version URL every JSON Feed 1.1 document starts with. */
  public static final String VERSION = "https://jsonfeed.org/version/1.1";

  private static final JsonFactory FACTORY = JsonFactory.builder()
      .disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
      .enable(JsonWriteFeature.WRITE_HEX_UPPER_CASE)
      .build();

  /** Two spaces and a line feed, whatever the machine's line separator; {@code "key": value}. */
  private static final ObjectWriteContext PRETTY = new ObjectWriteContext.Base() {
    @Override
    public PrettyPrinter getPrettyPrinter() {
      DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
      return new DefaultPrettyPrinter(Separators.createDefaultInstance()
          .withObjectNameValueSpacing(Separators.Spacing.AFTER)
          .withObjectEmptySeparator("").withArrayEmptySeparator(""))
          .withObjectIndenter(indenter).withArrayIndenter(indenter);
    }
  };

  private JsonFeedWriter() {}

  /**
   * Writes the document.
   *
   * @param feed the feed
   * @param entries the entries, in order
   * @param renderer the content's renderer, or null for none
   * @param problems where warnings go
   * @return the document, with a final line feed
   */
  public static String write(Feed feed, List<Entry> entries, @Nullable HtmlRenderer renderer, Problems problems) {
    StringWriter out = new StringWriter(8192);
    try (JsonGenerator g = FACTORY.createGenerator(PRETTY, out)) {
      g.writeStartObject();
      g.writeStringProperty("version", VERSION);
      g.writeStringProperty("title", feed.title());
      g.writeStringProperty("home_page_url", feed.homePage().toString());
      g.writeStringProperty("feed_url", feed.feedUrl().toString());
      string(g, "description", feed.description());
      string(g, "icon", feed.icon().map(Object::toString));
      g.writeStringProperty("language", feed.language().toLanguageTag());
      if (feed.author().isPresent()) {
        g.writeArrayPropertyStart("authors");
        organization(g, feed.author().get());
        g.writeEndArray();
      }
      g.writeArrayPropertyStart("items");
      for (Entry e : entries) {
        item(g, feed, e, renderer, problems);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    return out.append('\n').toString();
  }

  private static void item(JsonGenerator g, Feed feed, Entry e, @Nullable HtmlRenderer renderer, Problems problems) {
    String at = e.location();
    g.writeStartObject();
    g.writeStringProperty("id", e.id());
    g.writeStringProperty("url", e.url().toString());
    g.writeStringProperty("title", e.headline());
    Optional<String> content = Shared.content(e, renderer);
    if (content.isPresent()) {
      g.writeStringProperty("content_html", content.get());
    } else {
      // JSON Feed requires content_html or content_text: without content, the summary, or the headline.
      g.writeStringProperty("content_text", e.summary().orElse(e.headline()));
    }
    string(g, "summary", e.summary());
    string(g, "image", e.image().map(i -> i.url().toString()));
    g.writeStringProperty("date_published", Shared.rfc3339(e.published(), at + ".published", problems));
    if (e.modified().isPresent()) {
      g.writeStringProperty("date_modified", Shared.rfc3339(e.modified().get(), at + ".modified", problems));
    }
    if (!e.authors().isEmpty()) {
      g.writeArrayPropertyStart("authors");
      for (Contributor c : e.authors()) {
        g.writeStartObject();
        g.writeStringProperty("name", c.name());
        string(g, "url", c.url().map(Object::toString));
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    if (!e.categories().isEmpty()) {
      g.writeArrayPropertyStart("tags");
      for (String category : e.categories()) {
        g.writeString(category);
      }
      g.writeEndArray();
    }
    if (!Languages.same(e.language(), feed.language())) {
      g.writeStringProperty("language", e.language().toLanguageTag());
    }
    extension(g, e);
    g.writeEndObject();
    Shared.commonLosses(e, renderer, false, problems);
  }

  /** {@code _newsmodel}: contributors other than authors, with roles, and the rights; absent when empty. */
  private static void extension(JsonGenerator g, Entry e) {
    if (e.contributors().isEmpty() && e.rights().isEmpty()) {
      return;
    }
    g.writeObjectPropertyStart("_newsmodel");
    if (!e.contributors().isEmpty()) {
      g.writeArrayPropertyStart("contributors");
      for (Contributor c : e.contributors()) {
        g.writeStartObject();
        g.writeStringProperty("name", c.name());
        g.writeStringProperty("role", c.role().name().toLowerCase(Locale.ROOT));
        string(g, "url", c.url().map(Object::toString));
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    if (e.rights().isPresent()) {
      Rights r = e.rights().get();
      g.writeObjectPropertyStart("rights");
      string(g, "copyrightHolder", r.copyrightHolder());
      string(g, "copyrightNotice", r.copyrightNotice());
      if (r.license().isPresent()) {
        License l = r.license().get();
        g.writeObjectPropertyStart("license");
        string(g, "spdxId", l.spdxId());
        string(g, "name", l.name());
        string(g, "url", l.url().map(Object::toString));
        g.writeEndObject();
      }
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  private static void organization(JsonGenerator g, Organization o) {
    g.writeStartObject();
    g.writeStringProperty("name", o.name());
    string(g, "url", o.url().map(Object::toString));
    string(g, "avatar", o.logo().map(logo -> logo.url().toString()));
    g.writeEndObject();
  }

  private static void string(JsonGenerator g, String name, Optional<String> value) {
    if (value.isPresent()) {
      g.writeStringProperty(name, value.get());
    }
  }
}
