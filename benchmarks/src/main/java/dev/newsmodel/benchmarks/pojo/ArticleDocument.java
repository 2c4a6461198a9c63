package dev.newsmodel.benchmarks.pojo;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import java.net.URI;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;

/**
 * The article JSON document as a plain mutable POJO graph, such as a team would write to read the
 * document with Jackson databind and nothing else: public fields, Jackson annotations for the
 * polymorphic body, JDK types where Jackson converts them out of the box ({@link URI},
 * {@link ZonedDateTime}, {@link Locale}, enums). No construction rules, no checks.
 *
 * <p>It mirrors every property of the document, so that reading into it does the same parsing work
 * as reading into the model; {@code PojoGraphTest} proves it by a lossless round trip of both
 * benchmark articles. It is the baseline of the read and write benchmarks.
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonPropertyOrder("$schema")
public class ArticleDocument {
  /** The schema the document names, if any. */
  @JsonProperty("$schema")
  public URI schema;
  public String id;
  public Integer revision;
  public String status;
  public Locale language;
  public URI canonicalUrl;
  public List<AlternateDocument> alternates;
  public String headline;
  public String alternativeHeadline;
  public String kicker;
  public String summary;
  public String section;
  public List<String> keywords;
  public String genre;
  public OrganizationDocument publisher;
  public List<BylineDocument> bylines;
  public DatelineDocument dateline;
  public ImageDocument leadImage;
  public ZonedDateTime created;
  public ZonedDateTime published;
  public ZonedDateTime modified;
  public ZonedDateTime embargo;
  public List<BlockDocument> body;
  public List<SourceDocument> sources;
  public List<DisclaimerDocument> disclaimers;
  public List<CorrectionDocument> corrections;
  public List<TeaserDocument> related;
  public RightsDocument rights;

  /** The same article in another language. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public static class AlternateDocument {
    public Locale language;
    public URI url;
  }

  /** A publisher or other organisation. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public static class OrganizationDocument {
    public String name;
    public URI url;
    public ImageDocument logo;
  }

  /** A byline: contributors and the text as printed. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public static class BylineDocument {
    public List<ContributorDocument> contributors;
    public String text;
  }

  /** A person or organisation credited in a byline. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public static class ContributorDocument {
    public String name;
    public String kind;
    public String role;
    public String jobTitle;
    public String affiliation;
    public URI url;
  }

  /** Where and when a story was filed. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public static class DatelineDocument {
    public String place;
    public String country;
    public GeoPointDocument coordinates;
    public ZonedDateTime time;
  }

  /** A point on the earth. */
  public static class GeoPointDocument {
    public double latitude;
    public double longitude;
  }

  /** An image with its attribution. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public static class ImageDocument {
    public URI url;
    public String alt;
    public Boolean decorative;
    public String caption;
    public Integer width;
    public Integer height;
    public List<RenditionDocument> renditions;
    public AttributionDocument attribution;
  }

  /** One size of a responsive image. */
  public static class RenditionDocument {
    public URI url;
    public int width;
  }

  /** Who made an image and how it may be used. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public static class AttributionDocument {
    public String creator;
    public String creditLine;
    public URI sourceUrl;
    public String copyrightHolder;
    public String copyrightNotice;
    public LicenseDocument license;
    public URI acquireLicenseUrl;
  }

  /** A licence. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public static class LicenseDocument {
    public String spdxId;
    public String name;
    public URI url;
  }

  /** What the article rests on. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public static class SourceDocument {
    public String relation;
    public String outlet;
    public URI url;
    public String title;
    public Locale language;
    public ZonedDateTime published;
  }

  /** A notice that must reach the reader. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public static class DisclaimerDocument {
    public String kind;
    public String text;
    public Locale language;
    public String jurisdiction;
    public String legalBasis;
    public String placement;
    public Boolean verbatim;
  }

  /** A dated correction. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public static class CorrectionDocument {
    public ZonedDateTime date;
    public String kind;
    public String text;
  }

  /** An item in a list of related stories. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public static class TeaserDocument {
    public String headline;
    public URI url;
    public ZonedDateTime published;
    public String summary;
    public ImageDocument image;
    public Locale language;
  }

  /** Who owns the article and how it may be reused. */
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public static class RightsDocument {
    public String copyrightHolder;
    public String copyrightNotice;
    public LicenseDocument license;
  }

  /** A block of the body, told apart by its {@code type}. */
  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
  @JsonSubTypes({
      @JsonSubTypes.Type(value = ParagraphDocument.class, name = "paragraph"),
      @JsonSubTypes.Type(value = HeadingDocument.class, name = "heading"),
      @JsonSubTypes.Type(value = QuoteDocument.class, name = "quote"),
      @JsonSubTypes.Type(value = ListDocument.class, name = "list"),
      @JsonSubTypes.Type(value = ImageBlockDocument.class, name = "image")})
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract static class BlockDocument {}

  /** A paragraph. */
  public static class ParagraphDocument extends BlockDocument {
    public List<InlineDocument> content;
  }

  /** A heading. */
  public static class HeadingDocument extends BlockDocument {
    public int level;
    public List<InlineDocument> content;
  }

  /** A quotation. */
  public static class QuoteDocument extends BlockDocument {
    public List<InlineDocument> content;
    public String attribution;
    public URI citeUrl;
    public Locale language;
  }

  /** A list. */
  public static class ListDocument extends BlockDocument {
    public boolean ordered;
    public List<ListItemDocument> items;
  }

  /** An item of a list. */
  public static class ListItemDocument {
    public List<InlineDocument> content;
  }

  /** An image in the body. */
  public static class ImageBlockDocument extends BlockDocument {
    public ImageDocument image;
  }

  /** A run of inline content, told apart by its {@code type}. */
  @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
  @JsonSubTypes({
      @JsonSubTypes.Type(value = TextDocument.class, name = "text"),
      @JsonSubTypes.Type(value = EmphasisDocument.class, name = "emphasis"),
      @JsonSubTypes.Type(value = StrongDocument.class, name = "strong"),
      @JsonSubTypes.Type(value = LinkDocument.class, name = "link"),
      @JsonSubTypes.Type(value = LineBreakDocument.class, name = "line-break"),
      @JsonSubTypes.Type(value = LanguageSpanDocument.class, name = "language-span")})
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract static class InlineDocument {}

  /** Plain text. */
  public static class TextDocument extends InlineDocument {
    public String value;
  }

  /** Emphasised content. */
  public static class EmphasisDocument extends InlineDocument {
    public List<InlineDocument> content;
  }

  /** Strongly important content. */
  public static class StrongDocument extends InlineDocument {
    public List<InlineDocument> content;
  }

  /** A link. */
  public static class LinkDocument extends InlineDocument {
    public URI url;
    public List<InlineDocument> content;
    public String title;
  }

  /** A line break. */
  public static class LineBreakDocument extends InlineDocument {}

  /** Content in another language. */
  public static class LanguageSpanDocument extends InlineDocument {
    public Locale language;
    public List<InlineDocument> content;
  }
}
