package dev.newsmodel.jsonld;

import dev.newsmodel.core.Article;
import dev.newsmodel.core.ArticleId;
import dev.newsmodel.core.Byline;
import dev.newsmodel.core.Contributor;
import dev.newsmodel.core.InvalidValueException;
import dev.newsmodel.core.Organization;
import dev.newsmodel.core.body.Block;
import dev.newsmodel.core.body.LineBreak;
import dev.newsmodel.core.body.Paragraph;
import dev.newsmodel.core.body.Text;
import dev.newsmodel.core.convert.Conversion;
import dev.newsmodel.core.convert.ConversionCode;
import dev.newsmodel.core.convert.ConversionProblem;
import java.net.URI;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The facts that one schema.org {@code Article} node of a JSON-LD document states, such as a {@code
 * NewsArticle}'s headline, language, publication time and authors, each with the JSON Pointer it was
 * read from; read by {@link SchemaOrgReader}.
 *
 * <p>A fact the document does not state, or states in a way the model refuses, is absent here, and the
 * reader reported why. {@link #toArticle(List)} builds an {@link Article} from the facts.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class SchemaOrgArticle {
  private final String type;
  private final String pointer;
  private final @Nullable String identifier;
  private final @Nullable URI url;
  private final @Nullable String headline;
  private final @Nullable String alternativeHeadline;
  private final @Nullable String description;
  private final @Nullable Locale language;
  private final @Nullable ZonedDateTime created;
  private final @Nullable ZonedDateTime published;
  private final @Nullable ZonedDateTime modified;
  private final List<Contributor> contributors;
  private final @Nullable Organization publisher;
  private final List<URI> images;
  private final @Nullable String section;
  private final List<String> keywords;
  private final Article.@Nullable Genre genre;
  private final @Nullable String articleBody;
  private final @Nullable Boolean accessibleForFree;
  private final Map<String, String> locations;

  SchemaOrgArticle(ArticleFacts f) {
    this.type = f.type;
    this.pointer = f.pointer;
    this.identifier = f.identifier;
    this.url = f.url;
    this.headline = f.headline;
    this.alternativeHeadline = f.alternativeHeadline;
    this.description = f.description;
    this.language = f.language;
    this.created = f.created;
    this.published = f.published;
    this.modified = f.modified;
    this.contributors = List.copyOf(f.contributors);
    this.publisher = f.publisher;
    this.images = List.copyOf(f.images);
    this.section = f.section;
    this.keywords = List.copyOf(f.keywords);
    this.genre = f.genre;
    this.articleBody = f.articleBody;
    this.accessibleForFree = f.accessibleForFree;
    this.locations = Map.copyOf(f.locations);
  }

  /**
   * Returns the node's schema.org type, such as {@code NewsArticle} or {@code OpinionNewsArticle}.
   *
   * @return the type, not null
   */
  public String type() {
    return type;
  }

  /**
   * Returns the JSON Pointer of the node, such as {@code /@graph/1}; empty for the document's root.
   *
   * @return the pointer, not null
   */
  public String pointer() {
    return pointer;
  }

  /**
   * Returns where a fact was read, as a JSON Pointer, by the name of its accessor: {@code
   * location("headline")} is {@code /@graph/1/headline}, or {@code /@graph/1/name} when the headline
   * came from {@code name}.
   *
   * @param fact the accessor's name, such as {@code published}, not null
   * @return the pointer, or empty if the fact was not read
   */
  public Optional<String> location(String fact) {
    return Optional.ofNullable(locations.get(fact));
  }

  /**
   * Returns {@code identifier}.
   *
   * @return the identifier, not null
   */
  public Optional<String> identifier() {
    return Optional.ofNullable(identifier);
  }

  /**
   * Returns the article's URL: {@code url}, else {@code mainEntityOfPage}.
   *
   * @return an absolute http or https URL, not null
   */
  public Optional<URI> url() {
    return Optional.ofNullable(url);
  }

  /**
   * Returns {@code headline}, else {@code name}; one line.
   *
   * @return the headline, not null
   */
  public Optional<String> headline() {
    return Optional.ofNullable(headline);
  }

  /**
   * Returns {@code alternativeHeadline}.
   *
   * @return the alternative headline, not null
   */
  public Optional<String> alternativeHeadline() {
    return Optional.ofNullable(alternativeHeadline);
  }

  /**
   * Returns {@code description}, the model's summary.
   *
   * @return the description, not null
   */
  public Optional<String> description() {
    return Optional.ofNullable(description);
  }

  /**
   * Returns {@code inLanguage}.
   *
   * @return the language, not null
   */
  public Optional<Locale> language() {
    return Optional.ofNullable(language);
  }

  /**
   * Returns {@code dateCreated}.
   *
   * @return the time, in the zone passed to the reader when its offset fits, else in its offset
   */
  public Optional<ZonedDateTime> created() {
    return Optional.ofNullable(created);
  }

  /**
   * Returns {@code datePublished}.
   *
   * @return the time, in the zone passed to the reader when its offset fits, else in its offset
   */
  public Optional<ZonedDateTime> published() {
    return Optional.ofNullable(published);
  }

  /**
   * Returns {@code dateModified}.
   *
   * @return the time, in the zone passed to the reader when its offset fits, else in its offset
   */
  public Optional<ZonedDateTime> modified() {
    return Optional.ofNullable(modified);
  }

  /**
   * Returns the people and organisations named as {@code author} (role author), {@code editor},
   * {@code translator} and {@code contributor}, in that order.
   *
   * @return the contributors, possibly empty, not null
   */
  public List<Contributor> contributors() {
    return contributors;
  }

  /**
   * Returns {@code publisher}.
   *
   * @return the publisher, not null
   */
  public Optional<Organization> publisher() {
    return Optional.ofNullable(publisher);
  }

  /**
   * Returns the URLs of {@code image}, in order. They are not model images: schema.org has no
   * alternative text, which the model requires.
   *
   * @return the URLs, possibly empty, not null
   */
  public List<URI> images() {
    return images;
  }

  /**
   * Returns {@code articleSection} (the first, if several).
   *
   * @return the section, not null
   */
  public Optional<String> section() {
    return Optional.ofNullable(section);
  }

  /**
   * Returns {@code keywords}, an array or a comma-separated text, each one line.
   *
   * @return the keywords, possibly empty, not null
   */
  public List<String> keywords() {
    return keywords;
  }

  /**
   * Returns the genre: {@code genre} when it names one of the model's, else from the type
   * ({@code OpinionNewsArticle} is opinion, {@code AnalysisNewsArticle} analysis, {@code
   * ReviewNewsArticle} review).
   *
   * @return the genre, not null
   */
  public Optional<Article.Genre> genre() {
    return Optional.ofNullable(genre);
  }

  /**
   * Returns {@code articleBody}, plain text.
   *
   * @return the body text, not null
   */
  public Optional<String> articleBody() {
    return Optional.ofNullable(articleBody);
  }

  /**
   * Returns {@code isAccessibleForFree}, which the model has no place for.
   *
   * @return whether free, not null
   */
  public Optional<Boolean> accessibleForFree() {
    return Optional.ofNullable(accessibleForFree);
  }

  /**
   * Returns {@link #articleBody()} as paragraphs: one per run of text between blank lines, each line
   * break within kept.
   *
   * @return the paragraphs, possibly empty, not null
   */
  public List<Block> articleBodyParagraphs() {
    List<Block> out = new ArrayList<>();
    if (articleBody == null) {
      return out;
    }
    for (String para : articleBody.split("\\R[ \\t]*\\R")) {
      List<dev.newsmodel.core.body.Inline> content = new ArrayList<>();
      for (String line : para.strip().split("\\R")) {
        String l = line.strip();
        if (l.isEmpty()) {
          continue;
        }
        if (!content.isEmpty()) {
          content.add(LineBreak.instance());
        }
        content.add(Text.of(l));
      }
      if (!content.isEmpty()) {
        out.add(Paragraph.of(content));
      }
    }
    return out;
  }

  /**
   * Builds an article from the facts. The id is {@code identifier}, else the URL; the status is
   * published when {@code datePublished} is given, else draft (reported); the body is the one passed,
   * else {@link #articleBodyParagraphs()}. Headline and language are required. Images are reported
   * and left out (no alternative text), as is {@code isAccessibleForFree}.
   *
   * @param body the body, or an empty list to take it from {@code articleBody}, not null
   * @return the article, or the errors saying what is missing
   */
  public Conversion<Article> toArticle(List<Block> body) {
    Objects.requireNonNull(body, "body");
    List<ConversionProblem> problems = new ArrayList<>();
    String id = identifier != null && validId(identifier) ? identifier
        : url != null && validId(url.toString()) ? url.toString() : null;
    if (id == null) {
      problems.add(ConversionProblem.error(ConversionCode.INPUT_MISSING, pointer, "The " + type + " has no identifier "
          + "or url to serve as the article's id."));
    }
    if (headline == null) {
      problems.add(ConversionProblem.error(ConversionCode.INPUT_MISSING, pointer, "The " + type + " has no headline "
          + "or name."));
    }
    if (language == null) {
      problems.add(ConversionProblem.error(ConversionCode.INPUT_MISSING, pointer, "The " + type + " has no "
          + "inLanguage; an article's language is never guessed."));
    }
    List<Block> blocks = body.isEmpty() ? articleBodyParagraphs() : body;
    if (published != null && blocks.isEmpty()) {
      problems.add(ConversionProblem.error(ConversionCode.INPUT_MISSING, pointer, "The " + type + " has no "
          + "articleBody, and a published article needs its body; pass the body read elsewhere."));
    }
    if (published == null) {
      problems.add(ConversionProblem.warning(ConversionCode.INPUT_MISSING, pointer, "The " + type + " has no "
          + "datePublished, so it is read as a draft."));
    }
    if (!images.isEmpty()) {
      problems.add(ConversionProblem.warning(ConversionCode.INPUT_MISSING, locations.getOrDefault("images", pointer),
          "The image was not carried over: schema.org gives no alternative text, which the model requires."));
    }
    if (accessibleForFree != null) {
      problems.add(ConversionProblem.warning(ConversionCode.INPUT_IGNORED,
          locations.getOrDefault("accessibleForFree", pointer), "isAccessibleForFree has no counterpart in the model."));
    }
    if (problems.stream().anyMatch(p -> p.severity() == ConversionProblem.Severity.ERROR)) {
      return Conversion.failed(problems);
    }
    Article.Builder b = Article.builder().id(ArticleId.of(id)).language(language).headline(headline)
        .status(published == null ? Article.Status.DRAFT : Article.Status.PUBLISHED).addAllBody(blocks)
        .addAllKeywords(keywords);
    if (url != null) {
      b.canonicalUrl(url);
    }
    if (alternativeHeadline != null) {
      b.alternativeHeadline(alternativeHeadline);
    }
    if (description != null) {
      b.summary(description);
    }
    if (section != null) {
      b.section(section);
    }
    if (genre != null) {
      b.genre(genre);
    }
    if (publisher != null) {
      b.publisher(publisher);
    }
    if (!contributors.isEmpty()) {
      b.addBylines(Byline.builder().addAllContributors(contributors).build());
    }
    ZonedDateTime createdTime = created;
    ZonedDateTime modifiedTime = modified;
    if (createdTime != null && ((published != null && published.toInstant().isBefore(createdTime.toInstant()))
        || (modifiedTime != null && modifiedTime.toInstant().isBefore(createdTime.toInstant())))) {
      problems.add(ConversionProblem.warning(ConversionCode.INPUT_INVALID, locations.getOrDefault("created", pointer),
          "dateCreated is later than datePublished or dateModified, which the model refuses; it was left out."));
      createdTime = null;
    }
    if (modifiedTime != null && published != null && modifiedTime.toInstant().isBefore(published.toInstant())) {
      problems.add(ConversionProblem.warning(ConversionCode.INPUT_INVALID, locations.getOrDefault("modified", pointer),
          "dateModified is earlier than datePublished, which the model refuses; it was left out."));
      modifiedTime = null;
    }
    if (createdTime != null) {
      b.created(createdTime);
    }
    if (published != null) {
      b.published(published);
    }
    if (modifiedTime != null) {
      b.modified(modifiedTime);
    }
    try {
      return Conversion.of(b.build(), problems);
    } catch (InvalidValueException e) {
      problems.add(ConversionProblem.error(ConversionCode.INPUT_INVALID, pointer, "The facts do not make an article: "
          + e.getMessage() + "."));
      return Conversion.failed(problems);
    }
  }

  private static boolean validId(String id) {
    try {
      ArticleId.of(id);
      return true;
    } catch (InvalidValueException e) {
      return false;
    }
  }

  /** Returns the type, pointer and headline, such as {@code NewsArticle at /@graph/1: "Baku and …"}. */
  @Override
  public String toString() {
    return type + " at " + (pointer.isEmpty() ? "/" : pointer) + (headline == null ? "" : ": \"" + headline + "\"");
  }
}
