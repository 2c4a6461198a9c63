package dev.newsmodel.json.internal;

import dev.newsmodel.core.Article;
import dev.newsmodel.json.Limits;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads a valid document the quick way: Jackson's own tree, no location recorded, no networknt, and the
 * schema's keywords applied by {@link ArticleReader#article(JsonNode)}.
 *
 * <p>It answers only "here is the article" or "not proven valid": on any problem (syntax, a limit, a
 * duplicate property, trailing content, a schema keyword, a model rule) it returns null, and the caller
 * runs the full {@link Pipeline} to find and locate every problem exactly as {@code ArticleValidator}
 * reports it. Whatever it accepts, the full pipeline accepts too and builds the same article.
 *
 * <p>It builds the tree itself, with the same nodes as {@link TreeParser}, counting values and array
 * items as it goes, so a document beyond the count limits is given up before its tree grows past them.
 */
public final class FastReader {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final int maxDocumentBytes;
  private final int maxValues;
  private final int maxArrayItems;
  private final JsonFactory factory;

  /**
   * Returns a reader for the given limits.
   *
   * @param limits the limits, not null
   */
  public FastReader(Limits limits) {
    this.maxDocumentBytes = limits.maxDocumentBytes();
    this.maxValues = limits.maxValues();
    this.maxArrayItems = limits.maxArrayItems();
    // The parser itself refuses nesting beyond the limit (the full parse counts depth the same way:
    // the root container is at depth 1) and refuses duplicate property names.
    this.factory = TreeParser.factory(limits, limits.maxDepth()).rebuild()
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
    if (document.length > maxDocumentBytes || Encodings.problem(document) != null) {
      return null;
    }
    try (JsonParser p = factory.createParser(ObjectReadContext.empty(), document)) {
      JsonToken t = p.nextToken();
      if (t == null) {
        return null;
      }
      JsonNode root = new Tree(maxValues, maxArrayItems).value(p, t);
      if (root == null || p.nextToken() != null) {
        return null;
      }
      return ArticleReader.article(root);
    } catch (RuntimeException e) {
      // Any failure at all (JacksonException, ReadFailure, a model rule): the full pipeline, run next,
      // finds and words the problem; nothing here needs to.
      return null;
    }
  }

  /** One tree being built: null as soon as a count limit is passed. */
  private static final class Tree {
    private final int maxArrayItems;
    private int valuesLeft;

    Tree(int maxValues, int maxArrayItems) {
      this.valuesLeft = maxValues;
      this.maxArrayItems = maxArrayItems;
    }

    @Nullable JsonNode value(JsonParser p, JsonToken t) {
      if (--valuesLeft < 0) {
        return null;
      }
      switch (t) {
        case START_OBJECT: {
          ObjectNode node = NODES.objectNode();
          for (String name = p.nextName(); name != null; name = p.nextName()) {
            JsonNode child = value(p, p.nextToken());
            if (child == null) {
              return null;
            }
            node.set(name, child);
          }
          return node;
        }
        case START_ARRAY: {
          ArrayNode node = NODES.arrayNode();
          int items = 0;
          for (JsonToken item = p.nextToken(); item != JsonToken.END_ARRAY; item = p.nextToken()) {
            JsonNode child = items++ == maxArrayItems ? null : value(p, item);
            if (child == null) {
              return null;
            }
            node.add(child);
          }
          return node;
        }
        default:
          return TreeParser.scalar(p, t);
      }
    }
  }
}
