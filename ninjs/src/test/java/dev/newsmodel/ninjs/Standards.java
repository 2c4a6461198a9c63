package dev.newsmodel.ninjs;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * IPTC's ninjs material in {@code ../shared/standards/ninjs/} (never copied into the project) and the
 * official 3.1 schema, with the GeoJSON schema beside it, loaded into networknt's validator.
 */
final class Standards {
  static final String SCHEMA_ID = "http://www.iptc.org/std/ninjs/ninjs-schema_3.1.json";
  static final String GEOJSON_ID = "https://geojson.org/schema/GeoJSON.json";

  private static volatile Schema schema;

  private Standards() {}

  /** Returns {@code shared/standards/ninjs}, or skips the test saying why. */
  static Path ninjsDir() {
    Optional<Path> dir = find();
    assumeTrue(dir.isPresent(), "IPTC's ninjs material is not in ../shared/standards/ninjs (set -Dnewsmodel.shared "
        + "to the shared directory); tests that read it are skipped");
    return dir.get();
  }

  private static Optional<Path> find() {
    String property = System.getProperty("newsmodel.shared");
    if (property != null) {
      Path p = Path.of(property, "standards", "ninjs");
      if (Files.isDirectory(p)) {
        return Optional.of(p.toAbsolutePath().normalize());
      }
    }
    for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
      Path candidate = p.resolve("shared").resolve("standards").resolve("ninjs");
      if (Files.isDirectory(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** Returns every ninjs document: IPTC's examples, the 3.1 docs and both validation suites, sorted. */
  static List<Path> documents() {
    Path dir = ninjsDir();
    try (Stream<Path> files = Files.walk(dir)) {
      return files.filter(Files::isRegularFile)
          .filter(p -> p.getFileName().toString().endsWith(".json"))
          .filter(p -> !p.getFileName().toString().startsWith("ninjs-schema_"))
          .filter(p -> !p.getFileName().toString().equals("GeoJSON-schema.json"))
          .sorted()
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Returns the official schema, loaded once, with format assertions on. */
  static Schema schema() {
    Schema s = schema;
    if (s == null) {
      synchronized (Standards.class) {
        if (schema == null) {
          Path dir = ninjsDir();
          Map<String, String> texts = Map.of(
              SCHEMA_ID, read(dir.resolve("ninjs-schema_3.1.json")),
              GEOJSON_ID, read(dir.resolve("GeoJSON-schema.json")));
          SchemaRegistryConfig config = SchemaRegistryConfig.builder()
              .formatAssertionsEnabled(true).locale(Locale.ENGLISH).build();
          SchemaRegistry registry = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
              b -> b.schemaRegistryConfig(config).schemas(iri -> texts.get(iri.replaceAll("#$", ""))));
          schema = registry.getSchema(SchemaLocation.of(SCHEMA_ID));
        }
        s = schema;
      }
    }
    return s;
  }

  /** Returns the schema's complaints about a document, as lines; empty when it is valid. */
  static List<String> violations(String json) {
    List<Error> errors = schema().validate(json, InputFormat.JSON);
    return errors.stream().map(e -> e.getInstanceLocation() + " " + e.getKeyword() + ": " + e.getMessage())
        .collect(Collectors.toList());
  }
}
