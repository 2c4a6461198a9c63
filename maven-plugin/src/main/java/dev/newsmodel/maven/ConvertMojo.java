package dev.newsmodel.maven;

import dev.newsmodel.cli.report.Converter;
import dev.newsmodel.cli.report.FileOutcome;
import dev.newsmodel.cli.report.Finding;
import dev.newsmodel.cli.report.Status;
import dev.newsmodel.cli.report.Summary;
import dev.newsmodel.cli.report.Validation;
import dev.newsmodel.core.lint.Severity;
import dev.newsmodel.maven.internal.ArticleFile;
import dev.newsmodel.maven.internal.ArticleScan;
import dev.newsmodel.maven.internal.Settings;
import java.io.File;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Converts the file set from one format to another with the engine of {@code newsmodel convert}: IPTC
 * ninjs, schema.org JSON-LD or published HTML pages to newsmodel JSON, or newsmodel JSON to ninjs or
 * JSON-LD. Each output goes to {@code outputDirectory} at the input's path below {@code directory}, with
 * the target's extension. What did not survive is logged as a warning with its place; an input that
 * cannot become an article is an error, nothing is written for it, and the build fails.
 */
@Mojo(name = "convert", defaultPhase = LifecyclePhase.GENERATE_RESOURCES, threadSafe = true)
public class ConvertMojo extends ArticlesMojo {
  /** Skips the goal. */
  @Parameter(property = "newsmodel.convert.skip", defaultValue = "false")
  boolean skip;

  /** The input format: {@code newsmodel}, {@code ninjs}, {@code jsonld} or {@code html}. */
  @Parameter(property = "newsmodel.from", defaultValue = "newsmodel", required = true)
  String from;

  /** The output format: {@code newsmodel}, {@code ninjs} or {@code jsonld}. */
  @Parameter(property = "newsmodel.to", required = true)
  String to;

  /** Where the outputs go. */
  @Parameter(property = "newsmodel.convertDirectory", defaultValue = "${project.build.directory}/newsmodel-converted",
      required = true)
  File outputDirectory;

  /** The IANA zone in which the input's times without an offset were written; no default. */
  @Parameter(property = "newsmodel.zone")
  String zone;

  /** The BCP 47 language of an input that names none (ninjs, pages); no default. */
  @Parameter(property = "newsmodel.language")
  String language;

  /** The address relative links of a page resolve against; default: the page's own. */
  @Parameter(property = "newsmodel.baseUri")
  String baseUri;

  /** The least severity that fails the build: {@code error} (default; losses are warnings) or {@code warning}. */
  @Parameter(property = "newsmodel.failOn", defaultValue = "error")
  String failOn;

  /** Creates the goal; Maven calls this. */
  public ConvertMojo() {}

  @Override
  String goal() {
    return "convert";
  }

  @Override
  List<String> defaultIncludes() {
    List<String> patterns = new ArrayList<>();
    try {
      for (String extension : Converter.of(from == null ? "newsmodel" : from, "newsmodel").inputExtensions()) {
        patterns.add("**/*" + extension);
      }
    } catch (IllegalArgumentException e) {
      patterns.add("**/*.json");   // the unknown format is reported by execute
    }
    return patterns;
  }

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("newsmodel:convert skipped (skip is true)");
      return;
    }
    Converter converter;
    Severity threshold;
    try {
      converter = converter();
      threshold = Settings.failOn(failOn == null ? "error" : failOn);
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException("newsmodel:convert: " + e.getMessage());
    }
    ArticleScan scan = scan();
    List<ArticleFile> files = files(scan);
    if (files.isEmpty()) {
      return;
    }
    Summary summary = new Summary(threshold);
    Path out = outputDirectory.toPath();
    for (ArticleFile file : files) {
      Path target = out.resolve(converter.outputName(file.relative())).normalize();
      FileOutcome outcome = converter.convert(file.file(), file.shown(), target,
          bug -> getLog().debug("newsmodel failed on " + file.shown(), bug));
      Status status = summary.add(outcome);
      for (Finding finding : outcome.findings()) {
        String line = Validation.line(outcome.path(), finding);
        if (finding.severity() == Severity.ERROR) {
          getLog().error(line);
        } else if (finding.severity() == Severity.WARNING) {
          getLog().warn(line);
        } else {
          getLog().info(line);
        }
      }
      if (status == Status.VALID) {
        getLog().debug("Converted " + file.shown() + " to " + target);
      }
    }
    String counts = summary.errors() + (summary.errors() == 1 ? " error, " : " errors, ") + summary.warnings()
        + (summary.warnings() == 1 ? " warning" : " warnings");
    int converted = summary.valid();
    getLog().info("Converted " + converted + " of " + files.size() + (files.size() == 1 ? " file" : " files") + " from "
        + from + " to " + to + " into " + outputDirectory + " (" + counts + ")");
    if (summary.exitCode() != Summary.EXIT_VALID) {
      throw new MojoFailureException("newsmodel:convert: " + counts + "; " + (files.size() - converted) + " of "
          + files.size() + (files.size() == 1 ? " file" : " files") + " not converted or at failOn");
    }
  }


  private Converter converter() {
    Converter converter = Converter.of(from == null ? "newsmodel" : from.trim(), to == null ? "" : to.trim());
    if (zone != null && !zone.isBlank()) {
      try {
        converter = converter.withZone(ZoneId.of(zone.trim()));
      } catch (DateTimeException e) {
        throw new IllegalArgumentException("zone '" + zone + "' is not an IANA time zone such as Europe/Oslo");
      }
    }
    if (language != null && !language.isBlank()) {
      try {
        converter = converter.withLanguage(new Locale.Builder().setLanguageTag(language.trim()).build());
      } catch (IllformedLocaleException e) {
        throw new IllegalArgumentException("language '" + language + "' is not a BCP 47 language tag such as en-GB");
      }
    }
    if (baseUri != null && !baseUri.isBlank()) {
      try {
        converter = converter.withBaseUri(new URI(baseUri.trim()));
      } catch (URISyntaxException e) {
        throw new IllegalArgumentException("baseUri '" + baseUri + "' is not a URL: " + e.getReason());
      }
    }
    return converter;
  }
}
