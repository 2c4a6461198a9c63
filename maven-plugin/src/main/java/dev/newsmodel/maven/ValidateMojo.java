package dev.newsmodel.maven;

import dev.newsmodel.cli.report.Validation;
import dev.newsmodel.core.lint.Linter;
import dev.newsmodel.core.lint.Severity;
import dev.newsmodel.json.ArticleValidator;
import dev.newsmodel.json.Limits;
import dev.newsmodel.maven.internal.ArticleFile;
import dev.newsmodel.maven.internal.ArticleScan;
import dev.newsmodel.maven.internal.Messages;
import dev.newsmodel.maven.internal.Settings;
import dev.newsmodel.maven.internal.ValidateRun;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Checks article JSON files with the engine of {@code newsmodel validate} (syntax, limits, the JSON
 * Schema, the model's rules and lint), logs every problem as
 * {@code file:line:column: severity code at pointer: message}, writes {@code newsmodel.sarif} and
 * {@code newsmodel.json} to {@code target/newsmodel/}, and fails the build when a file has a problem at
 * or above {@code failOn}. Files found with no problem by an earlier run, with the same bytes and the same
 * settings, are skipped unless {@code force} is set.
 */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class ValidateMojo extends ArticlesMojo {
  /** Skips the goal. */
  @Parameter(property = "newsmodel.skip", defaultValue = "false")
  boolean skip;

  /** The least severity that fails the build: {@code error} or {@code warning}. */
  @Parameter(property = "newsmodel.failOn", defaultValue = "error")
  String failOn;

  /** Lint rules switched off, by code, as {@code newsmodel rules} lists them. */
  @Parameter
  List<String> disable = new ArrayList<>();

  /** Switches off every lint rule: syntax, schema and the model's rules only. */
  @Parameter(property = "newsmodel.noLint", defaultValue = "false")
  boolean noLint;

  /** Lint rules re-graded: {@code <headline-length>error</headline-length>}; error, warning or info. */
  @Parameter
  Map<String, String> severities = new LinkedHashMap<>();

  /** Checks every file, even those an earlier run found clean. */
  @Parameter(property = "newsmodel.force", defaultValue = "false")
  boolean force;

  /** Where the SARIF log, the JSON report and the cache of clean files go. */
  @Parameter(property = "newsmodel.outputDirectory", defaultValue = "${project.build.directory}/newsmodel",
      required = true)
  File outputDirectory;

  /** Creates the goal; Maven calls this. */
  public ValidateMojo() {}

  @Override
  String goal() {
    return "validate";
  }

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("newsmodel:validate skipped (skip is true)");
      return;
    }
    Severity threshold;
    Linter linter;
    try {
      threshold = Settings.failOn(failOn == null ? "error" : failOn);
      linter = Settings.linter(noLint, disable == null ? List.of() : disable,
          severities == null ? Map.of() : severities);
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException("newsmodel:validate: " + e.getMessage());
    }
    Limits checked = limits();
    ArticleScan scan = scan();
    // With no file (and failIfEmpty false) the run still writes empty reports, for the CI steps that read them.
    List<ArticleFile> files = files(scan);
    Messages messages = messages();
    Validation validation = Validation.of(ArticleValidator.defaults().withLimits(checked).withLinter(linter))
        .withBugHandler((path, bug) -> messages.debug("newsmodel failed on " + path, bug));
    messages.info("Checking " + files.size() + (files.size() == 1 ? " article file in " : " article files in ")
        + scan.describe());
    ValidateRun.Result result;
    try {
      result = new ValidateRun(validation, threshold, outputDirectory.toPath(), force, messages)
          .run(files, Settings.configHash(Validation.version(), checked, linter));
    } catch (IOException e) {
      throw new MojoExecutionException("newsmodel:validate: cannot write the reports to " + outputDirectory + ": "
          + ArticleScan.reason(e), e);
    }
    if (result.failure().isPresent()) {
      throw new MojoFailureException(result.failure().get());
    }
  }
}
