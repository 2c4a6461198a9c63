package dev.newsmodel.ninjs.internal;

import dev.newsmodel.core.Attribution;
import dev.newsmodel.core.Image;
import dev.newsmodel.core.ImageRendition;
import dev.newsmodel.core.License;
import dev.newsmodel.core.convert.ConversionCode;
import dev.newsmodel.ninjs.internal.JsonTree.Node;
import dev.newsmodel.ninjs.internal.JsonTree.Num;
import dev.newsmodel.ninjs.internal.JsonTree.Obj;
import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads an item's picture associations into images: the lead image, and those meant for the body by
 * their URL; every other association is reported and left out.
 */
final class PictureReader {
  private final Reading reading;

  PictureReader(Reading reading) {
    this.reading = reading;
  }

  List<Obj> associations(Obj item) {
    List<Obj> pictures = new ArrayList<>();
    for (Obj a : reading.objects(item, "associations")) {
      String type = reading.string(a, "type");
      if ("picture".equals(type)) {
        pictures.add(a);
      } else {
        reading.warn(ConversionCode.INPUT_IGNORED, a.pointer(), "an associated '" + (type == null ? "untyped" : type)
            + "' item has no counterpart in an article (only pictures become images); left out");
      }
    }
    return pictures;
  }

  /** Reads the pictures: the lead image, and those meant for the body by their URL. */
  Optional<Image> pictures(List<Obj> pictures, Map<URI, ArrayDeque<Image>> bodyImages) {
    Optional<Image> lead = Optional.empty();
    List<Image> others = new ArrayList<>();
    for (Obj p : pictures) {
      Optional<Image> image = picture(p);
      if (image.isEmpty()) {
        continue;
      }
      String rel = reading.string(p, "rel");
      String name = reading.string(p, "name");
      if ("body".equals(rel) || name != null && name.startsWith(NinjsWriter.BODY_IMAGE)) {
        bodyImages.computeIfAbsent(image.get().url(), u -> new ArrayDeque<>()).add(image.get());
      } else if (lead.isEmpty()) {
        lead = image;
      } else {
        others.add(image.get());
      }
    }
    for (Image other : others) {
      bodyImages.computeIfAbsent(other.url(), u -> new ArrayDeque<>()).add(other);
    }
    return lead;
  }

  private Optional<Image> picture(Obj p) {
    String itemExtension = reading.extensionPointer();
    Optional<Obj> ext = reading.extension(p);
    Optional<Image> exact = ext.flatMap(e -> reading.extObject(e, "image", Extension::readImage));
    reading.extensionPointer(itemExtension);
    if (exact.isPresent()) {
      return exact;
    }
    List<Obj> renditions = reading.objects(p, "renditions");
    Obj best = null;
    for (Obj r : renditions) {
      if ("original".equals(reading.string(r, "name"))) {
        best = r;
        break;
      }
      if (best == null || width(r) > width(best)) {
        best = r;
      }
    }
    Optional<URI> url = best != null && best.get("href") != null ? reading.webUrl(best, "href") : reading.webUrl(p, "uri");
    if (url.isEmpty()) {
      reading.warn(ConversionCode.INPUT_MISSING, p.pointer(), "the picture has no http or https URL to fetch it by; "
          + "left out");
      return Optional.empty();
    }
    String alt = null;
    String caption = null;
    String firstOther = null;
    for (Obj d : reading.objects(p, "descriptions")) {
      String role = reading.string(d, "role");
      String value = reading.string(d, "value");
      if (value == null || Extension.ROLE.equals(role)) {
        continue;
      }
      if ("alt".equals(role) && alt == null) {
        alt = value;
      } else if (caption == null && (role == null || "caption".equals(role))) {
        caption = value;
      }
      if (firstOther == null && !"alt".equals(role)) {
        firstOther = value;
      }
    }
    if (alt == null) {
      String headline = reading.objects(p, "headlines").stream().map(h -> reading.string(h, "value")).filter(v -> v != null)
          .findFirst().orElse(null);
      alt = firstOther != null ? firstOther : headline;
      if (alt == null) {
        reading.warn(ConversionCode.INPUT_MISSING, p.pointer(), "the picture has no description or headline to serve "
            + "as its alternative text; left out");
        return Optional.empty();
      }
      reading.warn(ConversionCode.NINJS_ALT_FROM_DESCRIPTION, p.pointer(), "the picture has no description with the "
          + "role 'alt'; its " + (firstOther != null ? "description" : "headline") + " is taken as alternative text");
    }
    Image.Builder b = Image.builder().url(url.get()).alt(alt);
    if (caption != null) {
      b.caption(caption);
    }
    if (best != null) {
      intValue(best, "width").ifPresent(b::width);
      intValue(best, "height").ifPresent(b::height);
      for (Obj r : renditions) {
        if (r == best) {
          continue;
        }
        Optional<Integer> w = intValue(r, "width");
        Optional<URI> href = r.get("href") == null ? Optional.empty() : reading.webUrl(r, "href");
        if (w.isPresent() && href.isPresent() && w.get() > 0) {
          b.addRenditions(ImageRendition.of(href.get(), w.get()));
        }
      }
    }
    attribution(p).ifPresent(b::attribution);
    return reading.attempt(p.pointer(), "the picture", b::build);
  }

  private Optional<Attribution> attribution(Obj p) {
    Attribution.Builder a = Attribution.builder();
    boolean any = false;
    String by = reading.string(p, "by");
    if (by != null) {
      a.creditLine(by);
      any = true;
    }
    String holder = reading.string(p, "copyrightHolder");
    if (holder != null) {
      a.copyrightHolder(holder);
      any = true;
    }
    String notice = reading.string(p, "copyrightNotice");
    if (notice != null) {
      a.copyrightNotice(notice);
      any = true;
    }
    Optional<License> license = reading.license(p, Optional.empty());
    if (license.isPresent()) {
      a.license(license.get());
      any = true;
    }
    return any ? reading.attempt(p.pointer(), "the picture's attribution", a::build) : Optional.empty();
  }

  private int width(Obj r) {
    Node n = r.get("width");
    return n instanceof Num ? ((Num) n).intValue().orElse(0) : 0;
  }

  private Optional<Integer> intValue(Obj o, String name) {
    Node n = o.get(name);
    if (n == null) {
      return Optional.empty();
    }
    if (n instanceof Num && ((Num) n).intValue().filter(v -> v > 0).isPresent()) {
      return ((Num) n).intValue();
    }
    reading.warn(ConversionCode.INPUT_INVALID, n.pointer(), "expected a positive integer, found " + n.describe()
        + "; left out");
    return Optional.empty();
  }
}
