package dev.newsmodel.examples;

import dev.newsmodel.core.Article;
import dev.newsmodel.json.ArticleJson;
import dev.newsmodel.json.ArticleReadException;
import dev.newsmodel.json.ArticleValidator;
import dev.newsmodel.json.ValidationReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Recipe: validate an article file with located problems, then read it for use. */
public final class ValidateJson {
  private ValidateJson() {}

  /**
   * Validates the file named by the first argument (default: the reference article).
   *
   * @param args an article JSON file, optional
   * @throws IOException if the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    Path file = Path.of(args.length > 0 ? args[0] : "examples/articles/reference-article.json");

    ValidationReport report = ArticleValidator.defaults().validate(Files.readAllBytes(file), file.toString());
    report.formatted().forEach(System.out::println);
    System.out.println(report.isValid() ? "valid" : "invalid");

    try {
      Article article = ArticleJson.defaults().read(file);
      System.out.println("read: " + article.headline());
    } catch (ArticleReadException e) {
      System.out.println("not readable: " + e.getMessage());
    }
  }
}
