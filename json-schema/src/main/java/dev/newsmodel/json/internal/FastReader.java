package dev.newsmodel.json.internal;

import dev.newsmodel.core.Article;
import dev.newsmodel.json.Limits;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads a valid document the quick way: Jackson's own tree, no location recorded, no networknt, and the
 * schema's keywords applied by {@link ArticleReader#article(JsonNode)}.
 *
 * <p>It answers only "here is the article" or "not proven valid": on any problem (syntax, a limit, a
 * duplicate property, trailing content, a schema keyword, a model rule) it returns null, and the caller
 * runs the full {@link Pipeline} to find and locate every problem exactly as {@code ArticleValidator}
 * reports it. Whatever it accepts, the full pipeline accepts too and builds the same article.
 */
public final class FastReader {
  private final int maxDocumentBytes;
  private final JsonMapper mapper;

  /**
   * Returns a reader for the given limits.
   *
   * @param limits the limits, not null
   */
  public FastReader(Limits limits) {
    this.maxDocumentBytes = limits.maxDocumentBytes();
    // The parser itself refuses nesting beyond the limit (the full parse counts depth the same way:
    // the root container is at depth 1) and refuses duplicate property names.
    this.mapper = JsonMapper.builder(TreeParser.factory(limits, limits.maxDepth()))
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .build();
  }

  /**
   * Reads an article, or returns null when the document has any problem.
   *
   * @param document the UTF-8 bytes, not null
   * @return the article, or null if the document is not proven valid
   */
  public @Nullable Article read(byte[] document) {
    if (document.length > maxDocumentBytes) {
      return null;
    }
    try (JsonParser p = mapper.createParser(document)) {
      JsonNode root = mapper.readTree(p);
      if (root == null || root.isMissingNode() || p.nextToken() != null) {
        return null;
      }
      return ArticleReader.article(root);
    } catch (RuntimeException e) {
      // Any failure at all (JacksonException, ReadFailure, a model rule): the full pipeline, run next,
      // finds and words the problem; nothing here needs to.
      return null;
    }
  }
}
