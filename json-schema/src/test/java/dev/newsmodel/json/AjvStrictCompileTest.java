package dev.newsmodel.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A second, non-Java validator compiles the published schema with every strict option on: ajv 8
 * (draft 2020-12, {@code strict: true}, ajv-formats), as a CI user running {@code ajv --strict=true}
 * would, and agrees that the reference article is valid. {@code .ci/run} installs ajv from npm into
 * {@code json-schema/target/ajv}; where it is not installed (a clone without Node.js), the test is
 * skipped and says why.
 */
class AjvStrictCompileTest {
  private static final Path AJV = Path.of("target/ajv");

  private static final String SCRIPT = String.join("\n",
      "const Ajv2020 = require('ajv/dist/2020');",
      "const addFormats = require('ajv-formats');",
      "const fs = require('fs');",
      "const ajv = new Ajv2020({strict: true, allErrors: true});",
      "addFormats(ajv);",
      "let validate;",
      "try { validate = ajv.compile(JSON.parse(fs.readFileSync(process.argv[2], 'utf8'))); }",
      "catch (e) { console.log('not compiled: ' + e.message); process.exit(0); }",
      "const article = JSON.parse(fs.readFileSync(process.argv[3], 'utf8'));",
      "console.log(validate(article) ? 'compiled; valid' : 'compiled; invalid: ' + JSON.stringify(validate.errors));",
      "");

  @Test
  void ajvCompilesTheSchemaStrictlyAndAcceptsTheReferenceArticle(@TempDir Path temp)
      throws IOException, InterruptedException {
    assumeTrue(Files.isDirectory(AJV.resolve("node_modules/ajv")) && Files.isDirectory(AJV.resolve("node_modules/ajv-formats")),
        "ajv is not installed in json-schema/target/ajv (.ci/run installs it with npm): skipped");
    Path script = AJV.resolve("strict-compile.js");
    Files.writeString(script, SCRIPT, StandardCharsets.UTF_8);
    Path schema = temp.resolve("article.schema.json");
    Files.writeString(schema, ArticleSchema.text(), StandardCharsets.UTF_8);
    Path article = Path.of("../examples/articles/reference-article.json").toAbsolutePath();
    Process node;
    try {
      node = new ProcessBuilder(List.of("node", script.toAbsolutePath().toString(), schema.toString(), article.toString()))
          .redirectErrorStream(true).start();
    } catch (IOException e) {
      assumeTrue(false, "node is not on the PATH: skipped");
      return;
    }
    assumeTrue(node.waitFor(60, TimeUnit.SECONDS), "node did not finish within 60 s");
    String out = new String(node.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    assertEquals("compiled; valid", out);
  }
}
