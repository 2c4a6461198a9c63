package dev.newsmodel.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.quicktheories.QuickTheory.qt;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import dev.newsmodel.core.Contributor;
import dev.newsmodel.html.HtmlRenderer;
import dev.newsmodel.testing.Golden;
import dev.newsmodel.testing.ModelGenerators;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Our JSON Feed validates against a JSON Schema for JSON Feed 1.1 written from its specification
 * ({@code json-feed-1.1.schema.json} in the test resources), and the schema refuses what the
 * specification refuses, so that the check can fail.
 */
class JsonFeedSchemaTest {
  private static final Path SCHEMA_FILE = Path.of("src/test/resources/dev/newsmodel/feeds/json-feed-1.1.schema.json");
  private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
          b -> b.schemaRegistryConfig(SchemaRegistryConfig.builder().formatAssertionsEnabled(true)
              .locale(Locale.ENGLISH).build()))
      .getSchema(SchemaLocation.of("https://newsmodel.dev/test/json-feed-1.1.schema.json"), Golden.read(SCHEMA_FILE),
          InputFormat.JSON);
  private static final JsonMapper PLAIN = JsonMapper.builder().build();

  private static List<String> errors(String json) {
    List<Error> errors = SCHEMA.validate(PLAIN.readTree(json));
    return errors.stream().map(Error::toString).collect(Collectors.toList());
  }

  @Test
  void theFixedFeedsFollowTheSchema() {
    for (FeedWriter writer : List.of(FeedWriter.defaults(), FeedWriter.defaults().withContent(HtmlRenderer.defaults()))) {
      String json = writer.jsonFeed(FeedFixtures.feed(), FeedFixtures.entries()).orElseThrow();
      assertEquals(List.of(), errors(json), json);
    }
  }

  @Test
  void generatedFeedsFollowTheSchema() {
    qt().withFixedSeed(20210410L).withExamples(150)
        .forAll(RomeRoundTripTest.entries(ModelGenerators.hostile()))
        .checkAssert(entries -> {
          String json = FeedWriter.defaults().withContent(HtmlRenderer.defaults())
              .jsonFeed(FeedFixtures.feed(), entries).orElseThrow();
          assertEquals(List.of(), errors(json), json);
        });
  }

  @Test
  void generatedFeedsReadBackToTheSameEntries() {
    qt().withFixedSeed(20210411L).withExamples(150)
        .forAll(RomeRoundTripTest.entries(ModelGenerators.standard()))
        .checkAssert(entries -> {
          String json = FeedWriter.defaults().jsonFeed(FeedFixtures.feed(), entries).orElseThrow();
          JsonNode items = PLAIN.readTree(json).get("items");
          assertEquals(entries.size(), items.size(), json);
          for (int i = 0; i < entries.size(); i++) {
            FeedEntry entry = entries.get(i);
            JsonNode item = items.get(i);
            assertEquals(RomeRoundTripTest.expectedId(entry), item.get("id").asString(), json);
            assertEquals(entry.teaser().url().orElseThrow().toString(), item.get("url").asString(), json);
            assertEquals(entry.teaser().headline(), item.get("title").asString(), json);
            assertEquals(entry.teaser().summary().orElse(entry.teaser().headline()), item.get("content_text").asString());
            ZonedDateTime published = entry.teaser().published();
            OffsetDateTime read = OffsetDateTime.parse(item.get("date_published").asString());
            // The same instant, to the millisecond, in the article's own offset.
            assertEquals(published.toInstant().truncatedTo(ChronoUnit.MILLIS), read.toInstant(), json);
            if (published.getOffset().getTotalSeconds() % 60 == 0) {
              assertEquals(published.getOffset(), read.getOffset(), json);
            }
            List<String> authors = new ArrayList<>();
            if (item.has("authors")) {
              item.get("authors").forEach(a -> authors.add(a.get("name").asString()));
            }
            assertEquals(RomeRoundTripTest.authors(entry.article()).stream().map(Contributor::name)
                .collect(Collectors.toList()), authors, json);
          }
        });
  }

  @ParameterizedTest
  @ValueSource(strings = {
    "{\"title\": \"t\", \"items\": []}",
    "{\"version\": \"https://jsonfeed.org/version/1\", \"title\": \"t\", \"items\": []}",
    "{\"version\": \"https://jsonfeed.org/version/1.1\", \"items\": []}",
    "{\"version\": \"https://jsonfeed.org/version/1.1\", \"title\": \"t\"}",
    "{\"version\": \"https://jsonfeed.org/version/1.1\", \"title\": \"t\", \"items\": [{\"content_text\": \"x\"}]}",
    "{\"version\": \"https://jsonfeed.org/version/1.1\", \"title\": \"t\", \"items\": [{\"id\": \"1\"}]}",
    "{\"version\": \"https://jsonfeed.org/version/1.1\", \"title\": \"t\", \"items\": [{\"id\": \"1\", \"content_text\": \"x\", \"date_published\": \"6 April 2021\"}]}",
    "{\"version\": \"https://jsonfeed.org/version/1.1\", \"title\": \"t\", \"items\": [{\"id\": \"1\", \"content_text\": \"x\", \"authors\": [{}]}]}",
    "{\"version\": \"https://jsonfeed.org/version/1.1\", \"title\": \"t\", \"items\": [{\"id\": \"1\", \"content_text\": \"x\", \"_newsmodel\": 3}]}",
    "{\"version\": \"https://jsonfeed.org/version/1.1\", \"title\": \"t\", \"hubs\": [{\"type\": \"WebSub\"}], \"items\": []}"
  })
  void theSchemaRefusesWhatTheSpecificationRefuses(String json) {
    assertFalse(errors(json).isEmpty(), json);
  }
}
