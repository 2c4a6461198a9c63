package dev.newsmodel.cli.internal;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The JSON Schema (draft 2020-12) of the {@code --format json} report, read from the resource the
 * command's jar ships, {@code /dev/newsmodel/cli/report.schema.json}.
 */
final class ReportSchema {
  static final String RESOURCE = "/dev/newsmodel/cli/report.schema.json";
  private static final Schema SCHEMA = load();

  private ReportSchema() {}

  static List<Error> validate(String report) {
    return SCHEMA.validate(report, InputFormat.JSON);
  }

  static String text() {
    try (InputStream in = ReportSchema.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is not on the class path");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Schema load() {
    return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(SchemaLocation.of("https://newsmodel.dev/schema/cli/validate-report/1.json"), text(), InputFormat.JSON);
  }

  /** The draft 2020-12 meta-schema, as bundled with the validator (no network). */
  static List<Error> validateAgainstMetaSchema(String schema) {
    Schema meta = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
        .getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));
    return meta.validate(schema, InputFormat.JSON);
  }
}
