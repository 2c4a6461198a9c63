package dev.newsmodel.json;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import dev.newsmodel.core.Article;
import dev.newsmodel.core.lint.Severity;
import dev.newsmodel.testing.ModelGenerators;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.json.JsonMapper;

/** Properties of the JSON form over every generated article, ordinary and hostile. */
class ArticleJsonPropertiesTest {
  /** The schema as a plain networknt user would load it, independent of the validator's own loading. */
  private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
          b -> b.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true).locale(java.util.Locale.ENGLISH).build()))
      .getSchema(SchemaLocation.of(ArticleSchema.id().toString()), ArticleSchema.text(), InputFormat.JSON);
  private static final JsonMapper PLAIN = JsonMapper.builder().build();

  static Stream<Arguments> generators() {
    return Stream.of(Arguments.of("standard", ModelGenerators.standard()),
        Arguments.of("hostile", ModelGenerators.hostile()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("generators")
  void writingThenReadingGivesTheSameArticle(String name, ModelGenerators generators) {
    qt().withFixedSeed(20210406L).withExamples(200)
        .forAll(generators.articles())
        .checkAssert(article -> assertEquals(article, ArticleJson.defaults().read(ArticleJson.defaults().write(article))));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("generators")
  void everyWrittenDocumentFollowsTheSchema(String name, ModelGenerators generators) {
    qt().withFixedSeed(20210407L).withExamples(200)
        .forAll(generators.articles())
        .checkAssert(article -> {
          String json = ArticleJson.defaults().write(article);
          List<Error> errors = SCHEMA.validate(PLAIN.readTree(json));
          assertEquals(List.of(), errors.stream().map(Error::toString).collect(Collectors.toList()), json);
        });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("generators")
  void everyWrittenDocumentValidatesWithoutErrors(String name, ModelGenerators generators) {
    qt().withFixedSeed(20210408L).withExamples(150)
        .forAll(generators.articles())
        .checkAssert(article -> {
          byte[] json = ArticleJson.defaults().writeBytes(article);
          ValidationReport report = ArticleValidator.defaults().validate(json, "generated.json");
          assertTrue(report.isValid(), () -> String.join("\n", report.formatted()) + "\n"
              + new String(json, StandardCharsets.UTF_8));
          assertEquals(article, report.article().orElseThrow());
          assertTrue(report.problems().stream().noneMatch(p -> p.severity() == Severity.ERROR));
        });
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("generators")
  void writingTwiceGivesIdenticalBytes(String name, ModelGenerators generators) {
    qt().withFixedSeed(20210409L).withExamples(100)
        .forAll(generators.articles())
        .checkAssert(article -> {
          Article copy = ArticleJson.defaults().read(ArticleJson.defaults().writeBytes(article));
          assertArrayEquals(ArticleJson.defaults().writeBytes(article), ArticleJson.defaults().writeBytes(copy));
        });
  }
}
