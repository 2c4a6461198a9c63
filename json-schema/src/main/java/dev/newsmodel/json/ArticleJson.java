package dev.newsmodel.json;

import dev.newsmodel.core.Article;
import dev.newsmodel.core.lint.Severity;
import dev.newsmodel.json.internal.ArticleWriter;
import dev.newsmodel.json.internal.FastReader;
import dev.newsmodel.json.internal.Pipeline;
import dev.newsmodel.json.internal.TreeParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.core.util.ByteArrayBuilder;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and writes articles as canonical JSON documents, such as
 * <pre>{@code
 * Article article = ArticleJson.defaults().read(Path.of("article.json"));
 * String json = ArticleJson.defaults().write(article);
 * }</pre>
 *
 * <p>Writing is deterministic: the same article gives byte-identical UTF-8 on any machine, locale or
 * default time zone. The document names the schema in {@code "$schema"}, lists properties in the
 * schema's order, leaves out absent values and empty lists, always writes attributes that have a default
 * ({@code revision}, {@code decorative}, {@code kind}, {@code role}, {@code placement},
 * {@code verbatim}), and is indented by two spaces with LF line ends and a final LF. Enums are lower
 * case with hyphens ({@code translation-of}), timestamps RFC 9557 text that keeps the zone
 * ({@code 2021-04-06T02:24:00+03:00[Europe/Moscow]}), languages BCP 47 tags, URLs their text.
 *
 * <p>Reading for use applies the same checks as {@link ArticleValidator}, except lint, and fails with an
 * {@link ArticleReadException} carrying the same located problems. A valid document is read in one pass
 * straight into the model; only a document with a problem is checked again, layer by layer, to locate
 * and word each problem.
 *
 * <p>This class is immutable and thread-safe; {@code toString()} shows its settings.
 */
public final class ArticleJson {
  private static final ArticleJson DEFAULTS = new ArticleJson(Limits.defaults());

  private final Limits limits;
  private final TreeParser parser;
  private final FastReader fast;
  private final JsonMapper mapper;
  private final ObjectWriter writer;

  private ArticleJson(Limits limits) {
    this.limits = limits;
    this.parser = new TreeParser(limits);
    this.fast = new FastReader(limits);
    this.mapper = JsonMapper.builder(TreeParser.factory(limits))
        .addModule(new NewsmodelJsonModule())
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
        // Jackson's own double writer: the same digits on every JDK (Double.toString changed in JDK 19).
        .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
        .disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
        .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
        .build();
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    this.writer = mapper.writer().with(new DefaultPrettyPrinter(Separators.createDefaultInstance()
            .withObjectNameValueSpacing(Separators.Spacing.AFTER))
        .withObjectIndenter(indenter)
        .withArrayIndenter(indenter));
  }

  /**
   * Returns the reader and writer with {@link Limits#defaults()}.
   *
   * @return the instance, not null
   */
  public static ArticleJson defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a copy that reads within other limits.
   *
   * @param limits the limits, not null
   * @return the copy, not null
   */
  public ArticleJson withLimits(Limits limits) {
    return new ArticleJson(Objects.requireNonNull(limits, "limits"));
  }

  /**
   * Returns the limits enforced when reading.
   *
   * @return the limits, not null
   */
  public Limits limits() {
    return limits;
  }

  /**
   * Returns the shared, immutable Jackson mapper behind this instance: the {@link NewsmodelJsonModule},
   * this instance's limits as {@code StreamReadConstraints}, duplicate properties and trailing tokens
   * as errors. Use it to embed articles in larger documents.
   *
   * @return the mapper, not null
   */
  public JsonMapper mapper() {
    return mapper;
  }

  /**
   * Reads an article from JSON text.
   *
   * @param json the document, not null
   * @return the article, not null
   * @throws ArticleReadException if the document is not a valid article
   */
  public Article read(String json) {
    Objects.requireNonNull(json, "json");
    return read(json.getBytes(StandardCharsets.UTF_8), "<string>");
  }

  /**
   * Reads an article from UTF-8 bytes.
   *
   * @param json the document, not null
   * @return the article, not null
   * @throws ArticleReadException if the document is not a valid article
   */
  public Article read(byte[] json) {
    Objects.requireNonNull(json, "json");
    return read(json, "<bytes>");
  }

  /**
   * Reads an article from a stream of UTF-8 bytes, reading at most the document size limit plus one
   * byte; does not close the stream.
   *
   * @param in the stream, not null
   * @return the article, not null
   * @throws ArticleReadException if the document is too large or not a valid article
   * @throws UncheckedIOException if the stream cannot be read
   */
  public Article read(InputStream in) {
    Objects.requireNonNull(in, "in");
    try {
      byte[] bytes = in.readNBytes(limits.maxDocumentBytes() + 1);
      if (bytes.length > limits.maxDocumentBytes()) {
        throw tooLarge("<stream>", "more than " + limits.maxDocumentBytes());
      }
      return read(bytes, "<stream>");
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the article stream", e);
    }
  }

  /**
   * Reads an article from a UTF-8 file, checking its size before reading it.
   *
   * @param file the file, not null
   * @return the article, not null
   * @throws ArticleReadException if the file is too large or not a valid article; problems name the file
   * @throws UncheckedIOException if the file cannot be read
   */
  public Article read(Path file) {
    Objects.requireNonNull(file, "file");
    try {
      long size = Files.size(file);
      if (size > limits.maxDocumentBytes()) {
        throw tooLarge(file.toString(), Long.toString(size));
      }
      try (InputStream in = Files.newInputStream(file)) {
        byte[] bytes = in.readNBytes(limits.maxDocumentBytes() + 1);
        if (bytes.length > limits.maxDocumentBytes()) {
          throw tooLarge(file.toString(), "more than " + limits.maxDocumentBytes());
        }
        return read(bytes, file.toString());
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file, e);
    }
  }

  private Article read(byte[] json, String name) {
    // A valid document is read once, straight into the model; only a document with a problem pays for
    // the located, layered check that reports it as ArticleValidator would.
    // A UTF-8 byte-order mark is skipped, as RFC 8259 section 8.1 allows a reader to; ArticleValidator
    // reports it as an error, since many other parsers refuse it. UTF-16 and UTF-32 are refused by both.
    byte[] text = Pipeline.startsWithByteOrderMark(json) ? Arrays.copyOfRange(json, 3, json.length) : json;
    Pipeline.Outcome outcome = Pipeline.run(text, fast, parser, null);
    Article article = outcome.article();
    if (article == null) {
      throw ArticleReadException.capped(name, outcome.problems(), limits.maxProblems());
    }
    return article;
  }

  private ArticleReadException tooLarge(String name, String size) {
    return new ArticleReadException(name, List.of(Problem.of(ProblemCode.LIMIT_DOCUMENT_SIZE.code(), Severity.ERROR, "", 1, 1,
        String.format(Locale.ROOT, "Expected a document of at most %d bytes, but found %s bytes.",
            limits.maxDocumentBytes(), size))));
  }

  /**
   * Writes an article as its canonical JSON document.
   *
   * @param article the article, not null
   * @return the document, ending with a line feed, not null
   */
  public String write(Article article) {
    return new String(writeBytes(article), StandardCharsets.UTF_8);
  }

  /**
   * Writes an article as its canonical JSON document in UTF-8.
   *
   * @param article the article, not null
   * @return the document's bytes, ending with a line feed, not null
   */
  public byte[] writeBytes(Article article) {
    // Segments that are never copied as the document grows (a ByteArrayOutputStream copies itself at
    // each doubling), joined once at the end, as Jackson's own writeValueAsBytes does.
    ByteArrayBuilder out = new ByteArrayBuilder(4096);
    write(article, out);
    return out.getClearAndRelease();
  }

  /**
   * Writes an article as its canonical JSON document in UTF-8 to a stream, which is flushed but not
   * closed.
   *
   * @param article the article, not null
   * @param out the stream, not null
   * @throws UncheckedIOException if the stream cannot be written
   */
  public void write(Article article, OutputStream out) {
    Objects.requireNonNull(article, "article");
    Objects.requireNonNull(out, "out");
    try (JsonGenerator g = writer.createGenerator(out)) {
      ArticleWriter.article(g, article);
      g.writeRaw('\n');
    }
  }

  @Override
  public String toString() {
    return "ArticleJson[" + limits + "]";
  }
}
