package dev.newsmodel.ninjs;

import dev.newsmodel.core.Article;
import dev.newsmodel.core.convert.Conversion;
import dev.newsmodel.core.convert.ConversionProblem;
import dev.newsmodel.ninjs.internal.NinjsReader;
import dev.newsmodel.ninjs.internal.NinjsWriter;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * IPTC ninjs 3.1 for articles, such as {@code Ninjs.write(article).orElseThrow()} for a ninjs text item
 * and {@code Ninjs.read(json, NinjsReadOptions.defaults())} for an article.
 *
 * <p>{@link #write} gives a document that validates against IPTC's {@code ninjs-schema_3.1.json}. What
 * ninjs has a field for goes there (headlines with roles, {@code text/html} and {@code text/plain}
 * bodies, {@code by}, {@code people} and {@code organisations} with {@code rel}, {@code located},
 * {@code places} with a GeoJSON point, images as {@code associations} with their renditions, rights,
 * times, {@code infoSources}, {@code pubStatus}, {@code altIds}); what it has none for (IANA zones,
 * contributors' affiliations, disclaimers with jurisdiction, dated corrections, sources' times and
 * languages, teasers) is carried in one {@code descriptions} entry with the role
 * {@code newsmodel-extension}, which {@link #read} reads back. The module's README lists every field.
 *
 * <p>{@link #read} makes an article of a ninjs 3.0 or 3.1 text item. Other items (picture, video, audio,
 * graphic, composite, event, planning) are refused with {@code input.not-an-article}, never half-read;
 * what an article needs and the document lacks is {@code input.missing}, never invented; every field
 * left out is a warning located by JSON Pointer. Bad input never throws.
 *
 * <p>This class is stateless and thread-safe.
 */
public final class Ninjs {
  private Ninjs() {}

  /**
   * Writes an article as a ninjs 3.1 text item: the same bytes for the same article, members in a
   * fixed order, indented by two spaces, lines ending in a line feed.
   *
   * @param article the article, not null
   * @return the document, with a warning {@code export.lost} for each fact it cannot hold, not null
   */
  public static Conversion<String> write(Article article) {
    Objects.requireNonNull(article, "article");
    List<ConversionProblem> lost = new ArrayList<>();
    String ninjs = NinjsWriter.write(article, lost);
    return Conversion.of(ninjs, lost);
  }

  /**
   * Reads a ninjs 3.0 or 3.1 text item as an article.
   *
   * @param json the document, not null
   * @param options what to take where the document is silent, not null
   * @return the article with the warnings for what was left out, or the errors that refused it, not null
   */
  public static Conversion<Article> read(String json, NinjsReadOptions options) {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(options, "options");
    return NinjsReader.read(json, options);
  }

  /**
   * Reads a ninjs document given as UTF-8 bytes; a byte order mark is skipped.
   *
   * @param json the document's bytes, not null
   * @param options what to take where the document is silent, not null
   * @return the article, or the errors that refused it (among them {@code input.syntax} for bytes that
   *     are not UTF-8), not null
   */
  public static Conversion<Article> read(byte[] json, NinjsReadOptions options) {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(options, "options");
    String text;
    try {
      text = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(java.nio.ByteBuffer.wrap(json)).toString();
    } catch (CharacterCodingException e) {
      return NinjsReader.notUtf8();
    }
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    return NinjsReader.read(text, options);
  }
}
