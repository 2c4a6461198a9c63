package dev.newsmodel.ninjs.internal;

import dev.newsmodel.core.InvalidValueException;
import dev.newsmodel.core.License;
import dev.newsmodel.core.convert.ConversionCode;
import dev.newsmodel.core.convert.ConversionProblem;
import dev.newsmodel.ninjs.NinjsReadOptions;
import dev.newsmodel.ninjs.internal.JsonTree.Arr;
import dev.newsmodel.ninjs.internal.JsonTree.Node;
import dev.newsmodel.ninjs.internal.JsonTree.Num;
import dev.newsmodel.ninjs.internal.JsonTree.Obj;
import dev.newsmodel.ninjs.internal.JsonTree.Str;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/**
 * What reading one ninjs document needs throughout: the caller's options, the problems met so far, the
 * reading of values of the expected JSON type (each mismatch a located warning), and newsmodel's
 * extension. {@link NinjsReader} reads the item, {@link PictureReader} its pictures.
 */
abstract class Reading {
  /** The most problems one document reports; the last one says how many more were left out. */
  static final int MAX_PROBLEMS = 500;

  final NinjsReadOptions options;
  private final List<ConversionProblem> problems = new ArrayList<>();
  private int dropped;
  private String extensionPointer = "";

  Reading(NinjsReadOptions options) {
    this.options = options;
  }

  /** Returns the pointer of the extension being read, which its problems name. */
  String extensionPointer() {
    return extensionPointer;
  }

  /** Goes back to reading the extension at a pointer, after reading a nested one (a picture's). */
  void extensionPointer(String pointer) {
    extensionPointer = pointer;
  }

  // ---- problems --------------------------------------------------------------------------------

  void warn(ConversionCode code, String pointer, String message) {
    add(ConversionProblem.warning(code, pointer, message));
  }

  void error(ConversionCode code, String pointer, String message) {
    add(ConversionProblem.error(code, pointer, message));
  }

  void add(ConversionProblem p) {
    if (problems.size() < MAX_PROBLEMS - 1 || p.severity() == ConversionProblem.Severity.ERROR
        && problems.stream().noneMatch(q -> q.severity() == ConversionProblem.Severity.ERROR)) {
      problems.add(p);
    } else {
      dropped++;
    }
  }

  List<ConversionProblem> finished() {
    List<ConversionProblem> out = new ArrayList<>(problems);
    if (dropped > 0) {
      out.add(ConversionProblem.warning(ConversionCode.INPUT_LIMIT, "", dropped + " more problems were not "
          + "listed; at most " + MAX_PROBLEMS + " are reported per document"));
    }
    return out;
  }

  boolean failed() {
    return problems.stream().anyMatch(p -> p.severity() == ConversionProblem.Severity.ERROR);
  }

  // ---- shapes ----------------------------------------------------------------------------------

  @Nullable String string(Obj o, String name) {
    Node n = o.get(name);
    if (n == null) {
      return null;
    }
    if (n instanceof Str) {
      return ((Str) n).value();
    }
    warn(ConversionCode.INPUT_INVALID, n.pointer(), "expected a string, found " + n.describe()
        + "; left out");
    return null;
  }

  List<Obj> objects(Obj o, String name) {
    Node n = o.get(name);
    if (n == null) {
      return List.of();
    }
    if (!(n instanceof Arr)) {
      warn(ConversionCode.INPUT_INVALID, n.pointer(), "expected an array of objects, found " + n.describe()
          + "; left out");
      return List.of();
    }
    List<Obj> out = new ArrayList<>();
    for (Node item : ((Arr) n).items()) {
      if (item instanceof Obj) {
        out.add((Obj) item);
      } else {
        warn(ConversionCode.INPUT_INVALID, item.pointer(), "expected an object, found " + item.describe()
            + "; left out");
      }
    }
    return out;
  }

  Optional<URI> webUrl(Obj o, String name) {
    String s = string(o, name);
    if (s == null) {
      return Optional.empty();
    }
    return webUrl(s, o.pointerOf(name));
  }

  Optional<URI> webUrl(String s, String pointer) {
    URI uri;
    try {
      uri = new URI(s);
    } catch (URISyntaxException e) {
      warn(ConversionCode.URL_INVALID, pointer, "'" + s + "' is not a well-formed URL; left out");
      return Optional.empty();
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!uri.isAbsolute()) {
      warn(ConversionCode.URL_RELATIVE, pointer, "'" + s + "' is a relative URL; left out");
      return Optional.empty();
    }
    if (!scheme.equals("http") && !scheme.equals("https")) {
      warn(ConversionCode.URL_SCHEME, pointer, "'" + s + "' is not an http or https URL; left out");
      return Optional.empty();
    }
    if (uri.getHost() == null) {
      warn(ConversionCode.URL_INVALID, pointer, "'" + s + "' has no host name; left out");
      return Optional.empty();
    }
    return Optional.of(uri);
  }

  /** Builds a value, or reports the rule it breaks as a warning and leaves it out. */
  <T> Optional<T> attempt(String pointer, String what, Supplier<T> build) {
    try {
      return Optional.of(build.get());
    } catch (InvalidValueException e) {
      warn(ConversionCode.INPUT_INVALID, pointer, what + " breaks a model rule and was left out: "
          + e.getMessage());
      return Optional.empty();
    }
  }

  /** Reads a time: an RFC 3339 date-time; one without an offset only with the caller's zone. */
  Optional<ZonedDateTime> time(Obj o, String name, boolean required) {
    String s = string(o, name);
    String pointer = o.pointerOf(name);
    if (s == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(OffsetDateTime.parse(s, DateTimeFormatter.ISO_OFFSET_DATE_TIME).toZonedDateTime());
    } catch (DateTimeParseException e) {
      // perhaps a local time
    }
    LocalDateTime local;
    try {
      local = LocalDateTime.parse(s, DateTimeFormatter.ISO_LOCAL_DATE_TIME);
    } catch (DateTimeParseException e) {
      report(required, ConversionCode.TIME_INVALID, pointer, "'" + s + "' is not an RFC 3339 date-time such as "
          + "\"2013-07-09T10:37:00Z\"");
      return Optional.empty();
    }
    Optional<ZoneId> zone = options.zone();
    if (zone.isEmpty()) {
      report(required, ConversionCode.TIME_NO_OFFSET, pointer, "'" + s + "' has no offset from UTC, so the "
          + "instant is unknown; pass the zone it was written in (NinjsReadOptions.withZone)");
      return Optional.empty();
    }
    List<java.time.ZoneOffset> valid = zone.get().getRules().getValidOffsets(local);
    if (valid.size() != 1) {
      report(required, ConversionCode.TIME_NO_OFFSET, pointer, "'" + s + "' has no offset from UTC and "
          + (valid.isEmpty() ? "falls in a daylight-saving gap" : "is ambiguous (a daylight-saving overlap)")
          + " in zone '" + zone.get().getId() + "'");
      return Optional.empty();
    }
    return Optional.of(ZonedDateTime.ofLocal(local, zone.get(), null));
  }

  void report(boolean error, ConversionCode code, String pointer, String message) {
    if (error) {
      error(code, pointer, message);
    } else {
      warn(code, pointer, message + "; left out");
    }
  }

  // ---- the extension ---------------------------------------------------------------------------

  /** Reads one member of the extension; throws for a shape or a value it does not accept. */
  interface Part<T> {
    T read(Node member);
  }

  Optional<Obj> extension(Obj item) {
    Node descriptions = item.get("descriptions");
    if (!(descriptions instanceof Arr)) {
      return Optional.empty();
    }
    for (Node n : ((Arr) descriptions).items()) {
      if (!(n instanceof Obj)) {
        continue;
      }
      Obj d = (Obj) n;
      Node role = d.get("role");
      if (!(role instanceof Str) || !((Str) role).value().equals(Extension.ROLE)) {
        continue;
      }
      Node value = d.get("value");
      if (!(value instanceof Str)) {
        warn(ConversionCode.NINJS_EXTENSION, d.pointerOf("value"), "the extension is not a string; left out");
        return Optional.empty();
      }
      Node tree;
      try {
        tree = JsonTree.parse(((Str) value).value());
      } catch (JsonTree.SyntaxException e) {
        warn(ConversionCode.NINJS_EXTENSION, d.pointerOf("value"), "the extension is not JSON: "
            + e.getMessage() + "; left out");
        return Optional.empty();
      }
      if (!(tree instanceof Obj)) {
        warn(ConversionCode.NINJS_EXTENSION, d.pointerOf("value"), "the extension is not a JSON object; left out");
        return Optional.empty();
      }
      Obj ext = (Obj) tree;
      Node version = ext.get("version");
      if (!(version instanceof Num) || !((Num) version).intValue().equals(Optional.of(Extension.VERSION))) {
        warn(ConversionCode.NINJS_EXTENSION, d.pointerOf("value"), "the extension's version is not "
            + Extension.VERSION + "; left out");
        return Optional.empty();
      }
      extensionPointer = d.pointerOf("value");
      return Optional.of(ext);
    }
    return Optional.empty();
  }

  /** Reads one member of the extension, or reports why it cannot and leaves it out. */
  <T> Optional<T> extPart(Obj ext, String name, Part<T> read) {
    Node member = ext.get(name);
    if (member == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(read.read(member));
    } catch (Extension.ShapeException e) {
      warn(ConversionCode.NINJS_EXTENSION, extensionPointer, "the extension's '" + e.pointer() + "' "
          + e.getMessage() + "; left out");
    } catch (InvalidValueException | DateTimeException | IllegalStateException e) {
      warn(ConversionCode.NINJS_EXTENSION, extensionPointer, "the extension's '" + member.pointer()
          + "' breaks a model rule: " + e.getMessage() + "; left out");
    }
    return Optional.empty();
  }

  <T> Optional<T> extObject(Obj ext, String name, Function<Obj, T> read) {
    return extPart(ext, name, member -> read.apply(Extension.obj(member, member.pointer())));
  }

  <T> Optional<List<T>> extList(Obj ext, String name, Function<Obj, T> read) {
    return extPart(ext, name, member -> Extension.list(ext, name, read));
  }

  Optional<License> license(Obj o, Optional<License> exact) {
    if (exact.isPresent()) {
      return exact;
    }
    String terms = string(o, "usageTerms");
    Optional<URI> linked = Optional.empty();
    Node rightsInfo = o.get("rightsInfo");
    if (rightsInfo instanceof Obj) {
      Obj r = (Obj) rightsInfo;
      if (r.get("linkedRights") != null) {
        linked = webUrl(r, "linkedRights");
      }
      if (r.get("encodedRights") != null) {
        warn(ConversionCode.INPUT_IGNORED, r.pointerOf("encodedRights"), "a rights expression in a rights "
            + "language has no counterpart in the model; left out");
      }
    }
    if (terms == null) {
      if (linked.isPresent()) {
        warn(ConversionCode.INPUT_IGNORED, o.pointerOf("rightsInfo"), "linked rights without usage terms to "
            + "name the licence; left out");
      }
      return Optional.empty();
    }
    Optional<URI> url = linked;
    return attempt(o.pointerOf("usageTerms"), "the licence", () -> License.builder().name(terms).url(url).build());
  }
}
