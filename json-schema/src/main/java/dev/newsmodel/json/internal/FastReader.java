package dev.newsmodel.json.internal;

import dev.newsmodel.core.Article;
import dev.newsmodel.json.Limits;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.json.JsonFactory;

/**
 * Reads a valid document the quick way: straight from Jackson's token stream ({@link StreamReader}), no
 * tree, no networknt, the schema's keywords applied as the values are read.
 *
 * <p>It answers only "here is the article" or "not proven valid": on any problem (syntax, a limit, a
 * duplicate property, trailing content, a schema keyword, a model rule) it returns null, and the caller
 * runs the full {@link Pipeline} to find and locate every problem exactly as {@code ArticleValidator}
 * reports it. Whatever it accepts, the full pipeline accepts too and builds the same article.
 *
 * <p>It counts values and array items as it reads, so a document beyond the count limits is given up
 * as soon as it passes them; and it can record where each value starts, so that lint findings are
 * located without parsing the document again.
 */
public final class FastReader {
  private final int maxDocumentBytes;
  private final int maxValues;
  private final int maxArrayItems;
  private final JsonFactory factory;

  /** An article read, with where each of its values starts. */
  public static final class Located {
    private final Article article;
    private final ValueIndex index;

    Located(Article article, ValueIndex index) {
      this.article = article;
      this.index = index;
    }

    /** Returns the article. */
    public Article article() {
      return article;
    }

    /**
     * Returns the line and column of the value at a pointer or, when there is none, of its nearest
     * enclosing value, as the located parse's {@link Locations#of} does.
     *
     * @param pointer the pointer, not null
     * @return {line, column}, both from 1, not null
     */
    public int[] locationOf(String pointer) {
      return index.of(pointer);
    }
  }

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
    // the root container is at depth 1); StreamReader refuses duplicate property names.
    this.factory = TreeParser.factory(limits, limits.maxDepth());
  }

  /**
   * Reads an article, or returns null when the document has any problem.
   *
   * @param document the UTF-8 bytes, not null
   * @return the article, or null if the document is not proven valid
   */
  public @Nullable Article read(byte[] document) {
    return read(document, null);
  }

  /**
   * Reads an article recording where each value starts, or returns null when the document has any
   * problem.
   *
   * @param document the UTF-8 bytes, not null
   * @return the article and its locations, or null if the document is not proven valid
   */
  public @Nullable Located readLocated(byte[] document) {
    ValueIndex index = new ValueIndex(document);
    Article article = read(document, index);
    return article == null ? null : new Located(article, index);
  }

  private @Nullable Article read(byte[] document, @Nullable ValueIndex index) {
    if (document.length > maxDocumentBytes || Encodings.problem(document) != null) {
      return null;
    }
    try (JsonParser p = factory.createParser(ObjectReadContext.empty(), document)) {
      return new StreamReader(p, maxValues, maxArrayItems, index).document();
    } catch (RuntimeException e) {
      // Any failure at all (JacksonException, a refusal, a model rule): the full pipeline, run next,
      // finds and words the problem; nothing here needs to.
      return null;
    }
  }
}
