package dev.newsmodel.maven;

import dev.newsmodel.core.lint.LintRule;
import dev.newsmodel.core.lint.Linter;
import dev.newsmodel.json.ArticleValidator;
import dev.newsmodel.maven.internal.ArticleFile;
import dev.newsmodel.maven.internal.ArticleScan;
import dev.newsmodel.maven.internal.SiteWriter;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.IllformedLocaleException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Writes a static site of the article files to {@code target/newsmodel-site/}: a page per article under
 * {@code articles/}, an {@code index.html} with the news list of the published ones, newest first, and
 * the stylesheet {@code newsmodel.css}. If a file is not a valid article, its problems are logged, nothing
 * is written and the build fails.
 */
@Mojo(name = "render", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class RenderMojo extends ArticlesMojo {
  /** Skips the goal. */
  @Parameter(property = "newsmodel.render.skip", defaultValue = "false")
  boolean skip;

  /** The site's directory. */
  @Parameter(property = "newsmodel.siteDirectory", defaultValue = "${project.build.directory}/newsmodel-site",
      required = true)
  File outputDirectory;

  /**
   * Where the site will be served, such as {@code https://news.example.com/}: the news list links to the
   * pages there. Without it, the list links to each article's canonical URL.
   */
  @Parameter(property = "newsmodel.baseUrl")
  String baseUrl;

  /** The index page's title. */
  @Parameter(property = "newsmodel.siteTitle", defaultValue = "News")
  String siteTitle;

  /** The index page's language, a BCP 47 tag such as {@code en} or {@code de-CH}. */
  @Parameter(property = "newsmodel.siteLanguage", defaultValue = "en")
  String siteLanguage;

  /** Creates the goal; Maven calls this. */
  public RenderMojo() {}

  @Override
  String goal() {
    return "render";
  }

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("newsmodel:render skipped (skip is true)");
      return;
    }
    SiteWriter site;
    try {
      site = new SiteWriter(
          ArticleValidator.defaults().withLimits(limits()).withLinter(Linter.defaults().without(LintRule.values())),
          baseUrl(), siteTitle == null ? "News" : siteTitle, language(), messages());
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException("newsmodel:render: " + e.getMessage());
    }
    List<ArticleFile> files = files(scan());
    if (files.isEmpty()) {
      return;
    }
    Optional<String> failure;
    try {
      failure = site.write(files, outputDirectory.toPath());
    } catch (IOException e) {
      throw new MojoExecutionException("newsmodel:render: cannot write the site to " + outputDirectory + ": "
          + ArticleScan.reason(e), e);
    }
    if (failure.isPresent()) {
      throw new MojoFailureException(failure.get());
    }
  }

  private Optional<URI> baseUrl() {
    if (baseUrl == null || baseUrl.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(new URI(baseUrl.trim()));
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("baseUrl '" + baseUrl + "' is not a URL: " + e.getReason());
    }
  }

  private Locale language() {
    try {
      return new Locale.Builder().setLanguageTag(siteLanguage == null ? "en" : siteLanguage.trim()).build();
    } catch (IllformedLocaleException e) {
      throw new IllegalArgumentException("siteLanguage '" + siteLanguage
          + "' is not a BCP 47 language tag such as en or de-CH");
    }
  }
}
