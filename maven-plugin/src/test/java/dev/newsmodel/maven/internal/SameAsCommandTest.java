package dev.newsmodel.maven.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsmodel.cli.Main;
import dev.newsmodel.cli.report.Validation;
import dev.newsmodel.core.lint.Linter;
import dev.newsmodel.core.lint.Severity;
import dev.newsmodel.json.ArticleValidator;
import dev.newsmodel.json.Limits;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The plugin's reports are the command's, byte for byte, for the same tree run from the same directory. */
class SameAsCommandTest {
  @TempDir
  Path project;

  @Test
  void sarifAndJsonReportsAreTheCommands() throws IOException {
    Path articles = project.resolve("src/main/articles");
    Articles.write(articles, "a-b.json", Articles.withWarning());
    Articles.write(articles, "a/z.json", "{\"headline\": 42}");
    Articles.write(articles, "b.json", Articles.CLEAN);
    Articles.write(articles, "c.json", "not json");
    Articles.write(articles, "\u00e9 \u202e.json", Articles.CLEAN);
    Path output = project.resolve("target/newsmodel");
    List<ArticleFile> files = new ArticleScan(articles, project, List.of("**/*.json"), List.of()).files();
    new ValidateRun(Validation.of(ArticleValidator.defaults()), Severity.WARNING, output, true, new Recorded())
        .run(files, Settings.configHash(Validation.version(), Limits.defaults(), Linter.defaults()));

    assertEquals(command("sarif"), Files.readString(output.resolve(ValidateRun.SARIF)));
    assertEquals(command("json"), Files.readString(output.resolve(ValidateRun.JSON)));
  }

  private String command(String format) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Main.run(new ByteArrayInputStream(new byte[0]), out, new ByteArrayOutputStream(), project,
        "validate", "--format", format, "--fail-on", "warning", "src/main/articles");
    return out.toString(StandardCharsets.UTF_8);
  }
}
