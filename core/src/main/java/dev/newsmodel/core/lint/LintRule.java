package dev.newsmodel.core.lint;

import dev.newsmodel.core.Article;
import dev.newsmodel.core.Attribution;
import dev.newsmodel.core.Contributor;
import dev.newsmodel.core.Disclaimer;
import dev.newsmodel.core.Image;
import dev.newsmodel.core.SourceReference;
import dev.newsmodel.core.Teaser;
import dev.newsmodel.core.body.Block;
import dev.newsmodel.core.body.ImageBlock;
import java.util.List;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * The editorial lint rules, each with a stable code, a default severity and a description.
 *
 * <p>Codes never change meaning; a rule that is retired keeps its code unused.
 */
public enum LintRule {
  /** A headline longer than 110 characters is cut in lists, search results and social cards. */
  HEADLINE_LENGTH("headline-length", Severity.WARNING,
      "The headline is longer than " + LintRule.MAX_HEADLINE + " characters.") {
    @Override
    void check(Article article, BiConsumer<String, String> report) {
      int length = article.headline().codePointCount(0, article.headline().length());
      if (length > MAX_HEADLINE) {
        report.accept("article.headline", "The headline has " + length + " characters; keep it to "
            + MAX_HEADLINE + " so that lists and search results show it whole.");
      }
    }
  },

  /** An article without a summary leaves lists, cards and search results to guess one. */
  SUMMARY_MISSING("summary-missing", Severity.INFO, "The article has no summary.") {
    @Override
    void check(Article article, BiConsumer<String, String> report) {
      if (article.summary().isEmpty()) {
        report.accept("article.summary",
            "The article has no summary; add a lede or standfirst for lists, cards and search results.");
      }
    }
  },

  /** An image without a licence may not be reusable, and readers cannot tell on what terms it is shown. */
  IMAGE_LICENSE_MISSING("image-license-missing", Severity.WARNING, "An image has no licence.") {
    @Override
    void check(Article article, BiConsumer<String, String> report) {
      forEachImage(article, (path, image) -> {
        if (image.attribution().flatMap(Attribution::license).isEmpty()) {
          report.accept(path + ".attribution.license",
              "The image has no licence; name one (an SPDX id such as 'CC-BY-SA-4.0') or a copyright holder's terms.");
        }
      });
    }
  },

  /** An image without a credit does not say who made it. */
  IMAGE_CREDIT_MISSING("image-credit-missing", Severity.WARNING, "An image has no credit.") {
    @Override
    void check(Article article, BiConsumer<String, String> report) {
      forEachImage(article, (path, image) -> {
        Optional<Attribution> attribution = image.attribution();
        boolean credited = attribution.isPresent() && (attribution.get().creditLine().isPresent()
            || attribution.get().creator().isPresent() || attribution.get().copyrightHolder().isPresent());
        if (!credited) {
          report.accept(path + ".attribution",
              "The image has no credit; name its creator, a credit line or a copyright holder.");
        }
      });
    }
  },

  /** A legal notice applies under some law; without a jurisdiction, readers cannot tell which. */
  LEGAL_DISCLAIMER_JURISDICTION("legal-disclaimer-jurisdiction", Severity.WARNING,
      "A legal disclaimer names no jurisdiction.") {
    @Override
    void check(Article article, BiConsumer<String, String> report) {
      List<Disclaimer> disclaimers = article.disclaimers();
      for (int i = 0; i < disclaimers.size(); i++) {
        Disclaimer d = disclaimers.get(i);
        if (d.kind() == Disclaimer.Kind.LEGAL && d.jurisdiction().isEmpty()) {
          report.accept("article.disclaimers[" + i + "].jurisdiction",
              "The legal disclaimer names no jurisdiction; give the ISO 3166-1 code of the country whose law requires it.");
        }
      }
    }
  },

  /** A translation must point to its original, so readers can check it. */
  TRANSLATION_SOURCE("translation-source", Severity.WARNING,
      "A translated article does not reference its original.") {
    @Override
    void check(Article article, BiConsumer<String, String> report) {
      List<SourceReference> sources = article.sources();
      boolean hasOriginal = false;
      for (int i = 0; i < sources.size(); i++) {
        SourceReference s = sources.get(i);
        if (s.relation() == SourceReference.Relation.TRANSLATION_OF) {
          hasOriginal = true;
          if (s.url().isEmpty()) {
            report.accept("article.sources[" + i + "].url",
                "The original of this translation has no URL; link it so readers can check the translation.");
          }
        }
      }
      boolean translated = article.bylines().stream()
          .flatMap(b -> b.contributors().stream())
          .anyMatch(c -> c.role() == Contributor.Role.TRANSLATOR);
      if (translated && !hasOriginal) {
        report.accept("article.sources",
            "The article credits a translator but has no TRANSLATION_OF source; reference the original.");
      }
    }
  },

  /** News without a byline does not say who stands behind it. */
  BYLINE_MISSING("byline-missing", Severity.WARNING, "A news article has no byline.") {
    @Override
    void check(Article article, BiConsumer<String, String> report) {
      if (article.genre().orElse(null) == Article.Genre.NEWS && article.bylines().isEmpty()) {
        report.accept("article.bylines",
            "The news article has no byline; credit its author, correspondent or agency.");
      }
    }
  },

  /** Related items are listed newest first; an item out of order misleads readers about what is latest. */
  TEASER_ORDER("teaser-order", Severity.WARNING, "Related items are not newest first.") {
    @Override
    void check(Article article, BiConsumer<String, String> report) {
      List<Teaser> related = article.related();
      for (int i = 1; i < related.size(); i++) {
        if (related.get(i).published().toInstant().isAfter(related.get(i - 1).published().toInstant())) {
          report.accept("article.related[" + i + "].published",
              "This item is newer than the one before it; list related items newest first.");
        }
      }
    }
  };

  static final int MAX_HEADLINE = 110;

  private final String code;
  private final Severity defaultSeverity;
  private final String description;

  LintRule(String code, Severity defaultSeverity, String description) {
    this.code = code;
    this.defaultSeverity = defaultSeverity;
    this.description = description;
  }

  /**
   * Returns the rule's stable code, such as {@code headline-length}.
   *
   * @return the code, not null
   */
  public String code() {
    return code;
  }

  /**
   * Returns the severity the rule reports with unless a linter is told otherwise.
   *
   * @return the default severity, not null
   */
  public Severity defaultSeverity() {
    return defaultSeverity;
  }

  /**
   * Returns a one-sentence description of what the rule finds.
   *
   * @return the description, not null
   */
  public String description() {
    return description;
  }

  /**
   * Returns the rule with the given code.
   *
   * @param code a rule's code, such as {@code headline-length}, not null
   * @return the rule, or empty if no rule has that code, not null
   */
  public static Optional<LintRule> forCode(String code) {
    for (LintRule rule : values()) {
      if (rule.code.equals(code)) {
        return Optional.of(rule);
      }
    }
    return Optional.empty();
  }

  abstract void check(Article article, BiConsumer<String, String> report);

  private static void forEachImage(Article article, BiConsumer<String, Image> action) {
    article.leadImage().ifPresent(image -> action.accept("article.leadImage", image));
    List<Block> body = article.body();
    for (int i = 0; i < body.size(); i++) {
      if (body.get(i) instanceof ImageBlock) {
        action.accept("article.body[" + i + "].image", ((ImageBlock) body.get(i)).image());
      }
    }
  }

  /** Returns the code, as {@link #code()} does. */
  @Override
  public String toString() {
    return code;
  }
}
