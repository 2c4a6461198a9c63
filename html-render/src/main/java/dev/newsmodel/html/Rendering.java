package dev.newsmodel.html;

import dev.newsmodel.core.Alternate;
import dev.newsmodel.core.Article;
import dev.newsmodel.core.Attribution;
import dev.newsmodel.core.Byline;
import dev.newsmodel.core.Contributor;
import dev.newsmodel.core.Correction;
import dev.newsmodel.core.Dateline;
import dev.newsmodel.core.Disclaimer;
import dev.newsmodel.core.Image;
import dev.newsmodel.core.ImageRendition;
import dev.newsmodel.core.License;
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
import dev.newsmodel.html.internal.UrlPolicy;
import java.io.IOException;
import java.net.URI;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** One rendering: the renderer's settings, one writer, and the language in force. Not thread-safe. */
final class Rendering {
  /** Writes one placeholder's value. */
  @FunctionalInterface
  interface Fill {
    void write() throws IOException;
  }

  private final HtmlRenderer settings;
  private final HtmlWriter out;
  private final ClassNames names;
  private Phrases phrases;
  /** The language of the element being written. */
  private Locale context;
  /** The language of the content: the article's, or the news list's. */
  private Locale contentLanguage;

  Rendering(HtmlRenderer settings, Appendable appendable) {
    this.settings = settings;
    this.out = new HtmlWriter(appendable, settings.classPrefix());
    this.names = settings.classNames();
    this.phrases = Phrases.english();
    this.context = Locale.ENGLISH;
  }

  // ---------------------------------------------------------------------------------------------
  // Documents

  void fragment(Article article) throws IOException {
    phrases = settings.phrasesFor(article.language());
    context = article.language();
    contentLanguage = context;
    article(article);
    out.newline();
    out.finish();
  }

  void page(Article article) throws IOException {
    phrases = settings.phrasesFor(article.language());
    Locale language = article.language();
    out.raw("<!DOCTYPE html>\n");
    out.openTrusted("html").language(language, Locale.ROOT).newline();
    head(article);
    out.openTrusted("body").classAttribute(names.of("page")).newline();
    out.openKnown("main").classAttribute(names.of("main")).newline();
    context = language;
    contentLanguage = language;
    article(article);
    out.newline().close().newline(); // main
    out.close().newline(); // body
    out.close().newline(); // html
    out.finish();
  }

  void newsList(List<Teaser> teasers) throws IOException {
    Locale language = settings.locale().orElse(Locale.ENGLISH);
    phrases = settings.phrasesFor(language);
    context = phrases.language();
    contentLanguage = context;
    out.openKnown("section").classAttribute(names.of("news-list")).language(context, Locale.ROOT).newline();
    int level = settings.headingLevel();
    out.openKnown(heading(level)).classAttribute(names.of("news-list-heading")).text(plain(Phrase.NEWS_LIST_HEADING)).close().newline();
    teaserList(teasers, Math.min(6, level + 1));
    out.close().newline();
    out.finish();
  }

  private void head(Article article) throws IOException {
    out.openTrusted("head").newline();
    out.openTrusted("meta").attributeTrusted("charset", "utf-8").newline();
    out.openTrusted("meta").attributeTrusted("name", "viewport")
        .attributeTrusted("content", "width=device-width, initial-scale=1").newline();
    out.openTrusted("title").text(article.headline()).close().newline();
    Optional<String> description = article.summary().map(Rendering::oneLine);
    if (description.isPresent()) {
      meta("name", "description", description.get());
    }
    if (article.status() != Article.Status.PUBLISHED) {
      meta("name", "robots", "noindex");
    }
    Optional<String> canonical = article.canonicalUrl().map(u -> UrlPolicy.allowed(u, false));
    if (canonical.isPresent()) {
      out.openTrusted("link").attributeTrusted("rel", "canonical").attributeTrusted("href", canonical.get())
          .newline();
      if (!article.alternates().isEmpty()) {
        alternate(article.language(), canonical.get());
      }
    }
    for (Alternate alternate : article.alternates()) {
      String url = UrlPolicy.allowed(alternate.url(), false);
      if (url != null) {
        alternate(alternate.language(), url);
      }
    }
    meta("property", "og:type", "article");
    meta("property", "og:title", article.headline());
    if (description.isPresent()) {
      meta("property", "og:description", description.get());
    }
    if (canonical.isPresent()) {
      meta("property", "og:url", canonical.get());
    }
    Locale language = article.language();
    meta("property", "og:locale",
        language.getCountry().isEmpty() ? language.getLanguage() : language.getLanguage() + "_" + language.getCountry());
    if (article.publisher().isPresent()) {
      meta("property", "og:site_name", article.publisher().get().name());
    }
    if (article.leadImage().isPresent()) {
      Image image = article.leadImage().get();
      String url = UrlPolicy.allowed(image.url(), false);
      if (url != null) {
        meta("property", "og:image", url);
        if (image.width().isPresent() && image.height().isPresent()) {
          meta("property", "og:image:width", Integer.toString(image.width().getAsInt()));
          meta("property", "og:image:height", Integer.toString(image.height().getAsInt()));
        }
        if (image.alt().isPresent()) {
          meta("property", "og:image:alt", oneLine(image.alt().get()));
        }
      }
    }
    Optional<String> published = article.published().flatMap(Rendering::datetime);
    if (published.isPresent()) {
      meta("property", "article:published_time", published.get());
    }
    Optional<String> modified = article.modified().flatMap(Rendering::datetime);
    if (modified.isPresent()) {
      meta("property", "article:modified_time", modified.get());
    }
    if (article.section().isPresent()) {
      meta("property", "article:section", article.section().get());
    }
    for (String keyword : article.keywords()) {
      meta("property", "article:tag", keyword);
    }
    out.openTrusted("script").attributeTrusted("type", "application/ld+json").raw(settings.jsonLd(article)).close()
        .newline();
    if (settings.stylesheetIncluded()) {
      out.openTrusted("style").raw("\n").raw(settings.css()).close().newline();
    }
    out.close().newline(); // head
  }

  private void meta(String kind, String name, String content) throws IOException {
    out.openTrusted("meta").attributeTrusted(kind, name).attributeTrusted("content", content).newline();
  }

  private void alternate(Locale language, String url) throws IOException {
    out.openTrusted("link").attributeTrusted("rel", "alternate")
        .attributeTrusted("hreflang", language.toLanguageTag()).attributeTrusted("href", url).newline();
  }

  // ---------------------------------------------------------------------------------------------
  // Article

  private void article(Article article) throws IOException {
    Locale language = article.language();
    // Always marked, so a fragment carries its language and direction into any page.
    out.openKnown("article").classAttribute(names.of("article")).language(language, Locale.ROOT).newline();
    int level = settings.headingLevel();
    header(article, level);
    if (article.leadImage().isPresent()) {
      component(Slot.LEAD_IMAGE, article.leadImage().get());
      out.newline();
    }
    disclaimers(article, Disclaimer.Placement.TOP);
    out.openKnown("div").classAttribute(names.of("body")).newline();
    for (Block block : article.body()) {
      block(block, level);
    }
    out.close().newline();
    footer(article, level);
    if (!article.related().isEmpty()) {
      out.openKnown("aside").classAttribute(names.of("related"));
      composedLanguage();
      out.newline();
      Locale saved = enterComposed();
      out.openKnown(heading(level + 1)).classAttribute(names.of("related-heading")).text(plain(Phrase.RELATED_HEADING)).close()
          .newline();
      teaserList(article.related(), Math.min(6, level + 2));
      context = saved;
      out.close().newline();
    }
    out.close();
  }

  private void header(Article article, int level) throws IOException {
    out.openKnown("header").classAttribute(names.of("header")).newline();
    if (article.status() != Article.Status.PUBLISHED) {
      out.openKnown("p").classAttribute(names.of("status"));
      composedLanguage();
      out.text(plain(article.status() == Article.Status.DRAFT ? Phrase.STATUS_DRAFT : Phrase.STATUS_WITHDRAWN))
          .close().newline();
    }
    if (article.kicker().isPresent()) {
      out.openKnown("p").classAttribute(names.of("kicker")).text(article.kicker().get()).close().newline();
    }
    out.openKnown(heading(level)).classAttribute(names.of("headline")).text(article.headline()).close().newline();
    if (article.alternativeHeadline().isPresent()) {
      out.openKnown("p").classAttribute(names.of("alternative-headline")).text(article.alternativeHeadline().get()).close().newline();
    }
    if (article.summary().isPresent()) {
      out.openKnown("p").classAttribute(names.of("summary")).lines(article.summary().get()).close().newline();
    }
    for (Byline byline : article.bylines()) {
      component(Slot.BYLINE, byline);
      out.newline();
    }
    if (article.published().isPresent() || article.modified().isPresent()) {
      out.openKnown("p").classAttribute(names.of("times"));
      composedLanguage();
      Locale saved = enterComposed();
      boolean space = false;
      if (article.published().isPresent()) {
        ZonedDateTime published = article.published().get();
        phrase(Phrase.PUBLISHED, () -> time(published, true, "published"));
        space = true;
      }
      if (article.modified().isPresent() && !sameInstant(article.modified(), article.published())) {
        ZonedDateTime modified = article.modified().get();
        if (space) {
          out.text(" ");
        }
        out.openKnown("span").classAttribute(names.of("updated"));
        phrase(Phrase.UPDATED, () -> time(modified, true, "modified"));
        out.close();
      }
      context = saved;
      out.close().newline();
    }
    if (article.dateline().isPresent()) {
      component(Slot.DATELINE, article.dateline().get());
      out.newline();
    }
    out.close().newline();
  }

  private static boolean sameInstant(Optional<ZonedDateTime> a, Optional<ZonedDateTime> b) {
    return a.isPresent() && b.isPresent() && a.get().toInstant().equals(b.get().toInstant());
  }

  private void disclaimers(Article article, Disclaimer.Placement placement) throws IOException {
    for (Disclaimer disclaimer : article.disclaimers()) {
      if (disclaimer.placement() == placement) {
        component(Slot.DISCLAIMER, disclaimer);
        out.newline();
      }
    }
  }

  private void footer(Article article, int level) throws IOException {
    List<SourceReference> notes = new ArrayList<>();
    List<SourceReference> cited = new ArrayList<>();
    for (SourceReference source : article.sources()) {
      (source.relation() == SourceReference.Relation.CITES ? cited : notes).add(source);
    }
    boolean bottomDisclaimers = false;
    for (Disclaimer disclaimer : article.disclaimers()) {
      bottomDisclaimers |= disclaimer.placement() == Disclaimer.Placement.BOTTOM;
    }
    if (notes.isEmpty() && cited.isEmpty() && article.corrections().isEmpty() && !bottomDisclaimers
        && article.rights().isEmpty()) {
      return;
    }
    out.openKnown("footer").classAttribute(names.of("footer")).newline();
    for (SourceReference note : notes) {
      component(Slot.SOURCE, note);
      out.newline();
    }
    if (!cited.isEmpty()) {
      out.openKnown("section").classAttribute(names.of("sources"));
      composedLanguage();
      Locale saved = enterComposed();
      out.newline();
      out.openKnown(heading(level + 1)).classAttribute(names.of("sources-heading")).text(plain(Phrase.SOURCES_HEADING)).close()
          .newline();
      out.openKnown("ul").classAttribute(names.of("sources-list")).newline();
      for (SourceReference source : cited) {
        component(Slot.SOURCE, source);
        out.newline();
      }
      out.close().newline();
      context = saved;
      out.close().newline();
    }
    if (!article.corrections().isEmpty()) {
      out.openKnown("section").classAttribute(names.of("corrections"));
      composedLanguage();
      Locale saved = enterComposed();
      out.newline();
      out.openKnown(heading(level + 1)).classAttribute(names.of("corrections-heading")).text(plain(Phrase.CORRECTIONS_HEADING))
          .close().newline();
      out.openKnown("ul").classAttribute(names.of("corrections-list")).newline();
      for (Correction correction : article.corrections()) {
        component(Slot.CORRECTION, correction);
        out.newline();
      }
      out.close().newline();
      context = saved;
      out.close().newline();
    }
    disclaimers(article, Disclaimer.Placement.BOTTOM);
    if (article.rights().isPresent()) {
      rights(article.rights().get());
    }
    out.close().newline();
  }

  private void rights(Rights rights) throws IOException {
    out.openKnown("p").classAttribute(names.of("rights"));
    List<Fill> parts = new ArrayList<>();
    if (rights.copyrightNotice().isPresent()) {
      parts.add(() -> out.text(rights.copyrightNotice().get()));
    } else if (rights.copyrightHolder().isPresent()) {
      parts.add(() -> phrase(Phrase.COPYRIGHT, () -> out.text(rights.copyrightHolder().get())));
    }
    if (rights.license().isPresent()) {
      parts.add(() -> license(rights.license().get()));
    }
    join(parts);
    out.close().newline();
  }

  // ---------------------------------------------------------------------------------------------
  // Default components

  <T> void component(Slot<T> slot, T value) throws IOException {
    Component<T> custom = settings.component(slot);
    if (custom == null) {
      renderDefault(slot, value);
      return;
    }
    int depth = out.depth();
    Locale saved = context;
    custom.render(value, new Context<>(slot));
    context = saved;
    if (out.depth() != depth) {
      throw new IllegalStateException("Component for " + slot + " left " + (out.depth() - depth)
          + " element(s) open");
    }
  }

  @SuppressWarnings("unchecked")
  private <T> void renderDefault(Slot<T> slot, T value) throws IOException {
    if (slot == Slot.LEAD_IMAGE) {
      figure((Image) value, true);
    } else if (slot == Slot.IMAGE) {
      figure((Image) value, false);
    } else if (slot == Slot.BYLINE) {
      byline((Byline) value);
    } else if (slot == Slot.DATELINE) {
      dateline((Dateline) value);
    } else if (slot == Slot.DISCLAIMER) {
      disclaimer((Disclaimer) value);
    } else if (slot == Slot.SOURCE) {
      source((SourceReference) value);
    } else if (slot == Slot.CORRECTION) {
      correction((Correction) value);
    } else if (slot == Slot.QUOTE) {
      quote((Quote) value);
    } else if (slot == Slot.TEASER) {
      teaser((Teaser) value);
    } else {
      throw new IllegalStateException("Unknown slot " + slot);
    }
  }

  private void figure(Image image, boolean lead) throws IOException {
    out.openKnown("figure");
    if (lead) {
      out.classAttribute(names.of("figure lead-image"));
    } else {
      out.classAttribute(names.of("figure"));
    }
    out.newline();
    img(image, lead ? ImageLoading.BROWSER_DEFAULT : settings.imageLoading(), true);
    out.newline();
    Optional<Attribution> attribution = image.attribution();
    if (image.caption().isPresent() || attribution.isPresent()) {
      out.openKnown("figcaption").classAttribute(names.of("figcaption"));
      if (image.caption().isPresent()) {
        out.openKnown("span").classAttribute(names.of("caption")).lines(image.caption().get()).close();
      }
      if (attribution.isPresent()) {
        if (image.caption().isPresent()) {
          out.text(" ");
        }
        credit(attribution.get());
      }
      out.close().newline();
    }
    out.close();
  }

  private void img(Image image, ImageLoading loading, boolean renditions) throws IOException {
    out.openKnown("img").url("src", image.url());
    out.attributeTrusted("alt", image.alt().orElse(""));
    if (image.width().isPresent() && image.height().isPresent()) {
      out.attributeTrusted("width", Integer.toString(image.width().getAsInt()));
      out.attributeTrusted("height", Integer.toString(image.height().getAsInt()));
    }
    if (renditions) {
      String srcset = srcset(image.renditions());
      if (!srcset.isEmpty()) {
        out.attributeTrusted("srcset", srcset).attributeTrusted("sizes", settings.imageSizes());
      }
    }
    if (loading == ImageLoading.LAZY) {
      out.attributeTrusted("loading", "lazy");
    } else if (loading == ImageLoading.EAGER) {
      out.attributeTrusted("loading", "eager");
    }
    out.attributeTrusted("decoding", "async");
  }

  /** Renditions by width, each width once; URLs a srcset cannot carry (with a comma) are left out. */
  private static String srcset(List<ImageRendition> renditions) {
    TreeMap<Integer, String> byWidth = new TreeMap<>();
    for (ImageRendition rendition : renditions) {
      String url = UrlPolicy.allowed(rendition.url(), false);
      if (url != null && url.indexOf(',') < 0) {
        byWidth.putIfAbsent(rendition.width(), url);
      }
    }
    StringBuilder srcset = new StringBuilder();
    for (Map.Entry<Integer, String> entry : byWidth.entrySet()) {
      if (srcset.length() > 0) {
        srcset.append(", ");
      }
      srcset.append(entry.getValue()).append(' ').append(entry.getKey()).append('w');
    }
    return srcset.toString();
  }

  private void credit(Attribution attribution) throws IOException {
    out.openKnown("span").classAttribute(names.of("credit"));
    List<Fill> parts = new ArrayList<>();
    if (attribution.creditLine().isPresent()) {
      parts.add(() -> out.text(attribution.creditLine().get()));
    } else if (attribution.creator().isPresent()) {
      parts.add(() -> composed(Phrase.CREDIT, () -> out.text(attribution.creator().get())));
    }
    if (attribution.copyrightNotice().isPresent()) {
      parts.add(() -> out.text(attribution.copyrightNotice().get()));
    } else if (attribution.copyrightHolder().isPresent()) {
      parts.add(() -> composed(Phrase.COPYRIGHT,
          () -> out.text(attribution.copyrightHolder().get())));
    }
    if (attribution.sourceUrl().isPresent() && !out.insideLink()) {
      URI source = attribution.sourceUrl().get();
      if (UrlPolicy.allowed(source, false) != null) {
        parts.add(() -> out.openKnown("a").classAttribute(names.of("credit-source")).url("href", source).text(source.getHost()).close());
      }
    }
    if (attribution.license().isPresent()) {
      parts.add(() -> {
        boolean differs = !sameLanguage(phrases.language(), context);
        if (differs) {
          out.openKnown("span");
          composedLanguage();
        }
        license(attribution.license().get());
        if (differs) {
          out.close();
        }
      });
    }
    join(parts);
    out.close();
  }

  private void license(License license) throws IOException {
    String name = license.name().orElseGet(() -> license.spdxId().orElse(""));
    phrase(Phrase.LICENSE, () -> {
      if (license.url().isPresent() && !out.insideLink() && UrlPolicy.allowed(license.url().get(), false) != null) {
        out.openKnown("a").attributeTrusted("rel", "license").url("href", license.url().get()).text(name).close();
      } else {
        out.text(name);
      }
    });
  }

  private void join(List<Fill> parts) throws IOException {
    for (int i = 0; i < parts.size(); i++) {
      if (i > 0) {
        out.text(plain(Phrase.LIST_SEPARATOR));
      }
      parts.get(i).write();
    }
  }

  private void byline(Byline byline) throws IOException {
    out.openKnown("p").classAttribute(names.of("byline"));
    if (byline.text().isPresent()) {
      out.text(byline.text().get());
      out.close();
      return;
    }
    composedLanguage();
    Locale saved = enterComposed();
    List<Contributor> contributors = byline.contributors();
    phrase(contributors.size() == 1 ? Phrase.BYLINE : Phrase.BYLINE_MANY, () -> {
      for (int i = 0; i < contributors.size(); i++) {
        if (i > 0) {
          out.text(plain(i == contributors.size() - 1 ? Phrase.LIST_LAST_SEPARATOR : Phrase.LIST_SEPARATOR));
        }
        contributor(contributors.get(i));
      }
    });
    context = saved;
    out.close();
  }

  private void contributor(Contributor contributor) throws IOException {
    List<String> details = new ArrayList<>();
    if (contributor.jobTitle().isPresent()) {
      details.add(contributor.jobTitle().get());
    } else if (contributor.role() != Contributor.Role.AUTHOR) {
      details.add(plain(rolePhrase(contributor.role())));
    }
    contributor.affiliation().ifPresent(details::add);
    Fill[] fills = new Fill[2];
    fills[0] = () -> {
      out.openKnown("span").classAttribute(names.of("contributor"));
      if (contributor.url().isPresent() && !out.insideLink()
          && UrlPolicy.allowed(contributor.url().get(), false) != null) {
        out.openKnown("a").attributeTrusted("rel", "author").url("href", contributor.url().get())
            .text(contributor.name()).close();
      } else {
        out.text(contributor.name());
      }
      out.close();
    };
    if (!details.isEmpty()) {
      fills[1] = () -> {
        out.openKnown("span").classAttribute(names.of("contributor-role"));
        out.text(String.join(plain(Phrase.LIST_SEPARATOR), details));
        out.close();
      };
    }
    phrase(Phrase.CONTRIBUTOR, fills);
  }

  private static Phrase rolePhrase(Contributor.Role role) {
    switch (role) {
      case CORRESPONDENT:
        return Phrase.ROLE_CORRESPONDENT;
      case PHOTOGRAPHER:
        return Phrase.ROLE_PHOTOGRAPHER;
      case ILLUSTRATOR:
        return Phrase.ROLE_ILLUSTRATOR;
      case EDITOR:
        return Phrase.ROLE_EDITOR;
      case TRANSLATOR:
        return Phrase.ROLE_TRANSLATOR;
      default:
        return Phrase.ROLE_CONTRIBUTOR;
    }
  }

  private void dateline(Dateline dateline) throws IOException {
    out.openKnown("p").classAttribute(names.of("dateline"));
    composedLanguage();
    Locale saved = enterComposed();
    Fill[] fills = new Fill[2];
    fills[0] = () -> {
      out.openKnown("span").classAttribute(names.of("dateline-place"));
      out.language(contentLanguage, context);
      out.text(dateline.place()).close();
    };
    fills[1] = () -> localTime(dateline.time(), false, "dateline-date");
    phrase(Phrase.DATELINE, fills);
    context = saved;
    out.close();
  }

  private void disclaimer(Disclaimer disclaimer) throws IOException {
    out.openKnown("aside").classAttribute(names.disclaimer(disclaimer.kind()));
    out.attributeTrusted("aria-label", plain(disclaimerPhrase(disclaimer.kind())));
    composedLanguage();
    Locale saved = enterComposed();
    out.newline();
    Locale language = disclaimer.language().orElse(contentLanguage);
    out.openKnown("p").classAttribute(names.of("disclaimer-text")).language(language, context);
    out.lines(disclaimer.text());
    out.close().newline();
    context = saved;
    out.close();
  }

  private static Phrase disclaimerPhrase(Disclaimer.Kind kind) {
    switch (kind) {
      case LEGAL:
        return Phrase.DISCLAIMER_LEGAL;
      case EDITORS_NOTE:
        return Phrase.DISCLAIMER_EDITORS_NOTE;
      case SPONSORED:
        return Phrase.DISCLAIMER_SPONSORED;
      case OPINION:
        return Phrase.DISCLAIMER_OPINION;
      case AI_GENERATED:
        return Phrase.DISCLAIMER_AI_GENERATED;
      default:
        return Phrase.DISCLAIMER_CONTENT_WARNING;
    }
  }

  private void source(SourceReference source) throws IOException {
    boolean cited = source.relation() == SourceReference.Relation.CITES;
    out.openKnown(cited ? "li" : "p").classAttribute(names.source(source.relation()));
    if (!cited) {
      composedLanguage();
    }
    Locale saved = enterComposed();
    Fill[] fills = new Fill[5];
    fills[1] = () -> {
      if (source.url().isPresent() && !out.insideLink() && UrlPolicy.allowed(source.url().get(), true) != null) {
        out.openKnown("a").classAttribute(names.of("source-outlet")).url("href", source.url().get()).text(source.outlet()).close();
      } else {
        out.openKnown("span").classAttribute(names.of("source-outlet")).text(source.outlet()).close();
      }
    };
    if (source.title().isPresent()) {
      Locale titleLanguage = source.language().orElse(contentLanguage);
      fills[2] = () -> out.openKnown("cite").language(titleLanguage, context).text(source.title().get()).close();
    }
    if (source.language().isPresent()) {
      Locale named = source.language().get();
      fills[0] = () -> {
        Optional<String> name = phrases.languageName(named);
        if (name.isPresent()) {
          out.text(name.get());
        } else {
          phrase(Phrase.IN_LANGUAGE, () -> out.text(phrases.displayLanguage(named)));
        }
      };
    }
    if (source.published().isPresent()) {
      ZonedDateTime published = source.published().get();
      fills[3] = () -> time(published, false, null);
      fills[4] = () -> timeOfDay(published);
    }
    phrase(sourcePhrase(source.relation()), fills);
    context = saved;
    out.close();
  }

  private static Phrase sourcePhrase(SourceReference.Relation relation) {
    switch (relation) {
      case TRANSLATION_OF:
        return Phrase.SOURCE_TRANSLATION_OF;
      case ORIGINALLY_PUBLISHED_AT:
        return Phrase.SOURCE_ORIGINALLY_PUBLISHED_AT;
      case BASED_ON:
        return Phrase.SOURCE_BASED_ON;
      case SYNDICATED_FROM:
        return Phrase.SOURCE_SYNDICATED_FROM;
      default:
        return Phrase.SOURCE_CITES;
    }
  }

  private void correction(Correction correction) throws IOException {
    out.openKnown("li").classAttribute(names.correction(correction.kind()));
    Fill[] fills = new Fill[3];
    fills[0] = () -> out.openKnown("strong").classAttribute(names.of("correction-kind")).text(plain(correctionPhrase(correction.kind())))
        .close();
    fills[1] = () -> time(correction.date(), true, "correction-date");
    fills[2] = () -> {
      out.openKnown("span").classAttribute(names.of("correction-text"));
      out.language(contentLanguage, context);
      out.lines(correction.text()).close();
    };
    phrase(Phrase.CORRECTION, fills);
    out.close();
  }

  private static Phrase correctionPhrase(Correction.Kind kind) {
    switch (kind) {
      case CORRECTION:
        return Phrase.CORRECTION_KIND_CORRECTION;
      case CLARIFICATION:
        return Phrase.CORRECTION_KIND_CLARIFICATION;
      default:
        return Phrase.CORRECTION_KIND_UPDATE;
    }
  }

  private void quote(Quote quote) throws IOException {
    Optional<String> attribution = quote.attribution();
    if (attribution.isPresent()) {
      out.openKnown("figure").classAttribute(names.of("quote")).newline();
      out.openKnown("blockquote");
    } else {
      out.openKnown("blockquote").classAttribute(names.of("quote"));
    }
    if (quote.citeUrl().isPresent()) {
      out.url("cite", quote.citeUrl().get());
    }
    Locale saved = context;
    if (quote.language().isPresent()) {
      out.language(quote.language().get(), context);
      context = quote.language().get();
    }
    out.openKnown("p");
    inlines(quote.content());
    out.close();
    context = saved;
    out.close();
    if (attribution.isPresent()) {
      out.newline();
      out.openKnown("figcaption").classAttribute(names.of("quote-attribution"));
      phrase(Phrase.QUOTE_ATTRIBUTION, () -> out.text(attribution.get()));
      out.close().newline();
      out.close();
    }
  }

  private void teaserList(List<Teaser> teasers, int level) throws IOException {
    out.openKnown("ul").classAttribute(names.of("teasers")).newline();
    int saved = teaserLevel;
    teaserLevel = level;
    for (Teaser teaser : teasers) {
      component(Slot.TEASER, teaser);
      out.newline();
    }
    teaserLevel = saved;
    out.close().newline();
  }

  private int teaserLevel = 2;

  private void teaser(Teaser teaser) throws IOException {
    out.openKnown("li").classAttribute(names.of("teaser")).newline();
    Locale language = teaser.language().orElse(contentLanguage);
    if (teaser.image().isPresent()) {
      out.openKnown("div").classAttribute(names.of("teaser-image"));
      img(teaser.image().get(), settings.imageLoading(), false);
      out.close().newline();
    }
    out.openKnown(heading(teaserLevel)).classAttribute(names.of("teaser-headline")).language(language, context);
    if (teaser.url().isPresent() && !out.insideLink() && UrlPolicy.allowed(teaser.url().get(), false) != null) {
      out.openKnown("a").url("href", teaser.url().get()).text(teaser.headline()).close();
    } else {
      out.text(teaser.headline());
    }
    out.close().newline();
    out.openKnown("p").classAttribute(names.of("teaser-time"));
    time(teaser.published(), true, null);
    out.close().newline();
    if (teaser.summary().isPresent()) {
      out.openKnown("p").classAttribute(names.of("teaser-summary")).language(language, context);
      out.lines(teaser.summary().get()).close().newline();
    }
    out.close();
  }

  // ---------------------------------------------------------------------------------------------
  // Body

  private void block(Block block, int level) throws IOException {
    if (block instanceof Paragraph) {
      out.openKnown("p");
      inlines(((Paragraph) block).content());
      out.close();
    } else if (block instanceof Heading) {
      Heading heading = (Heading) block;
      out.openKnown(heading(heading.level() + level - 1));
      inlines(heading.content());
      out.close();
    } else if (block instanceof Quote) {
      component(Slot.QUOTE, (Quote) block);
    } else if (block instanceof ListBlock) {
      ListBlock list = (ListBlock) block;
      out.openKnown(list.ordered() ? "ol" : "ul").newline();
      for (ListItem item : list.items()) {
        out.openKnown("li");
        inlines(item.content());
        out.close().newline();
      }
      out.close();
    } else if (block instanceof ImageBlock) {
      component(Slot.IMAGE, ((ImageBlock) block).image());
    }
    out.newline();
  }

  private void inlines(List<Inline> inlines) throws IOException {
    for (Inline inline : inlines) {
      inline(inline);
    }
  }

  private void inline(Inline inline) throws IOException {
    if (inline instanceof Text) {
      out.text(((Text) inline).value());
    } else if (inline instanceof Emphasis) {
      out.openKnown("em");
      inlines(((Emphasis) inline).content());
      out.close();
    } else if (inline instanceof Strong) {
      out.openKnown("strong");
      inlines(((Strong) inline).content());
      out.close();
    } else if (inline instanceof Link) {
      Link link = (Link) inline;
      boolean anchor = !out.insideLink() && UrlPolicy.allowed(link.url(), true) != null;
      if (anchor) {
        out.openKnown("a").url("href", link.url());
        if (link.title().isPresent()) {
          out.attributeTrusted("title", link.title().get());
        }
      }
      inlines(link.content());
      if (anchor) {
        out.close();
      }
    } else if (inline instanceof LineBreak) {
      out.openKnown("br");
    } else if (inline instanceof LanguageSpan) {
      LanguageSpan span = (LanguageSpan) inline;
      Locale saved = context;
      out.openKnown("span").language(span.language(), context);
      context = span.language();
      inlines(span.content());
      context = saved;
      out.close();
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Phrases, languages and times

  /** Writes {@code lang} on the element just opened when the phrases' language differs from the context. */
  private void composedLanguage() throws IOException {
    if (!sameLanguage(phrases.language(), context)) {
      out.language(phrases.language(), context);
    }
  }

  /** Makes the phrases' language the context (when it differs) and returns the previous context. */
  private Locale enterComposed() {
    Locale saved = context;
    if (!sameLanguage(phrases.language(), context)) {
      context = phrases.language();
    }
    return saved;
  }

  /** Phrases count as the same language when the primary language matches ({@code en} in {@code en-GB}). */
  private static boolean sameLanguage(Locale phrasesLanguage, Locale context) {
    return phrasesLanguage.getLanguage().equals(context.getLanguage());
  }

  private String plain(Phrase phrase) {
    return phrases.compiled(phrase).plain;
  }

  /** Writes a phrase whose own words are in the phrases' language, marking it when that differs. */
  private void composed(Phrase phrase, Fill... fills) throws IOException {
    if (sameLanguage(phrases.language(), context)) {
      phrase(phrase, fills);
    } else {
      out.openKnown("span");
      composedLanguage();
      Locale saved = context;
      context = phrases.language();
      phrase(phrase, fills);
      context = saved;
      out.close();
    }
  }

  /**
   * Writes a phrase; {@code fills} are its placeholders' values in the order of
   * {@link Phrase#placeholders()}, null for a placeholder without a value.
   */
  private void phrase(Phrase phrase, Fill... fills) throws IOException {
    CompiledPhrase compiled = phrases.compiled(phrase);
    if (fills.length != compiled.fills) {
      throw new IllegalStateException(phrase + " takes " + compiled.fills + " values, not " + fills.length);
    }
    steps(compiled.steps, fills);
  }

  private void steps(CompiledPhrase.Step[] steps, Fill[] fills) throws IOException {
    for (CompiledPhrase.Step step : steps) {
      if (step.markup != null) {
        out.raw(step.markup);
      } else if (step.group == null) {
        Fill fill = fills[step.fill];
        if (fill != null) {
          fill.write();
        }
      } else if (allPresent(step.needs, fills)) {
        steps(step.group, fills);
      }
    }
  }

  private static boolean allPresent(int[] needs, Fill[] fills) {
    for (int need : needs) {
      if (fills[need] == null) {
        return false;
      }
    }
    return true;
  }

  /** A {@code <time>} shown in the reader's zone when the settings give one. */
  void time(ZonedDateTime time, boolean withTimeOfDay, String className) throws IOException {
    ZonedDateTime shown = inReaderZone(time);
    writeTime(time, shown, withTimeOfDay, className);
  }

  private ZonedDateTime inReaderZone(ZonedDateTime time) {
    Optional<ZoneId> reader = settings.readerZone();
    return reader.isPresent() ? time.withZoneSameInstant(reader.get()) : time;
  }

  /** A {@code <time>} always shown in the time's own zone, as a dateline is. */
  private void localTime(ZonedDateTime time, boolean withTimeOfDay, String className) throws IOException {
    writeTime(time, time, withTimeOfDay, className);
  }

  private void writeTime(ZonedDateTime exact, ZonedDateTime shown, boolean withTimeOfDay, String className)
      throws IOException {
    out.openKnown("time");
    if (className != null) {
      out.classAttribute(names.of(className));
    }
    Optional<String> datetime = datetime(exact);
    if (datetime.isPresent()) {
      out.attributeTrusted("datetime", datetime.get());
    }
    if (withTimeOfDay) {
      Fill[] fills = new Fill[2];
      fills[0] = () -> out.text(phrases.formatDate(shown));
      fills[1] = () -> out.text(phrases.formatTime(shown));
      phrase(Phrase.DATE_TIME, fills);
    } else {
      out.text(phrases.formatDate(shown));
    }
    out.close();
  }

  private void timeOfDay(ZonedDateTime time) throws IOException {
    ZonedDateTime shown = inReaderZone(time);
    out.openKnown("time");
    Optional<String> datetime = datetime(time);
    if (datetime.isPresent()) {
      out.attributeTrusted("datetime", datetime.get());
    }
    out.text(phrases.formatTime(shown)).close();
  }

  /**
   * The {@code datetime} attribute and Open Graph's times: {@link Rfc9557#formatRfc3339}, the one
   * writer of an instant without its zone, which JSON-LD uses too. Model times are always writable;
   * a custom component's own time that is not (year 0, say) gets no attribute.
   */
  static Optional<String> datetime(ZonedDateTime time) {
    try {
      return Optional.of(Rfc9557.formatRfc3339(time));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private static final String[] HEADINGS = {"h1", "h2", "h3", "h4", "h5", "h6"};

  private static String heading(int level) {
    return HEADINGS[Math.max(1, Math.min(6, level)) - 1];
  }

  private static String oneLine(String text) {
    return text.replaceAll("\\s+", " ").trim();
  }

  /** Context for custom components. */
  private final class Context<T> implements ComponentContext<T> {
    private final Slot<T> slot;

    Context(Slot<T> slot) {
      this.slot = slot;
    }

    @Override
    public HtmlWriter html() {
      return out;
    }

    @Override
    public Phrases phrases() {
      return phrases;
    }

    @Override
    public Locale language() {
      return context;
    }

    @Override
    public int headingLevel() {
      return Math.min(6, settings.headingLevel() + 1);
    }

    @Override
    public void time(ZonedDateTime time, boolean withTimeOfDay) throws IOException {
      Rendering.this.time(time, withTimeOfDay, null);
    }

    @Override
    public void renderDefault(T value) throws IOException {
      Locale saved = context;
      Rendering.this.renderDefault(slot, value);
      context = saved;
    }
  }

}
