package dev.newsmodel.cli.report;

import dev.newsmodel.cli.internal.Engine;
import java.net.URI;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * Converts article files with the engine of {@code newsmodel convert}, for a build tool that runs it in
 * its own JVM:
 *
 * <pre>{@code
 * Converter converter = Converter.of("ninjs", "newsmodel").withZone(ZoneId.of("Europe/Oslo"));
 * FileOutcome outcome = converter.convert(Path.of("in/item.json"), "in/item.json", Path.of("out/item.json"));
 * outcome.findings().forEach(f -> System.out.println(Validation.line(outcome.path(), f)));
 * }</pre>
 *
 * <p>Formats are named as the command's {@code --from} and {@code --to} name them: {@code newsmodel},
 * {@code ninjs}, {@code jsonld}, and {@code html} (read only). Losses are warnings, an input that cannot
 * become an article is an error and its target is not written, and an output that would replace its
 * input is refused ({@code io.unwritable}). Instances are immutable and thread-safe.
 */
public final class Converter {
  private final String from;
  private final String to;
  private final @Nullable ZoneId zone;
  private final @Nullable URI baseUri;
  private final @Nullable Locale language;

  private Converter(String from, String to, @Nullable ZoneId zone, @Nullable URI baseUri, @Nullable Locale language) {
    this.from = from;
    this.to = to;
    this.zone = zone;
    this.baseUri = baseUri;
    this.language = language;
  }

  /**
   * Returns a converter between two formats, assuming nothing the input does not say.
   *
   * @param from the input format: newsmodel, ninjs, jsonld or html, not null
   * @param to the output format: newsmodel, ninjs or jsonld, not null
   * @return the converter, not null
   * @throws IllegalArgumentException if a format is unknown, or {@code to} is html
   */
  public static Converter of(String from, String to) {
    Engine.checkFormats(Objects.requireNonNull(from, "from"), Objects.requireNonNull(to, "to"));
    return new Converter(from, to, null, null, null);
  }

  /**
   * Returns a copy that reads times without an offset in a zone, as the command's {@code --zone}.
   *
   * @param zone the zone, not null
   * @return the copy, not null
   */
  public Converter withZone(ZoneId zone) {
    return new Converter(from, to, Objects.requireNonNull(zone, "zone"), baseUri, language);
  }

  /**
   * Returns a copy that resolves a page's relative links against a base, as {@code --base-uri}.
   *
   * @param baseUri an absolute http or https URL with a host, not null
   * @return the copy, not null
   * @throws IllegalArgumentException if it is not one
   */
  public Converter withBaseUri(URI baseUri) {
    String scheme = baseUri.getScheme() == null ? "" : baseUri.getScheme().toLowerCase(Locale.ROOT);
    if (!(scheme.equals("http") || scheme.equals("https")) || baseUri.getHost() == null) {
      throw new IllegalArgumentException("baseUri '" + baseUri + "' is not an absolute http or https URL");
    }
    return new Converter(from, to, zone, baseUri, language);
  }

  /**
   * Returns a copy that takes this language for an input that names none, as {@code --language}.
   *
   * @param language the language, not null
   * @return the copy, not null
   */
  public Converter withLanguage(Locale language) {
    return new Converter(from, to, zone, baseUri, Objects.requireNonNull(language, "language"));
  }

  /**
   * Returns the extension of the files written, such as {@code .ninjs.json}.
   *
   * @return the extension, not null
   */
  public String extension() {
    return Engine.extension(to);
  }

  /**
   * Returns the name the command gives an input's output: the input's name or relative path without its
   * format's extension, with the target's, such as {@code 2024/item.ninjs.json} for {@code 2024/item.json}.
   *
   * @param input the input's name or relative path, not null
   * @return the output's name or path, not null
   */
  public String outputName(String input) {
    return Engine.outputName(to, Objects.requireNonNull(input, "input"));
  }

  /**
   * Returns the extensions of the files the command takes from a directory for the input format, such
   * as {@code .html} and {@code .htm}.
   *
   * @return the lower-case extensions with their dot, not null
   */
  public List<String> inputExtensions() {
    return Engine.inputExtensions(from);
  }

  /**
   * Reads, converts and writes one file; never throws because of its content or a failed read or write.
   *
   * @param file the input file, not null
   * @param shown its path as reports show it, not null
   * @param target the file to write (replaced only once completely written), not null
   * @param onBug told of an exception the engine should never have thrown, not null
   * @return the outcome: {@code checked()} is false if the file could not be read or the target written
   */
  public FileOutcome convert(Path file, String shown, Path target, Consumer<Throwable> onBug) {
    return Engine.convert(from, to, zone, baseUri, language, Objects.requireNonNull(file, "file"),
        Objects.requireNonNull(shown, "shown"), Objects.requireNonNull(target, "target"),
        Objects.requireNonNull(onBug, "onBug"));
  }

  /** Returns the formats and settings, such as {@code Converter{from=ninjs, to=newsmodel}}. */
  @Override
  public String toString() {
    return "Converter{from=" + from + ", to=" + to + (zone == null ? "" : ", zone=" + zone)
        + (baseUri == null ? "" : ", baseUri=" + baseUri) + (language == null ? "" : ", language="
        + language.toLanguageTag()) + "}";
  }
}
