package dev.newsmodel.html;

import dev.newsmodel.core.Byline;
import dev.newsmodel.core.Correction;
import dev.newsmodel.core.Dateline;
import dev.newsmodel.core.Disclaimer;
import dev.newsmodel.core.Image;
import dev.newsmodel.core.SourceReference;
import dev.newsmodel.core.Teaser;
import dev.newsmodel.core.body.Quote;
import java.util.List;

/**
 * A part of the output whose rendering a portal can replace with a {@link Component}, such as
 * {@link #IMAGE} (every body figure) or {@link #DISCLAIMER}.
 *
 * <p>The constants are the only instances. Immutable and thread-safe.
 *
 * @param <T> the model value the part renders
 */
public final class Slot<T> {
  /** The lead image's {@code <figure>}. */
  public static final Slot<Image> LEAD_IMAGE = new Slot<>("LEAD_IMAGE");
  /** A body image's {@code <figure>}. */
  public static final Slot<Image> IMAGE = new Slot<>("IMAGE");
  /** One byline paragraph. */
  public static final Slot<Byline> BYLINE = new Slot<>("BYLINE");
  /** The dateline paragraph. */
  public static final Slot<Dateline> DATELINE = new Slot<>("DATELINE");
  /** One disclaimer note, top or bottom. */
  public static final Slot<Disclaimer> DISCLAIMER = new Slot<>("DISCLAIMER");
  /** One source note ({@code originally published...}) or cited-source item. */
  public static final Slot<SourceReference> SOURCE = new Slot<>("SOURCE");
  /** One correction item. */
  public static final Slot<Correction> CORRECTION = new Slot<>("CORRECTION");
  /** One quotation block. */
  public static final Slot<Quote> QUOTE = new Slot<>("QUOTE");
  /** One teaser list item, in related items and news lists. */
  public static final Slot<Teaser> TEASER = new Slot<>("TEASER");

  /** Every slot, in this order. */
  static final List<Slot<?>> ALL =
      List.of(LEAD_IMAGE, IMAGE, BYLINE, DATELINE, DISCLAIMER, SOURCE, CORRECTION, QUOTE, TEASER);

  private final String name;

  private Slot(String name) {
    this.name = name;
  }

  /**
   * Returns the slot's name, such as {@code IMAGE}.
   *
   * @return the name, not null
   */
  public String name() {
    return name;
  }

  /**
   * Returns the slot's name.
   *
   * @return the name, not null
   */
  @Override
  public String toString() {
    return name;
  }
}
