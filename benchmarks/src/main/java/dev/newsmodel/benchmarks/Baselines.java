package dev.newsmodel.benchmarks;

import dev.newsmodel.benchmarks.pojo.ArticleDocument;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.core.json.JsonWriteFeature;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectWriter;
import tools.jackson.databind.cfg.DateTimeFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Jackson mapper of the baselines, configured as a careful team would for the article document:
 * unknown properties fail (as the document's contract says), times keep their zone on reading and
 * writing, and the output has the document's canonical form (two-space indentation, {@code "name": value},
 * unescaped slashes) so that the write baseline writes the same bytes as newsmodel. Immutable and
 * thread-safe, built once.
 */
final class Baselines {
  private Baselines() {}

  /** Reads and writes the POJO graph and the JsonNode tree. */
  static final JsonMapper POJO_MAPPER = JsonMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
      .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
      .disable(DateTimeFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
      .enable(DateTimeFeature.WRITE_DATES_WITH_ZONE_ID)
      .disable(JsonWriteFeature.ESCAPE_FORWARD_SLASHES)
      .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
      .enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER)
      .build();

  /** Writes the POJO graph in the document's canonical layout. */
  static final ObjectWriter POJO_WRITER = POJO_MAPPER.writerFor(ArticleDocument.class)
      .with(new DefaultPrettyPrinter(Separators.createDefaultInstance()
          .withObjectNameValueSpacing(Separators.Spacing.AFTER))
          .withObjectIndenter(new DefaultIndenter("  ", "\n"))
          .withArrayIndenter(new DefaultIndenter("  ", "\n")));
}
