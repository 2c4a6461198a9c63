package dev.newsmodel.maven;

import dev.newsmodel.json.Limits;
import dev.newsmodel.maven.internal.ArticleFile;
import dev.newsmodel.maven.internal.ArticleScan;
import dev.newsmodel.maven.internal.Messages;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.plugins.annotations.Parameter;

/** The file set and limits that every goal of the plugin reads. */
abstract class ArticlesMojo extends AbstractMojo {
  /** The directory searched for article files. */
  @Parameter(property = "newsmodel.directory", defaultValue = "${project.basedir}/src/main/articles", required = true)
  File directory;

  /** Patterns of the files to take, relative to {@code directory}; default {@code **}{@code /*.json}. */
  @Parameter
  List<String> includes = new ArrayList<>();

  /** Patterns of the files to leave out, relative to {@code directory}. */
  @Parameter
  List<String> excludes = new ArrayList<>();

  /** Paths in the log and the reports are relative to this directory. */
  @Parameter(property = "newsmodel.sourceRoot", defaultValue = "${project.basedir}", required = true)
  File sourceRoot;

  /** Whether no matching file fails the build (true) or is only a warning (false). */
  @Parameter(property = "newsmodel.failIfEmpty", defaultValue = "true")
  boolean failIfEmpty;

  /** How much one file may hold: {@code <limits><maxDocumentBytes>…</maxDocumentBytes></limits>}. */
  @Parameter
  LimitSettings limits;

  /** Returns the patterns taken when none are configured: {@code **}{@code /*.json}. */
  List<String> defaultIncludes() {
    return List.of("**/*.json");
  }

  /** Returns the goal's name, such as {@code validate}, for messages. */
  abstract String goal();

  /**
   * Returns the files of the set; when there are none, fails the build or, if {@code failIfEmpty} is
   * false, logs a warning and returns an empty list.
   *
   * @param scan the scan
   * @return the files, possibly empty
   */
  final List<ArticleFile> files(ArticleScan scan) throws MojoExecutionException, MojoFailureException {
    List<ArticleFile> files;
    try {
      files = scan.files();
    } catch (IOException e) {
      throw new MojoExecutionException("newsmodel:" + goal() + ": " + e.getMessage());
    }
    if (files.isEmpty()) {
      String none = "newsmodel:" + goal() + ": no article file in " + scan.describe()
          + (directory.isDirectory() ? "" : ": the directory does not exist");
      if (failIfEmpty) {
        throw new MojoFailureException(none + "; set <directory> and <includes>, or failIfEmpty=false to allow this");
      }
      getLog().warn(none + " (failIfEmpty is false)");
    }
    return files;
  }

  /** Returns the scan of the configured file set. */
  final ArticleScan scan() throws MojoExecutionException {
    try {
      return new ArticleScan(directory.toPath(), sourceRoot.toPath(),
          includes == null || includes.isEmpty() ? defaultIncludes() : includes,
          excludes == null ? List.of() : excludes);
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException("newsmodel:" + goal() + ": " + e.getMessage());
    }
  }

  /** Returns the configured limits. */
  final Limits limits() throws MojoExecutionException {
    try {
      return limits == null ? Limits.defaults() : limits.toLimits();
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException("newsmodel:" + goal() + ": limits: " + e.getMessage());
    }
  }

  /** Returns Maven's log as the run's messages. */
  final Messages messages() {
    Log log = getLog();
    return new Messages() {
      @Override
      public void error(String line) {
        log.error(line);
      }

      @Override
      public void warn(String line) {
        log.warn(line);
      }

      @Override
      public void info(String line) {
        log.info(line);
      }

      @Override
      public void debug(String line, Throwable cause) {
        log.debug(line, cause);
      }
    };
  }
}
