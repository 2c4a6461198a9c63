package dev.newsmodel.feeds.internal;

import dev.newsmodel.html.internal.Languages;
import dev.newsmodel.core.Article;
import dev.newsmodel.core.Byline;
import dev.newsmodel.core.Image;
import dev.newsmodel.core.Rfc9557;
import dev.newsmodel.core.convert.ConversionCode;
import dev.newsmodel.html.HtmlRenderer;
import java.net.URI;
import java.time.ZonedDateTime;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** What the three formats share: content, times, image types and the losses every format has. */
final class Shared {
  /** Image types known from a URL's file extension; a feed states no type it does not know. */
  private static final Map<String, String> IMAGE_TYPES = Map.of(
      "jpg", "image/jpeg", "jpeg", "image/jpeg", "png", "image/png", "gif", "image/gif", "webp", "image/webp",
      "avif", "image/avif", "svg", "image/svg+xml");

  private Shared() {}

  /** The entry's content: the renderer's fragment of its article, when there is a renderer and an article. */
  static Optional<String> content(Entry entry, @Nullable HtmlRenderer renderer) {
    if (renderer == null || entry.article().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(renderer.renderFragment(entry.article().get()));
  }

  /**
   * Reports what no format carries outside an entry's content: disclaimers, when there is no content,
   * and a byline that is only printed text (no contributor to name as an author), when there is no
   * content, which prints it.
   */
  static void commonLosses(Entry entry, @Nullable HtmlRenderer renderer, boolean rss, Problems problems) {
    if (entry.article().isEmpty()) {
      return;
    }
    Article a = entry.article().get();
    if (renderer == null) {
      for (int i = 0; i < a.disclaimers().size(); i++) {
        problems.warn(ConversionCode.FEED_NOTICE_NOT_CARRIED, entry.location() + ".disclaimers[" + i + "]",
            "The " + a.disclaimers().get(i).kind().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                + " disclaimer is not in the entry, which has no content");
      }
    }
    if (renderer == null && a.leadImage().flatMap(Image::attribution).isPresent()) {
      problems.warn(ConversionCode.EXPORT_LOST, entry.location() + ".leadImage.attribution", "The lead image's "
          + "attribution (credit, copyright, licence) has a place only in the entry's content, and the entry has "
          + "none" + (rss ? "; media:credit carries its credit line or creator" : ""));
    }
    for (int i = 0; i < a.bylines().size(); i++) {
      Byline byline = a.bylines().get(i);
      if (renderer == null && byline.contributors().isEmpty() && byline.text().isPresent()) {
        problems.warn(ConversionCode.EXPORT_LOST, entry.location() + ".bylines[" + i + "].text", "The printed byline '"
            + byline.text().get() + "' names no contributor, and a feed's authors are names: without content, "
            + "it is not carried");
      }
    }
  }

  /** Writes an RFC 3339 time and reports digits finer than a millisecond, which it cuts. */
  static String rfc3339(ZonedDateTime time, String location, Problems problems) {
    if (time.getNano() % 1_000_000 != 0) {
      problems.warn(ConversionCode.FEED_TIME_PRECISION, location, "The time " + Rfc9557.format(time)
          + " is written to the millisecond, as RFC 3339 times are everywhere in newsmodel");
    }
    String text = Rfc9557.formatRfc3339(time);
    // Milliseconds in three digits: formatRfc3339 writes as few as the value needs (".5"), which is RFC
    // 3339, but feed readers built on SimpleDateFormat's "SSS" (ROME among them) read ".5" as 5 ms.
    // ".500" is the same instant to every reader.
    int dot = text.indexOf('.', 19);
    if (dot == 19) {
      int end = dot + 1;
      while (end < text.length() && Character.isDigit(text.charAt(end))) {
        end++;
      }
      int digits = end - dot - 1;
      if (digits < 3) {
        text = text.substring(0, end) + "00".substring(0, 3 - digits) + text.substring(end);
      }
    }
    return text;
  }

  /** Writes an RFC 822 time and reports a fraction of a second, which it cuts. */
  static String rfc822(ZonedDateTime time, String location, Problems problems) {
    if (time.getNano() != 0) {
      problems.warn(ConversionCode.FEED_TIME_PRECISION, location, "The time " + Rfc9557.format(time)
          + " is written to the second, as RSS's RFC 822 dates are");
    }
    return Rfc822.format(time);
  }

  /** The image's media type from its URL's file extension, such as {@code image/jpeg} for {@code .jpg}. */
  static Optional<String> imageType(URI url) {
    String path = url.getPath();
    if (path == null) {
      return Optional.empty();
    }
    int slash = path.lastIndexOf('/');
    int dot = path.lastIndexOf('.');
    if (dot <= slash) {
      return Optional.empty();
    }
    return Optional.ofNullable(IMAGE_TYPES.get(path.substring(dot + 1).toLowerCase(Locale.ROOT)));
  }

  /** The {@code dir} value for an entry whose direction differs from the feed's, or null. */
  static @Nullable String direction(Locale entry, Locale feed) {
    boolean rtl = Languages.rightToLeft(entry);
    return rtl == Languages.rightToLeft(feed) ? null : rtl ? "rtl" : "ltr";
  }
}
