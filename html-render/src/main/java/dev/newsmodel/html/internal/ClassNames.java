package dev.newsmodel.html.internal;

import dev.newsmodel.core.Correction;
import dev.newsmodel.core.Disclaimer;
import dev.newsmodel.core.SourceReference;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code class} attribute values the renderer writes, composed once per renderer from its
 * validated prefix: {@code of("figure lead-image")} is {@code "nm-figure nm-lead-image"} by default.
 * The names are the renderer's own constants, so they are not checked on every element as names from
 * custom components are. The renderer's start tags with these values ({@link Start}) are composed here
 * too, once. Immutable and thread-safe.
 */
public final class ClassNames {
  /** Every class value the renderer writes, names separated by a space, without prefix. */
  public static final List<String> VALUES = List.of(
    "alternative-headline", "article", "body", "byline", "caption", "contributor", "contributor-role",
    "correction-date", "correction-kind", "correction-text", "corrections", "corrections-heading",
    "corrections-list", "credit", "credit-source", "dateline", "dateline-date", "dateline-place",
    "disclaimer-text", "figcaption", "figure", "figure lead-image", "footer", "header", "headline", "kicker",
    "main", "modified", "news-list", "news-list-heading", "page", "published", "quote", "quote-attribution",
    "related", "related-heading", "rights", "source-outlet", "sources", "sources-heading", "sources-list",
    "status", "summary", "teaser", "teaser-headline", "teaser-image", "teaser-summary", "teaser-time",
    "teasers", "times", "updated");

  private final String prefix;
  private final Map<String, String> values;
  private final String[] sources;
  private final String[] corrections;
  private final String[] disclaimers;
  /** The start tags by {@link Start#ordinal()}; null for the headings. */
  private final Markup.StartTag[] starts;
  /** The headings' start tags by {@link Start#ordinal()}, then by level from 1 to 6. */
  private final Markup.StartTag[][] headings;
  private final Markup.StartTag[] sourceStarts;
  private final Markup.StartTag[] correctionStarts;
  private final Markup.StartTag[] disclaimerStarts;

  /**
   * Composes every value for a prefix.
   *
   * @param prefix the renderer's class prefix, already validated
   */
  public ClassNames(String prefix) {
    this.prefix = prefix;
    Map<String, String> composed = new HashMap<>();
    for (String value : VALUES) {
      composed.put(value, compose(prefix, value));
    }
    this.values = composed;
    this.sources = new String[SourceReference.Relation.values().length];
    for (SourceReference.Relation relation : SourceReference.Relation.values()) {
      sources[relation.ordinal()] = compose(prefix, "source source-" + kebab(relation.name()));
    }
    this.corrections = new String[Correction.Kind.values().length];
    for (Correction.Kind kind : Correction.Kind.values()) {
      corrections[kind.ordinal()] = compose(prefix, "correction correction-" + kebab(kind.name()));
    }
    this.disclaimers = new String[Disclaimer.Kind.values().length];
    for (Disclaimer.Kind kind : Disclaimer.Kind.values()) {
      disclaimers[kind.ordinal()] = compose(prefix, "disclaimer disclaimer-" + kebab(kind.name()));
    }
    this.starts = new Markup.StartTag[Start.values().length];
    this.headings = new Markup.StartTag[Start.values().length][];
    for (Start start : Start.values()) {
      String value = of(start.classes);
      if (start.tag == null) {
        Markup.StartTag[] levels = new Markup.StartTag[6];
        for (int level = 1; level <= 6; level++) {
          levels[level - 1] = new Markup.StartTag(Rendering.heading(level), value);
        }
        headings[start.ordinal()] = levels;
      } else {
        starts[start.ordinal()] = new Markup.StartTag(start.tag, value);
      }
    }
    this.sourceStarts = new Markup.StartTag[sources.length];
    for (SourceReference.Relation relation : SourceReference.Relation.values()) {
      String tag = relation == SourceReference.Relation.CITES ? "li" : "p";
      sourceStarts[relation.ordinal()] = new Markup.StartTag(tag, sources[relation.ordinal()]);
    }
    this.correctionStarts = new Markup.StartTag[corrections.length];
    for (Correction.Kind kind : Correction.Kind.values()) {
      correctionStarts[kind.ordinal()] = new Markup.StartTag("li", corrections[kind.ordinal()]);
    }
    this.disclaimerStarts = new Markup.StartTag[disclaimers.length];
    for (Disclaimer.Kind kind : Disclaimer.Kind.values()) {
      disclaimerStarts[kind.ordinal()] = new Markup.StartTag("aside", disclaimers[kind.ordinal()]);
    }
  }

  /**
   * Returns one of the renderer's start tags with its class, such as {@code <p class="nm-byline"}.
   *
   * @param start not a heading
   * @return the start tag, not null
   */
  Markup.StartTag start(Start start) {
    Markup.StartTag tag = starts[start.ordinal()];
    if (tag == null) {
      throw new IllegalArgumentException(start + " is a heading; its element follows the level");
    }
    return tag;
  }

  /**
   * Returns a heading's start tag with its class, such as {@code <h1 class="nm-headline"}.
   *
   * @param start a heading
   * @param level the heading level, kept within 1 to 6 as {@link Rendering#heading} keeps it
   * @return the start tag, not null
   */
  Markup.StartTag heading(Start start, int level) {
    Markup.StartTag[] levels = headings[start.ordinal()];
    if (levels == null) {
      throw new IllegalArgumentException(start + " is not a heading");
    }
    return levels[Math.max(1, Math.min(6, level)) - 1];
  }

  /**
   * Returns a source's start tag: {@code li} for a cited source, {@code p} for a note, such as
   * {@code <p class="nm-source nm-source-translation-of"}.
   *
   * @param relation the source's relation
   * @return the start tag, not null
   */
  Markup.StartTag sourceStart(SourceReference.Relation relation) {
    return sourceStarts[relation.ordinal()];
  }

  /**
   * Returns a correction's start tag, such as {@code <li class="nm-correction nm-correction-update"}.
   *
   * @param kind the correction's kind
   * @return the start tag, not null
   */
  Markup.StartTag correctionStart(Correction.Kind kind) {
    return correctionStarts[kind.ordinal()];
  }

  /**
   * Returns a disclaimer's start tag, such as {@code <aside class="nm-disclaimer nm-disclaimer-legal"}.
   *
   * @param kind the disclaimer's kind
   * @return the start tag, not null
   */
  Markup.StartTag disclaimerStart(Disclaimer.Kind kind) {
    return disclaimerStarts[kind.ordinal()];
  }

  /**
   * Returns the prefixed value for the renderer's own names, such as {@code "nm-figure nm-lead-image"}
   * for {@code "figure lead-image"}; composed on the spot for a value not in the table.
   *
   * @param names the names without prefix, separated by a space
   * @return the class value, not null
   */
  public String of(String names) {
    String value = values.get(names);
    return value != null ? value : compose(prefix, names);
  }

  /**
   * Returns the value for a source note, such as {@code nm-source nm-source-translation-of}.
   *
   * @param relation the source's relation
   * @return the class value, not null
   */
  public String source(SourceReference.Relation relation) {
    return sources[relation.ordinal()];
  }

  /**
   * Returns the value for a correction, such as {@code nm-correction nm-correction-clarification}.
   *
   * @param kind the correction's kind
   * @return the class value, not null
   */
  public String correction(Correction.Kind kind) {
    return corrections[kind.ordinal()];
  }

  /**
   * Returns the value for a disclaimer, such as {@code nm-disclaimer nm-disclaimer-legal}.
   *
   * @param kind the disclaimer's kind
   * @return the class value, not null
   */
  public String disclaimer(Disclaimer.Kind kind) {
    return disclaimers[kind.ordinal()];
  }

  private static String compose(String prefix, String names) {
    StringBuilder value = new StringBuilder();
    for (String name : names.split(" ")) {
      if (value.length() > 0) {
        value.append(' ');
      }
      value.append(prefix).append(name);
    }
    return value.toString();
  }

  private static String kebab(String enumName) {
    return enumName.toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
