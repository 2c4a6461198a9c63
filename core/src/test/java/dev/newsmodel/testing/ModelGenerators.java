package dev.newsmodel.testing;

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
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;

/**
 * QuickTheories generators for every model type: the one shared set that every module's property
 * tests use (shipped in core's test-jar).
 *
 * <p>{@link #standard()} writes text from several scripts (Latin, Cyrillic, Arabic, CJK, emoji);
 * {@link #hostile()} mixes in markup, script, quote breakouts, {@code </script>}, {@code <!--},
 * {@code javascript:} and Unicode format controls, for the renderers' safety properties. Every value
 * generated obeys the model's construction rules. Generators are deterministic for a given seed.
 */
public final class ModelGenerators {
  /** Every region zone of the JDK's tz database, sorted so generation does not depend on set order. */
  public static final List<ZoneId> REGION_ZONES = allRegionZones();

  private static final long MIN_EPOCH_SECOND = Instant.parse("1900-01-01T00:00:00Z").getEpochSecond();
  private static final long MAX_EPOCH_SECOND = Instant.parse("2100-01-01T00:00:00Z").getEpochSecond();

  private static final String[] WORDS = {
    "Shusha", "Iskander", "analysts", "Baku", "Yerevan", "missile", "conflict", "report", "the", "and",
    "Шуша", "аналитики", "ракета", "Москва", "باكو", "صاروخ", "東京", "報道", "ニュース", "Zürich",
    "naïve", "café", "Ελλάδα", "שלום", "🚀", "👩‍💻", "O'Brien", "\"quoted\"", "50%", "a&b", "x<y", "€5"
  };

  private static final String[] HOSTILE = {
    "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "' onmouseover='alert(1)",
    "javascript:alert(1)", "</script><script>alert(1)</script>", "<!--", "-->", "]]>", "<![CDATA[x]]>",
    "&amp;", "&lt;b&gt;", "<b>bold</b>", "<a href=\"javascript:alert(1)\">x</a>", "{{7*7}}", "${7*7}",
    "\u202Eevil\u202C", "\u200B", "\u2066isolate\u2069", "\uFEFF", "\\u003cscript\\u003e", "`",
    "<style>*{}</style>", "<iframe src=//x>", "<svg onload=alert(1)>", "</textarea>", "\u2028", "\u2029"
  };

  private static final List<Locale> LANGUAGES = List.of(
      Locale.forLanguageTag("en"), Locale.forLanguageTag("ru"), Locale.forLanguageTag("az"),
      Locale.forLanguageTag("hy"), Locale.forLanguageTag("ar"), Locale.forLanguageTag("he"),
      Locale.forLanguageTag("fa"), Locale.forLanguageTag("de-CH"), Locale.forLanguageTag("zh-Hant-TW"),
      Locale.forLanguageTag("ja"), Locale.forLanguageTag("sr-Latn"), Locale.forLanguageTag("en-GB"));

  private static final List<String> COUNTRIES = List.of("RU", "AZ", "AM", "GE", "US", "GB", "DE", "TR", "IR", "IL");

  private final boolean hostile;

  private ModelGenerators(boolean hostile) {
    this.hostile = hostile;
  }

  /**
   * Returns generators of ordinary multilingual content.
   *
   * @return the generators, not null
   */
  public static ModelGenerators standard() {
    return new ModelGenerators(false);
  }

  /**
   * Returns generators whose text is mixed with hostile fragments (markup, script, quote breakouts,
   * format controls) that renderers must neutralise.
   *
   * @return the generators, not null
   */
  public static ModelGenerators hostile() {
    return new ModelGenerators(true);
  }

  /** Returns the hostile fragments that {@link #hostile()} mixes into text. */
  public static List<String> hostileFragments() {
    return List.of(HOSTILE);
  }

  // ---------------------------------------------------------------------------------------------
  // Scalars

  /** Text of one to several words, possibly with line breaks; never blank. */
  public Gen<String> texts() {
    return in -> words(in, 1, 12, true);
  }

  /** One line of one to eight words; never blank. */
  public Gen<String> lines() {
    return in -> words(in, 1, 8, false);
  }

  private String words(RandomnessSource in, int min, int max, boolean multiline) {
    int n = (int) in.next(org.quicktheories.impl.Constraint.between(min, max));
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        out.append(multiline && pick(in, 10) == 0 ? "\n" : " ");
      }
      if (hostile && pick(in, 3) == 0) {
        String fragment = HOSTILE[pick(in, HOSTILE.length)];
        if (!multiline) {
          fragment = fragment.replace('\u2028', ' ').replace('\u2029', ' ');
        }
        out.append(fragment);
      } else {
        out.append(WORDS[pick(in, WORDS.length)]);
      }
    }
    String s = out.toString();
    return s.isBlank() ? "x" + s : s;
  }

  /** Absolute http and https URLs, including ones with queries, fragments and non-ASCII paths. */
  public Gen<URI> urls() {
    return in -> {
      String[] hosts = {"example.com", "www.eng.kavkaz-uzel.eu", "commons.wikimedia.org", "news.example.org"};
      String scheme = pick(in, 4) == 0 ? "http" : "https";
      StringBuilder path = new StringBuilder("/");
      int segments = pick(in, 4);
      for (int i = 0; i < segments; i++) {
        path.append(i == 0 ? "" : "/").append("p").append(pick(in, 1000));
      }
      String query = pick(in, 3) == 0 ? "?q=" + pick(in, 100) + "&lang=ru" : "";
      String fragment = pick(in, 5) == 0 ? "#s" + pick(in, 10) : "";
      if (hostile && pick(in, 4) == 0) {
        query = "?x=%22%3E%3Cscript%3Ealert(1)%3C/script%3E&y='onerror=";
      }
      return URI.create(scheme + "://" + hosts[pick(in, hosts.length)] + path + query + fragment);
    };
  }

  /** Well-formed BCP 47 languages, among them right-to-left ones. */
  public Gen<Locale> languages() {
    return in -> LANGUAGES.get(pick(in, LANGUAGES.size()));
  }

  /** ISO 3166-1 alpha-2 country codes. */
  public Gen<CountryCode> countryCodes() {
    return in -> CountryCode.of(COUNTRIES.get(pick(in, COUNTRIES.size())));
  }

  /** Region zones of the tz database. */
  public Gen<ZoneId> regionZones() {
    return in -> REGION_ZONES.get(pick(in, REGION_ZONES.size()));
  }

  /**
   * Timestamps from 1900 to 2100 in every zone of the tz database, bare offsets included, with and
   * without fractions of a second; a third of them within two hours of one of the zone's transitions,
   * so that daylight-saving gaps and overlaps are covered from both sides.
   */
  public Gen<ZonedDateTime> timestamps() {
    return in -> {
      ZoneId zone = pick(in, 8) == 0 ? ZoneOffset.ofTotalSeconds((pick(in, 57) - 28) * 1800) : regionZones().generate(in);
      return timestampIn(in, zone);
    };
  }

  /** Timestamps in region zones only, as datelines need. */
  public Gen<ZonedDateTime> regionTimestamps() {
    return in -> timestampIn(in, regionZones().generate(in));
  }

  private ZonedDateTime timestampIn(RandomnessSource in, ZoneId zone) {
    long second = in.next(org.quicktheories.impl.Constraint.between(MIN_EPOCH_SECOND, MAX_EPOCH_SECOND));
    Instant instant = Instant.ofEpochSecond(second);
    if (pick(in, 3) == 0) {
      ZoneRules rules = zone.getRules();
      ZoneOffsetTransition next = rules.nextTransition(instant);
      if (next != null && next.getInstant().getEpochSecond() < MAX_EPOCH_SECOND) {
        instant = next.getInstant().plusSeconds(pick(in, 4 * 3600) - 2 * 3600L);
      }
    }
    int fraction = pick(in, 4);
    if (fraction == 1) {
      instant = instant.plusMillis(pick(in, 1000));
    } else if (fraction == 2) {
      instant = instant.plusNanos(pick(in, 1_000_000_000));
    }
    return ZonedDateTime.ofInstant(instant, zone);
  }

  // ---------------------------------------------------------------------------------------------
  // Model types

  /** Geographic points. */
  public Gen<GeoPoint> geoPoints() {
    return in -> GeoPoint.of(pick(in, 18001) / 100.0 - 90, pick(in, 36001) / 100.0 - 180);
  }

  /** Licences with an SPDX id, a name, or both. */
  public Gen<License> licenses() {
    return in -> {
      String[] ids = {"CC-BY-4.0", "CC-BY-SA-4.0", "CC0-1.0", "Apache-2.0", "LicenseRef-Agency"};
      License.Builder b = License.builder();
      int shape = pick(in, 3);
      if (shape != 1) {
        b.spdxId(ids[pick(in, ids.length)]);
      }
      if (shape != 0) {
        b.name(lines().generate(in));
      }
      optional(in, urls()).ifPresent(b::url);
      return b.build();
    };
  }

  /** Attributions with at least a creator. */
  public Gen<Attribution> attributions() {
    return in -> {
      Attribution.Builder b = Attribution.builder().creator(lines().generate(in));
      optional(in, lines()).ifPresent(b::creditLine);
      optional(in, urls()).ifPresent(b::sourceUrl);
      optional(in, lines()).ifPresent(b::copyrightHolder);
      optional(in, lines()).ifPresent(b::copyrightNotice);
      optional(in, licenses()).ifPresent(b::license);
      optional(in, urls()).ifPresent(b::acquireLicenseUrl);
      return b.build();
    };
  }

  /** Images, decorative or with alternative text, with renditions and attribution. */
  public Gen<Image> images() {
    return in -> {
      Image.Builder b = Image.builder().url(urls().generate(in));
      if (pick(in, 6) == 0) {
        b.decorative(true);
      } else {
        b.alt(texts().generate(in));
      }
      optional(in, texts()).ifPresent(b::caption);
      if (pick(in, 2) == 0) {
        b.width(1 + pick(in, 4000)).height(1 + pick(in, 4000));
      }
      int renditions = pick(in, 3);
      for (int i = 0; i < renditions; i++) {
        b.addRenditions(ImageRendition.of(urls().generate(in), 1 + pick(in, 4000)));
      }
      optional(in, attributions()).ifPresent(b::attribution);
      return b.build();
    };
  }

  /** Organisations, some with a logo. */
  public Gen<Organization> organizations() {
    return in -> {
      Organization.Builder b = Organization.builder().name(lines().generate(in));
      optional(in, urls()).ifPresent(b::url);
      if (pick(in, 4) == 0) {
        b.logo(images().generate(in));
      }
      return b.build();
    };
  }

  /** Contributors of every kind and role. */
  public Gen<Contributor> contributors() {
    return in -> {
      Contributor.Builder b = Contributor.builder()
          .name(lines().generate(in))
          .kind(oneOf(in, Contributor.Kind.values()))
          .role(oneOf(in, Contributor.Role.values()));
      optional(in, lines()).ifPresent(b::jobTitle);
      optional(in, lines()).ifPresent(b::affiliation);
      optional(in, urls()).ifPresent(b::url);
      return b.build();
    };
  }

  /** Bylines with contributors, a printed text, or both. */
  public Gen<Byline> bylines() {
    return in -> {
      Byline.Builder b = Byline.builder();
      int contributors = pick(in, 3);
      for (int i = 0; i < contributors; i++) {
        b.addContributors(contributors().generate(in));
      }
      if (contributors == 0 || pick(in, 3) == 0) {
        b.text(lines().generate(in));
      }
      return b.build();
    };
  }

  /** Datelines in region zones. */
  public Gen<Dateline> datelines() {
    return in -> {
      Dateline.Builder b = Dateline.builder().place(lines().generate(in)).time(regionTimestamps().generate(in));
      optional(in, countryCodes()).ifPresent(b::country);
      optional(in, geoPoints()).ifPresent(b::coordinates);
      return b.build();
    };
  }

  /** Source references of every relation. */
  public Gen<SourceReference> sourceReferences() {
    return in -> {
      SourceReference.Builder b = SourceReference.builder()
          .relation(oneOf(in, SourceReference.Relation.values()))
          .outlet(lines().generate(in));
      optional(in, urls()).ifPresent(b::url);
      optional(in, lines()).ifPresent(b::title);
      optional(in, languages()).ifPresent(b::language);
      optional(in, timestamps()).ifPresent(b::published);
      return b.build();
    };
  }

  /** Disclaimers of every kind and placement. */
  public Gen<Disclaimer> disclaimers() {
    return in -> {
      Disclaimer.Builder b = Disclaimer.builder()
          .kind(oneOf(in, Disclaimer.Kind.values()))
          .text(texts().generate(in))
          .placement(oneOf(in, Disclaimer.Placement.values()))
          .verbatim(pick(in, 2) == 0);
      optional(in, languages()).ifPresent(b::language);
      optional(in, countryCodes()).ifPresent(b::jurisdiction);
      optional(in, lines()).ifPresent(b::legalBasis);
      return b.build();
    };
  }

  /** Corrections of every kind. */
  public Gen<Correction> corrections() {
    return in -> Correction.of(timestamps().generate(in), oneOf(in, Correction.Kind.values()), texts().generate(in));
  }

  /** Teasers, some without URL, summary or image. */
  public Gen<Teaser> teasers() {
    return in -> {
      Teaser.Builder b = Teaser.builder().headline(lines().generate(in)).published(timestamps().generate(in));
      optional(in, urls()).ifPresent(b::url);
      optional(in, texts()).ifPresent(b::summary);
      if (pick(in, 4) == 0) {
        b.image(images().generate(in));
      }
      optional(in, languages()).ifPresent(b::language);
      return b.build();
    };
  }

  /** Rights with at least one part. */
  public Gen<Rights> rights() {
    return in -> {
      Rights.Builder b = Rights.builder().copyrightHolder(lines().generate(in));
      optional(in, lines()).ifPresent(b::copyrightNotice);
      optional(in, licenses()).ifPresent(b::license);
      return b.build();
    };
  }

  /** Inline content, nested up to three levels. */
  public Gen<Inline> inlines() {
    return in -> inline(in, 0);
  }

  private Inline inline(RandomnessSource in, int depth) {
    int kind = depth >= 3 ? 0 : pick(in, 8);
    switch (kind) {
      case 1:
        return Emphasis.of(inlineList(in, depth + 1).toArray(new Inline[0]));
      case 2:
        return Strong.of(inlineList(in, depth + 1).toArray(new Inline[0]));
      case 3: {
        Link.Builder b = Link.builder().url(pick(in, 6) == 0
            ? URI.create("mailto:desk@example.com") : urls().generate(in)).addAllContent(inlineList(in, depth + 1));
        optional(in, lines()).ifPresent(b::title);
        return b.build();
      }
      case 4:
        return LineBreak.instance();
      case 5:
        return LanguageSpan.of(languages().generate(in), inlineList(in, depth + 1).toArray(new Inline[0]));
      default:
        return Text.of(texts().generate(in));
    }
  }

  private List<Inline> inlineList(RandomnessSource in, int depth) {
    List<Inline> list = new ArrayList<>();
    list.add(Text.of(lines().generate(in)));
    int more = pick(in, 4);
    for (int i = 0; i < more; i++) {
      list.add(inline(in, depth));
    }
    return list;
  }

  /** Body blocks of every kind. */
  public Gen<Block> blocks() {
    return in -> {
      switch (pick(in, 7)) {
        case 0:
          return Heading.of(2 + pick(in, 5), inlineList(in, 1));
        case 1: {
          Quote.Builder b = Quote.builder().addAllContent(inlineList(in, 0));
          optional(in, lines()).ifPresent(b::attribution);
          optional(in, urls()).ifPresent(b::citeUrl);
          optional(in, languages()).ifPresent(b::language);
          return b.build();
        }
        case 2: {
          List<ListItem> items = new ArrayList<>();
          int n = 1 + pick(in, 4);
          for (int i = 0; i < n; i++) {
            items.add(ListItem.of(inlineList(in, 1).toArray(new Inline[0])));
          }
          return ListBlock.of(pick(in, 2) == 0, items);
        }
        case 3:
          return ImageBlock.of(images().generate(in));
        default:
          return Paragraph.of(inlineList(in, 0));
      }
    };
  }

  /** Alternates in languages other than {@code except}, each language once. */
  private List<Alternate> alternates(RandomnessSource in, Locale except) {
    List<Alternate> out = new ArrayList<>();
    TreeSet<String> used = new TreeSet<>();
    used.add(except.toLanguageTag());
    int n = pick(in, 3);
    for (int i = 0; i < n; i++) {
      Locale l = languages().generate(in);
      if (used.add(l.toLanguageTag())) {
        out.add(Alternate.of(l, urls().generate(in)));
      }
    }
    return out;
  }

  /**
   * Articles of every status, with every attribute present or absent, whose times obey the ordering
   * rules (created, then published, then modified and corrections).
   */
  public Gen<Article> articles() {
    return in -> {
      Article.Status status = oneOf(in, Article.Status.values());
      Locale language = languages().generate(in);
      Article.Builder b = Article.builder()
          .id(ArticleId.of("a-" + in.next(org.quicktheories.impl.Constraint.between(0, Long.MAX_VALUE / 2))))
          .revision(1 + pick(in, 20))
          .status(status)
          .language(language)
          .headline(lines().generate(in))
          .addAllAlternates(alternates(in, language));
      optional(in, urls()).ifPresent(b::canonicalUrl);
      optional(in, lines()).ifPresent(b::alternativeHeadline);
      optional(in, lines()).ifPresent(b::kicker);
      optional(in, texts()).ifPresent(b::summary);
      optional(in, lines()).ifPresent(b::section);
      b.addAllKeywords(list(in, lines(), 4));
      if (pick(in, 2) == 0) {
        b.genre(oneOf(in, Article.Genre.values()));
      }
      optional(in, organizations()).ifPresent(b::publisher);
      b.addAllBylines(list(in, bylines(), 3));
      optional(in, datelines()).ifPresent(b::dateline);
      optional(in, images()).ifPresent(b::leadImage);

      ZonedDateTime created = timestamps().generate(in);
      if (pick(in, 2) == 0) {
        b.created(created);
      }
      ZonedDateTime published = later(in, created);
      if (status == Article.Status.PUBLISHED || pick(in, 2) == 0) {
        b.published(published);
        if (pick(in, 2) == 0) {
          b.modified(later(in, published));
        }
        int corrections = pick(in, 3);
        for (int i = 0; i < corrections; i++) {
          b.addCorrections(Correction.of(later(in, published), oneOf(in, Correction.Kind.values()),
              texts().generate(in)));
        }
      }
      if (pick(in, 5) == 0) {
        b.embargo(later(in, created));
      }
      List<Block> body = list(in, blocks(), 6);
      if (body.isEmpty() && status == Article.Status.PUBLISHED) {
        body = List.of(blocks().generate(in));
      }
      b.addAllBody(body);
      b.addAllSources(list(in, sourceReferences(), 3));
      b.addAllDisclaimers(list(in, disclaimers(), 2));
      List<Teaser> related = new ArrayList<>(list(in, teasers(), 4));
      if (pick(in, 2) == 0) {
        related.sort(Comparator.comparing((Teaser t) -> t.published().toInstant()).reversed());
      }
      b.addAllRelated(related);
      optional(in, rights()).ifPresent(b::rights);
      return b.build();
    };
  }

  private ZonedDateTime later(RandomnessSource in, ZonedDateTime after) {
    ZoneId zone = pick(in, 2) == 0 ? after.getZone() : regionZones().generate(in);
    Instant instant = after.toInstant().plusSeconds(pick(in, 30 * 24 * 3600));
    return ZonedDateTime.ofInstant(instant, zone);
  }

  // ---------------------------------------------------------------------------------------------
  // Helpers

  private static int pick(RandomnessSource in, int bound) {
    return (int) in.next(org.quicktheories.impl.Constraint.between(0, bound - 1));
  }

  private static <T> T oneOf(RandomnessSource in, T[] values) {
    return values[pick(in, values.length)];
  }

  private static <T> Optional<T> optional(RandomnessSource in, Gen<T> gen) {
    return pick(in, 2) == 0 ? Optional.empty() : Optional.of(gen.generate(in));
  }

  private static <T> List<T> list(RandomnessSource in, Gen<T> gen, int max) {
    int n = pick(in, max + 1);
    List<T> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(gen.generate(in));
    }
    return out;
  }

  /**
   * Returns a generator that applies a function to this set's articles, such as a JSON round trip.
   *
   * @param f the function, not null
   * @param <R> the result type
   * @return the generator, not null
   */
  public <R> Gen<R> articlesMapped(Function<Article, R> f) {
    return articles().map(f);
  }

  /**
   * Returns a generator of two values built independently from the same random choices: equal by
   * content, distinct instances. Used to test equality and hash codes without copying.
   *
   * @param gen the generator, not null
   * @param <T> the value type
   * @return a generator of two-element lists, not null
   */
  public static <T> Gen<List<T>> twice(Gen<T> gen) {
    return in -> {
      List<Long> drawn = new ArrayList<>();
      T first = gen.generate(new Recording(in, drawn));
      T second = gen.generate(new Replaying(drawn));
      return List.of(first, second);
    };
  }

  /** Passes draws through and records them. */
  private static final class Recording implements org.quicktheories.core.DetatchedRandomnessSource {
    private final RandomnessSource in;
    private final List<Long> drawn;

    Recording(RandomnessSource in, List<Long> drawn) {
      this.in = in;
      this.drawn = drawn;
    }

    @Override
    public long next(org.quicktheories.impl.Constraint constraint) {
      long value = in.next(constraint);
      drawn.add(value);
      return value;
    }

    @Override
    public org.quicktheories.core.DetatchedRandomnessSource detach() {
      return this;
    }

    @Override
    public void registerFailedAssumption() {
      in.registerFailedAssumption();
    }

    @Override
    public void commit() {}
  }

  /** Replays recorded draws in order. */
  private static final class Replaying implements org.quicktheories.core.DetatchedRandomnessSource {
    private final List<Long> drawn;
    private int next;

    Replaying(List<Long> drawn) {
      this.drawn = drawn;
    }

    @Override
    public long next(org.quicktheories.impl.Constraint constraint) {
      return drawn.get(next++);
    }

    @Override
    public org.quicktheories.core.DetatchedRandomnessSource detach() {
      return this;
    }

    @Override
    public void registerFailedAssumption() {}

    @Override
    public void commit() {}
  }

  private static List<ZoneId> allRegionZones() {
    List<ZoneId> zones = new ArrayList<>();
    for (String id : new TreeSet<>(ZoneId.getAvailableZoneIds())) {
      ZoneId zone = ZoneId.of(id);
      if (!(zone.normalized() instanceof ZoneOffset)) {
        zones.add(zone);
      }
    }
    return List.copyOf(zones);
  }
}
