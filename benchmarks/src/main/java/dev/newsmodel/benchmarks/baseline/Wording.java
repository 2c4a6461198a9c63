package dev.newsmodel.benchmarks.baseline;

import dev.newsmodel.core.Article;
import dev.newsmodel.core.Attribution;
import dev.newsmodel.core.Byline;
import dev.newsmodel.core.Contributor;
import dev.newsmodel.core.Image;
import dev.newsmodel.core.ImageRendition;
import dev.newsmodel.core.SourceReference;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The words that the baseline renderers compose from the model, shared by the jte template and the
 * StringBuilder writer so that both write the same text: display times, byline text, credit lines
 * and source notes.
 *
 * <p>Both baselines call these between their markup; the work is part of what they measure, as it
 * is part of what the library's renderer does.
 */
public final class Wording {
  private Wording() {}

  private static final DateTimeFormatter DISPLAY =
      DateTimeFormatter.ofPattern("d MMMM uuuu, HH:mm zzz", Locale.ENGLISH);
  private static final DateTimeFormatter MACHINE = DateTimeFormatter.ISO_OFFSET_DATE_TIME;

  /**
   * Returns a time as people read it, such as {@code 6 April 2021, 17:45 MSK}.
   *
   * @param time the time, not null
   * @return the text, not null
   */
  public static String display(ZonedDateTime time) {
    return DISPLAY.format(time);
  }

  /**
   * Returns a time for a {@code datetime} attribute, such as {@code 2021-04-06T17:45:00+03:00}.
   *
   * @param time the time, not null
   * @return the text, not null
   */
  public static String machine(ZonedDateTime time) {
    return MACHINE.format(time);
  }

  /**
   * Returns the byline as printed, or composed from its contributors: {@code By A, B and C}.
   *
   * @param byline the byline, not null
   * @return the text, not null
   */
  public static String byline(Byline byline) {
    if (byline.text().isPresent()) {
      return byline.text().get();
    }
    StringBuilder text = new StringBuilder("By ");
    int n = byline.contributors().size();
    for (int i = 0; i < n; i++) {
      if (i > 0) {
        text.append(i == n - 1 ? " and " : ", ");
      }
      Contributor contributor = byline.contributors().get(i);
      text.append(contributor.name());
    }
    return text.toString();
  }

  /**
   * Returns an image's credit line as printed, or composed from its creator, if any.
   *
   * @param image the image, not null
   * @return the credit, not null
   */
  public static Optional<String> credit(Image image) {
    if (image.attribution().isEmpty()) {
      return Optional.empty();
    }
    Attribution attribution = image.attribution().get();
    if (attribution.creditLine().isPresent()) {
      return attribution.creditLine();
    }
    return attribution.creator().map(creator -> "Photo: " + creator);
  }

  /**
   * Returns the note on a source, such as
   * {@code Translated from the original by Caucasian Knot, published 6 April 2021, 02:24 MSK.}
   *
   * @param source the source, not null
   * @return the note, not null
   */
  public static String sourceNote(SourceReference source) {
    StringBuilder note = new StringBuilder();
    switch (source.relation()) {
      case TRANSLATION_OF:
        note.append("Translated from the original by ");
        break;
      case ORIGINALLY_PUBLISHED_AT:
        note.append("Originally published by ");
        break;
      case BASED_ON:
        note.append("Based on reporting by ");
        break;
      case SYNDICATED_FROM:
        note.append("Syndicated from ");
        break;
      default:
        note.append("Source: ");
        break;
    }
    note.append(source.outlet());
    source.title().ifPresent(title -> note.append(", \u201c").append(title).append('\u201d'));
    source.published().ifPresent(time -> note.append(", published ").append(display(time)));
    return note.append('.').toString();
  }

  /**
   * Returns an image's {@code srcset}, such as {@code https://x/480.jpg 480w, https://x/960.jpg 960w},
   * or null when it has no renditions (jte then leaves the attribute out).
   *
   * @param image the image, not null
   * @return the srcset, or null
   */
  public static @Nullable String srcset(Image image) {
    List<ImageRendition> renditions = image.renditions();
    if (renditions.isEmpty()) {
      return null;
    }
    StringBuilder srcset = new StringBuilder(renditions.size() * 64);
    for (int i = 0; i < renditions.size(); i++) {
      if (i > 0) {
        srcset.append(", ");
      }
      srcset.append(renditions.get(i).url().toString()).append(' ').append(renditions.get(i).width()).append('w');
    }
    return srcset.toString();
  }

  /**
   * Returns a language tag, such as {@code ru}, or null when there is none (jte then leaves the
   * attribute out).
   *
   * @param language the language, not null
   * @return the tag, or null
   */
  public static @Nullable String language(Optional<Locale> language) {
    return language.isPresent() ? language.get().toLanguageTag() : null;
  }

  /**
   * Returns the language tag of an article, such as {@code en}.
   *
   * @param article the article, not null
   * @return the tag, not null
   */
  public static String language(Article article) {
    return article.language().toLanguageTag();
  }
}
