package dev.newsmodel.json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * The published JSON Schema (draft 2020-12) of an article document, with the {@code $id}
 * {@code https://newsmodel.dev/schema/article/1.json}.
 *
 * <p>The schema is the contract of the JSON form: it is strict (unknown properties are errors), gives a
 * {@code description} for every property and uses only standard keywords, so any draft 2020-12
 * validator (ajv, check-jsonschema, networknt) gives the same verdict on the document's shape. Rules a
 * schema cannot state (an offset the zone never had, times in order, alternative text unless
 * decorative) are checked by {@link ArticleValidator} when the article is built. The file is in this
 * jar at {@value #RESOURCE}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ArticleSchema {
  /** Where the schema lies in this jar, for {@link ClassLoader#getResource(String)}. */
  public static final String RESOURCE = "dev/newsmodel/json/article.schema.json";

  private static final URI ID = URI.create("https://newsmodel.dev/schema/article/1.json");
  private static final String TEXT = load();

  private ArticleSchema() {}

  /**
   * Returns the schema's {@code $id}, {@code https://newsmodel.dev/schema/article/1.json}, which a
   * document may name in its {@code $schema} property.
   *
   * @return the id, not null
   */
  public static URI id() {
    return ID;
  }

  /**
   * Returns the schema as JSON text.
   *
   * @return the schema, not null
   */
  public static String text() {
    return TEXT;
  }

  /**
   * Opens the schema as UTF-8 bytes; the caller closes the stream.
   *
   * @return a new stream, not null
   */
  public static InputStream open() {
    InputStream in = ArticleSchema.class.getResourceAsStream("article.schema.json");
    if (in == null) {
      throw new IllegalStateException("The schema " + RESOURCE + " is missing from the jar");
    }
    return in;
  }

  private static String load() {
    try (InputStream in = open()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the schema " + RESOURCE, e);
    }
  }
}
