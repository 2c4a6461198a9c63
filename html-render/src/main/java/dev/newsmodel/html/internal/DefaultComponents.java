package dev.newsmodel.html.internal;

import dev.newsmodel.core.Attribution;
import dev.newsmodel.core.Byline;
import dev.newsmodel.core.Contributor;
import dev.newsmodel.core.Correction;
import dev.newsmodel.core.Dateline;
import dev.newsmodel.core.Disclaimer;
import dev.newsmodel.core.Image;
import dev.newsmodel.core.ImageRendition;
import dev.newsmodel.core.License;
import dev.newsmodel.core.SourceReference;
import dev.newsmodel.core.Teaser;
import dev.newsmodel.core.body.Quote;
import dev.newsmodel.html.Component;
import dev.newsmodel.html.ComponentContext;
import dev.newsmodel.html.HtmlWriter;
import dev.newsmodel.html.ImageLoading;
import dev.newsmodel.html.Phrase;
import dev.newsmodel.html.Phrases;
import dev.newsmodel.html.Slot;
import java.io.IOException;
import java.net.URI;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The parts a portal can replace ({@link Slot}): each slot's default rendering, registered once per
 * slot, and the call that uses the portal's {@link Component} instead when the settings have one,
 * giving it a {@link ComponentContext} over the same document. The phrases chosen by the model's
 * enums (roles, disclaimer kinds, source relations, correction kinds) are switch expressions without
 * a default: a constant added to the model fails to compile here.
 */
@SuppressWarnings("try")
public final class DefaultComponents {
  private DefaultComponents() {}

  /** A slot's default rendering. */
  @FunctionalInterface
  private interface Default<T> {
    void render(Rendering r, T value) throws IOException;
  }

  private static final Map<Slot<?>, Default<?>> DEFAULTS = registry();

  private static Map<Slot<?>, Default<?>> registry() {
    Map<Slot<?>, Default<?>> defaults = new HashMap<>();
    register(defaults, Slot.LEAD_IMAGE, (r, image) -> figure(r, image, true));
    register(defaults, Slot.IMAGE, (r, image) -> figure(r, image, false));
    register(defaults, Slot.BYLINE, DefaultComponents::byline);
    register(defaults, Slot.DATELINE, DefaultComponents::dateline);
    register(defaults, Slot.DISCLAIMER, DefaultComponents::disclaimer);
    register(defaults, Slot.SOURCE, DefaultComponents::source);
    register(defaults, Slot.CORRECTION, DefaultComponents::correction);
    register(defaults, Slot.QUOTE, DefaultComponents::quote);
    register(defaults, Slot.TEASER, DefaultComponents::teaser);
    return Map.copyOf(defaults);
  }

  /** Registers a slot's default; the types tie the rendering to the slot's value. */
  private static <T> void register(Map<Slot<?>, Default<?>> defaults, Slot<T> slot, Default<T> rendering) {
    if (defaults.put(slot, rendering) != null) {
      throw new IllegalStateException("Two default renderings for slot " + slot);
    }
  }

  /**
   * Returns whether a slot has a default rendering; every slot must.
   *
   * @param slot the slot, not null
   * @return true if it has one
   */
  public static boolean hasDefault(Slot<?> slot) {
    return DEFAULTS.containsKey(slot);
  }

  /** Renders a slot's value with the portal's component, or the default when there is none. */
  static <T> void render(Rendering r, Slot<T> slot, T value) throws IOException {
    Component<T> custom = r.settings.component(slot);
    if (custom == null) {
      renderDefault(r, slot, value);
      return;
    }
    int depth = r.out.depth();
    custom.render(value, new Context<>(r, slot));
    if (r.out.depth() != depth) {
      throw new IllegalStateException("Component for " + slot + " left " + (r.out.depth() - depth)
          + " element(s) open");
    }
  }

  @SuppressWarnings("unchecked")
  private static <T> void renderDefault(Rendering r, Slot<T> slot, T value) throws IOException {
    // register() put a Default<T> for each Slot<T>.
    Default<T> rendering = (Default<T>) DEFAULTS.get(slot);
    if (rendering == null) {
      throw new IllegalStateException("HtmlRenderer has no default rendering for slot " + slot);
    }
    rendering.render(r, value);
  }

  /** What a portal's component sees: valid during its call only. */
  private static final class Context<T> implements ComponentContext<T> {
    private final Rendering r;
    private final Slot<T> slot;

    Context(Rendering r, Slot<T> slot) {
      this.r = r;
      this.slot = slot;
    }

    @Override
    public HtmlWriter html() {
      // The renderer makes the checked writer whenever the settings have a component.
      return Objects.requireNonNull(r.writer, "writer");
    }

    @Override
    public Phrases phrases() {
      return r.phrases;
    }

    @Override
    public Locale language() {
      return r.scope.current();
    }

    @Override
    public int headingLevel() {
      return Math.min(6, r.settings.headingLevel() + 1);
    }

    @Override
    public void time(ZonedDateTime time, boolean withTimeOfDay) throws IOException {
      TimeText.time(r, time, withTimeOfDay, null);
    }

    @Override
    public void renderDefault(T value) throws IOException {
      DefaultComponents.renderDefault(r, slot, value);
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Figures

  private static void figure(Rendering r, Image image, boolean lead) throws IOException {
    Markup out = r.out;
    out.open(r.names.start(lead ? Start.LEAD_IMAGE : Start.FIGURE)).newline();
    img(r, image, lead ? ImageLoading.BROWSER_DEFAULT : r.settings.imageLoading(), true);
    out.newline();
    Optional<Attribution> attribution = image.attribution();
    if (image.caption().isPresent() || attribution.isPresent()) {
      out.open(r.names.start(Start.FIGCAPTION));
      if (image.caption().isPresent()) {
        out.open(r.names.start(Start.CAPTION)).isolate().modelLines(image.caption().get()).close();
      }
      if (attribution.isPresent()) {
        if (image.caption().isPresent()) {
          out.text(" ");
        }
        credit(r, attribution.get());
      }
      out.close().newline();
    }
    out.close();
  }

  private static void img(Rendering r, Image image, ImageLoading loading, boolean renditions) throws IOException {
    Markup out = r.out;
    out.open("img").url("src", image.url());
    out.attribute("alt", image.alt().orElse(""));
    if (image.width().isPresent() && image.height().isPresent()) {
      out.attribute("width", Integer.toString(image.width().getAsInt()));
      out.attribute("height", Integer.toString(image.height().getAsInt()));
    }
    if (renditions) {
      String srcset = srcset(image.renditions());
      if (!srcset.isEmpty()) {
        out.attribute("srcset", srcset).attribute("sizes", r.settings.imageSizes());
      }
    }
    String loadingValue = switch (loading) {
      case LAZY -> "lazy";
      case EAGER -> "eager";
      case BROWSER_DEFAULT -> null;
    };
    if (loadingValue != null) {
      out.attribute("loading", loadingValue);
    }
    out.attribute("decoding", "async");
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

  private static void credit(Rendering r, Attribution attribution) throws IOException {
    Markup out = r.out;
    LanguageScope scope = r.scope;
    out.open(r.names.start(Start.CREDIT));
    List<LanguageScope.Fill> parts = new ArrayList<>();
    if (attribution.creditLine().isPresent()) {
      parts.add(() -> out.isolated(attribution.creditLine().get()));
    } else if (attribution.creator().isPresent()) {
      parts.add(() -> scope.composed(Phrase.CREDIT, () -> out.isolated(attribution.creator().get())));
    }
    if (attribution.copyrightNotice().isPresent()) {
      parts.add(() -> out.isolated(attribution.copyrightNotice().get()));
    } else if (attribution.copyrightHolder().isPresent()) {
      parts.add(() -> scope.composed(Phrase.COPYRIGHT, () -> out.isolated(attribution.copyrightHolder().get())));
    }
    if (attribution.sourceUrl().isPresent() && !out.insideLink()) {
      URI source = attribution.sourceUrl().get();
      if (UrlPolicy.allowed(source, false) != null) {
        parts.add(() -> out.open(r.names.start(Start.CREDIT_SOURCE)).url("href", source)
            .text(source.getHost()).close());
      }
    }
    if (attribution.license().isPresent()) {
      parts.add(() -> {
        boolean differs = scope.composedDiffers();
        if (differs) {
          out.open("span");
          scope.markComposed();
        }
        license(r, attribution.license().get());
        if (differs) {
          out.close();
        }
      });
    }
    join(r, parts);
    out.close();
  }

  /** A licence phrase, its name a link when the licence has an allowed URL. */
  static void license(Rendering r, License license) throws IOException {
    Markup out = r.out;
    String name = license.name().orElseGet(() -> license.spdxId().orElse(""));
    r.scope.phrase(Phrase.LICENSE, () -> {
      if (license.url().isPresent() && !out.insideLink() && UrlPolicy.allowed(license.url().get(), false) != null) {
        out.open("a").attribute("rel", "license").url("href", license.url().get()).isolate().text(name).close();
      } else {
        out.isolated(name);
      }
    });
  }

  /** Parts separated by the list separator. */
  static void join(Rendering r, List<LanguageScope.Fill> parts) throws IOException {
    for (int i = 0; i < parts.size(); i++) {
      if (i > 0) {
        r.out.text(r.scope.plain(Phrase.LIST_SEPARATOR));
      }
      parts.get(i).write();
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Bylines, datelines, disclaimers

  private static void byline(Rendering r, Byline byline) throws IOException {
    Markup out = r.out;
    LanguageScope scope = r.scope;
    out.open(r.names.start(Start.BYLINE));
    if (byline.text().isPresent()) {
      out.text(byline.text().get());
      out.close();
      return;
    }
    scope.markComposed();
    try (LanguageScope.Entered composed = scope.enterComposed()) {
      List<Contributor> contributors = byline.contributors();
      scope.phrase(contributors.size() == 1 ? Phrase.BYLINE : Phrase.BYLINE_MANY, () -> {
        for (int i = 0; i < contributors.size(); i++) {
          if (i > 0) {
            out.text(scope.plain(i == contributors.size() - 1 ? Phrase.LIST_LAST_SEPARATOR : Phrase.LIST_SEPARATOR));
          }
          contributor(r, contributors.get(i));
        }
      });
    }
    out.close();
  }

  private static void contributor(Rendering r, Contributor contributor) throws IOException {
    Markup out = r.out;
    LanguageScope scope = r.scope;
    // The details: the job title or the role's phrase, then the affiliation; model text is isolated.
    List<LanguageScope.Fill> details = new ArrayList<>();
    if (contributor.jobTitle().isPresent()) {
      details.add(() -> out.isolated(contributor.jobTitle().get()));
    } else if (contributor.role() != Contributor.Role.AUTHOR) {
      details.add(() -> out.text(scope.plain(rolePhrase(contributor.role()))));
    }
    contributor.affiliation().ifPresent(affiliation -> details.add(() -> out.isolated(affiliation)));
    LanguageScope.Fill[] fills = new LanguageScope.Fill[2];
    fills[0] = () -> {
      out.open(r.names.start(Start.CONTRIBUTOR)).isolate();
      if (contributor.url().isPresent() && !out.insideLink()
          && UrlPolicy.allowed(contributor.url().get(), false) != null) {
        out.open("a").attribute("rel", "author").url("href", contributor.url().get())
            .text(contributor.name()).close();
      } else {
        out.text(contributor.name());
      }
      out.close();
    };
    if (!details.isEmpty()) {
      fills[1] = () -> {
        out.open(r.names.start(Start.CONTRIBUTOR_ROLE));
        join(r, details);
        out.close();
      };
    }
    scope.phrase(Phrase.CONTRIBUTOR, fills);
  }

  /** The phrase of a role shown beside a name; authors are shown without one. */
  private static Phrase rolePhrase(Contributor.Role role) {
    return switch (role) {
      case CORRESPONDENT -> Phrase.ROLE_CORRESPONDENT;
      case PHOTOGRAPHER -> Phrase.ROLE_PHOTOGRAPHER;
      case ILLUSTRATOR -> Phrase.ROLE_ILLUSTRATOR;
      case EDITOR -> Phrase.ROLE_EDITOR;
      case TRANSLATOR -> Phrase.ROLE_TRANSLATOR;
      case CONTRIBUTOR -> Phrase.ROLE_CONTRIBUTOR;
      case AUTHOR -> throw new IllegalStateException("HtmlRenderer shows authors without a role phrase");
    };
  }


  private static void dateline(Rendering r, Dateline dateline) throws IOException {
    Markup out = r.out;
    LanguageScope scope = r.scope;
    out.open(r.names.start(Start.DATELINE));
    scope.markComposed();
    try (LanguageScope.Entered composed = scope.enterComposed()) {
      LanguageScope.Fill[] fills = new LanguageScope.Fill[2];
      fills[0] = () -> {
        out.open(r.names.start(Start.DATELINE_PLACE));
        out.language(scope.content(), scope.current()).isolate();
        out.text(dateline.place()).close();
      };
      fills[1] = () -> TimeText.localTime(r, dateline.time(), false, Start.DATELINE_DATE);
      scope.phrase(Phrase.DATELINE, fills);
    }
    out.close();
  }

  private static void disclaimer(Rendering r, Disclaimer disclaimer) throws IOException {
    Markup out = r.out;
    LanguageScope scope = r.scope;
    out.open(r.names.disclaimerStart(disclaimer.kind()));
    out.attribute("aria-label", scope.plain(disclaimerPhrase(disclaimer.kind())));
    scope.markComposed();
    try (LanguageScope.Entered composed = scope.enterComposed()) {
      out.newline();
      Locale language = disclaimer.language().orElse(scope.content());
      out.open(r.names.start(Start.DISCLAIMER_TEXT)).language(language, scope.current());
      out.modelLines(disclaimer.text());
      out.close().newline();
    }
    out.close();
  }

  private static Phrase disclaimerPhrase(Disclaimer.Kind kind) {
    return switch (kind) {
      case LEGAL -> Phrase.DISCLAIMER_LEGAL;
      case EDITORS_NOTE -> Phrase.DISCLAIMER_EDITORS_NOTE;
      case SPONSORED -> Phrase.DISCLAIMER_SPONSORED;
      case OPINION -> Phrase.DISCLAIMER_OPINION;
      case AI_GENERATED -> Phrase.DISCLAIMER_AI_GENERATED;
      case CONTENT_WARNING -> Phrase.DISCLAIMER_CONTENT_WARNING;
    };
  }


  // ---------------------------------------------------------------------------------------------
  // Sources and corrections

  private static void source(Rendering r, SourceReference source) throws IOException {
    Markup out = r.out;
    LanguageScope scope = r.scope;
    boolean cited = source.relation() == SourceReference.Relation.CITES;
    out.open(r.names.sourceStart(source.relation()));
    if (!cited) {
      scope.markComposed();
    }
    try (LanguageScope.Entered composed = scope.enterComposed()) {
      LanguageScope.Fill[] fills = new LanguageScope.Fill[5];
      fills[1] = () -> {
        if (source.url().isPresent() && !out.insideLink() && UrlPolicy.allowed(source.url().get(), true) != null) {
          out.open(r.names.start(Start.SOURCE_OUTLET_LINK)).url("href", source.url().get())
              .isolate().text(source.outlet()).close();
        } else {
          out.open(r.names.start(Start.SOURCE_OUTLET)).isolate().text(source.outlet()).close();
        }
      };
      if (source.title().isPresent()) {
        Locale titleLanguage = source.language().orElse(scope.content());
        fills[2] = () -> out.open("cite").language(titleLanguage, scope.current()).isolate()
            .text(source.title().get()).close();
      }
      if (source.language().isPresent()) {
        Locale named = source.language().get();
        fills[0] = () -> {
          String name = scope.phrases().languageName(named);
          if (name != null) {
            out.text(name);
          } else {
            scope.phrase(Phrase.IN_LANGUAGE, () -> out.text(scope.phrases().displayLanguage(named)));
          }
        };
      }
      if (source.published().isPresent()) {
        ZonedDateTime published = source.published().get();
        fills[3] = () -> TimeText.time(r, published, false, null);
        fills[4] = () -> TimeText.timeOfDay(r, published);
      }
      scope.phrase(sourcePhrase(source.relation()), fills);
    }
    out.close();
  }

  private static Phrase sourcePhrase(SourceReference.Relation relation) {
    return switch (relation) {
      case TRANSLATION_OF -> Phrase.SOURCE_TRANSLATION_OF;
      case ORIGINALLY_PUBLISHED_AT -> Phrase.SOURCE_ORIGINALLY_PUBLISHED_AT;
      case BASED_ON -> Phrase.SOURCE_BASED_ON;
      case SYNDICATED_FROM -> Phrase.SOURCE_SYNDICATED_FROM;
      case CITES -> Phrase.SOURCE_CITES;
    };
  }


  private static void correction(Rendering r, Correction correction) throws IOException {
    Markup out = r.out;
    LanguageScope scope = r.scope;
    out.open(r.names.correctionStart(correction.kind()));
    LanguageScope.Fill[] fills = new LanguageScope.Fill[3];
    fills[0] = () -> out.open(r.names.start(Start.CORRECTION_KIND))
        .text(scope.plain(correctionPhrase(correction.kind()))).close();
    fills[1] = () -> TimeText.time(r, correction.date(), true, Start.CORRECTION_DATE);
    fills[2] = () -> {
      out.open(r.names.start(Start.CORRECTION_TEXT));
      out.language(scope.content(), scope.current()).isolate();
      out.modelLines(correction.text()).close();
    };
    scope.phrase(Phrase.CORRECTION, fills);
    out.close();
  }

  private static Phrase correctionPhrase(Correction.Kind kind) {
    return switch (kind) {
      case CORRECTION -> Phrase.CORRECTION_KIND_CORRECTION;
      case CLARIFICATION -> Phrase.CORRECTION_KIND_CLARIFICATION;
      case UPDATE -> Phrase.CORRECTION_KIND_UPDATE;
    };
  }


  // ---------------------------------------------------------------------------------------------
  // Quotes and teasers

  private static void quote(Rendering r, Quote quote) throws IOException {
    Markup out = r.out;
    LanguageScope scope = r.scope;
    Optional<String> attribution = quote.attribution();
    if (attribution.isPresent()) {
      out.open(r.names.start(Start.QUOTE_FIGURE)).newline();
      out.open("blockquote");
    } else {
      out.open(r.names.start(Start.QUOTE));
    }
    if (quote.citeUrl().isPresent()) {
      out.url("cite", quote.citeUrl().get());
    }
    if (quote.language().isPresent()) {
      out.language(quote.language().get(), scope.current());
    }
    try (LanguageScope.Entered quoteLanguage = scope.enter(quote.language().orElse(scope.current()))) {
      out.open("p");
      BodyRenderer.inlines(r, quote.content());
      out.close();
    }
    out.close();
    if (attribution.isPresent()) {
      out.newline();
      out.open(r.names.start(Start.QUOTE_ATTRIBUTION));
      scope.phrase(Phrase.QUOTE_ATTRIBUTION, () -> out.isolated(attribution.get()));
      out.close().newline();
      out.close();
    }
  }

  private static void teaser(Rendering r, Teaser teaser) throws IOException {
    Markup out = r.out;
    LanguageScope scope = r.scope;
    out.open(r.names.start(Start.TEASER)).newline();
    Locale language = teaser.language().orElse(scope.content());
    if (teaser.image().isPresent()) {
      out.open(r.names.start(Start.TEASER_IMAGE));
      img(r, teaser.image().get(), r.settings.imageLoading(), false);
      out.close().newline();
    }
    out.open(r.names.heading(Start.TEASER_HEADLINE, r.teaserLevel))
        .language(language, scope.current());
    if (teaser.url().isPresent() && !out.insideLink() && UrlPolicy.allowed(teaser.url().get(), false) != null) {
      out.open("a").url("href", teaser.url().get()).text(teaser.headline()).close();
    } else {
      out.text(teaser.headline());
    }
    out.close().newline();
    out.open(r.names.start(Start.TEASER_TIME));
    TimeText.time(r, teaser.published(), true, null);
    out.close().newline();
    if (teaser.summary().isPresent()) {
      out.open(r.names.start(Start.TEASER_SUMMARY)).language(language, scope.current());
      out.modelLines(teaser.summary().get()).close().newline();
    }
    out.close();
  }
}
