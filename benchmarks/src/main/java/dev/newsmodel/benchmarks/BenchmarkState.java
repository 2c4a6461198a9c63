package dev.newsmodel.benchmarks;

import dev.newsmodel.benchmarks.pojo.ArticleDocument;
import dev.newsmodel.core.Article;
import dev.newsmodel.json.ArticleJson;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * The input every benchmark shares, per article: the model, its canonical JSON bytes (written by
 * newsmodel once, before measuring) and the same document read into the POJO graph.
 *
 * <p>All implementations of an operation see the same bytes, so the comparison is of the work
 * alone.
 */
@State(Scope.Benchmark)
public class BenchmarkState {
  /** Which article: {@code reference} (the seed page) or {@code large} (40 paragraphs, 10 images, 20 teasers). */
  @Param({"reference", "large"})
  public String article;

  /** The article as a model. */
  public Article model;

  /** The article's canonical JSON document. */
  public byte[] json;

  /** The same document as a POJO graph. */
  public ArticleDocument pojo;

  /** Builds the inputs; runs once per trial, outside the measurement. */
  @Setup(Level.Trial)
  public void setUp() {
    model = Articles.byName(article);
    json = ArticleJson.defaults().writeBytes(model);
    pojo = Baselines.POJO_MAPPER.readValue(json, ArticleDocument.class);
  }
}
