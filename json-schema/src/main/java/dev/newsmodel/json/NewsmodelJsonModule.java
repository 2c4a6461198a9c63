package dev.newsmodel.json;

import dev.newsmodel.core.Alternate;
import dev.newsmodel.core.Article;
import dev.newsmodel.core.Attribution;
import dev.newsmodel.core.Byline;
import dev.newsmodel.core.Contributor;
import dev.newsmodel.core.Correction;
import dev.newsmodel.core.Dateline;
import dev.newsmodel.core.Disclaimer;
import dev.newsmodel.core.GeoPoint;
import dev.newsmodel.core.Image;
import dev.newsmodel.core.ImageRendition;
import dev.newsmodel.core.License;
import dev.newsmodel.core.Organization;
import dev.newsmodel.core.Rights;
import dev.newsmodel.core.SourceReference;
import dev.newsmodel.core.Teaser;
import dev.newsmodel.core.body.Block;
import dev.newsmodel.core.body.Inline;
import dev.newsmodel.core.body.ListItem;
import dev.newsmodel.core.lint.Severity;
import dev.newsmodel.json.internal.ArticleReader;
import dev.newsmodel.json.internal.ArticleWriter;
import dev.newsmodel.json.internal.ParsedDocument;
import dev.newsmodel.json.internal.Pipeline;
import dev.newsmodel.json.internal.ReadFailure;
import dev.newsmodel.json.internal.TreeParser;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.BiFunction;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.module.SimpleModule;

/**
 * The Jackson 3 module that maps every newsmodel type to its canonical JSON form, such as
 * {@code JsonMapper.builder().addModule(new NewsmodelJsonModule()).build()}; also found by
 * {@code findAndAddModules()} through {@code META-INF/services} and the module's {@code provides}.
 *
 * <p>The serializers and deserializers are hand-written (no reflection): they write exactly the
 * documents that {@link ArticleJson} writes and read them with the same checks. Reading an
 * {@link Article} validates it against the {@linkplain ArticleSchema schema} and the model's rules and
 * fails with an {@link ArticleReadException} carrying located problems; the other types are read with
 * the same shape checks and rules. The limits are those of the mapper's own {@code StreamReadConstraints};
 * {@link ArticleJson#mapper()} is a mapper with this module and deliberate limits.
 *
 * <p>Register a new instance with each mapper and add nothing to it: like every {@code SimpleModule} it
 * is mutable until registered.
 */
public final class NewsmodelJsonModule extends SimpleModule {
  private static final long serialVersionUID = 1L;
  private static final ArticleReader PARTS = ArticleReader.parts();

  /** Returns the module. */
  public NewsmodelJsonModule() {
    super("newsmodel-json");
    addSerializer(Article.class, serializer(ArticleWriter::article));
    addDeserializer(Article.class, new ArticleDeserializer());
    add(Alternate.class, ArticleWriter::alternate, PARTS::alternate);
    add(Organization.class, ArticleWriter::organization, PARTS::organization);
    add(Contributor.class, ArticleWriter::contributor, PARTS::contributor);
    add(Byline.class, ArticleWriter::byline, PARTS::byline);
    add(GeoPoint.class, ArticleWriter::geoPoint, PARTS::geoPoint);
    add(Dateline.class, ArticleWriter::dateline, PARTS::dateline);
    add(License.class, ArticleWriter::license, PARTS::license);
    add(Attribution.class, ArticleWriter::attribution, PARTS::attribution);
    add(ImageRendition.class, ArticleWriter::imageRendition, PARTS::imageRendition);
    add(Image.class, ArticleWriter::image, PARTS::image);
    add(SourceReference.class, ArticleWriter::sourceReference, PARTS::sourceReference);
    add(Disclaimer.class, ArticleWriter::disclaimer, PARTS::disclaimer);
    add(Correction.class, ArticleWriter::correction, PARTS::correction);
    add(Teaser.class, ArticleWriter::teaser, PARTS::teaser);
    add(Rights.class, ArticleWriter::rights, PARTS::rights);
    add(Block.class, ArticleWriter::block, PARTS::block);
    add(ListItem.class, ArticleWriter::listItem, PARTS::listItem);
    add(Inline.class, ArticleWriter::inline, PARTS::inline);
  }

  private <T> void add(Class<T> type, BiConsumer<JsonGenerator, T> write, BiFunction<JsonNode, String, T> read) {
    addSerializer(type, serializer(write));
    addDeserializer(type, new PartDeserializer<>(read));
  }

  private static <T> ValueSerializer<T> serializer(BiConsumer<JsonGenerator, T> write) {
    return new ValueSerializer<T>() {
      @Override
      public void serialize(T value, JsonGenerator g, SerializationContext context) {
        write.accept(g, value);
      }
    };
  }

  /** The name problems are reported under: a parser does not know its file. */
  private static final String SOURCE = "<json>";

  /** Reads an article with every check but lint. */
  private static final class ArticleDeserializer extends ValueDeserializer<Article> {
    @Override
    public Article deserialize(JsonParser p, DeserializationContext context) {
      Pipeline.Outcome outcome = Pipeline.run(TreeParser.readValue(p), null);
      Article article = outcome.article();
      if (article == null) {
        List<Problem> problems = outcome.problems();
        int max = Limits.defaults().maxProblems();
        throw problems.size() <= max ? new ArticleReadException(SOURCE, problems)
            : ArticleReadException.capped(SOURCE, problems, max);
      }
      return article;
    }
  }

  /** Reads one part of an article, such as an image, with the same shape checks and rules. */
  private static final class PartDeserializer<T> extends ValueDeserializer<T> {
    private final BiFunction<JsonNode, String, T> read;

    PartDeserializer(BiFunction<JsonNode, String, T> read) {
      this.read = read;
    }

    @Override
    public T deserialize(JsonParser p, DeserializationContext context) {
      ParsedDocument parsed = TreeParser.readValue(p);
      Problem syntax = parsed.problem();
      JsonNode root = parsed.root();
      if (syntax != null) {
        throw new ArticleReadException(SOURCE, List.of(syntax));
      }
      if (root == null) {
        throw new IllegalStateException("A parsed document has either a tree or a problem");
      }
      try {
        return read.apply(root, "");
      } catch (ReadFailure f) {
        int[] at = parsed.locations().of(f.pointer());
        throw new ArticleReadException(SOURCE,
            List.of(Problem.of(f.code(), Severity.ERROR, f.pointer(), at[0], at[1], f.getMessage())));
      }
    }
  }
}
