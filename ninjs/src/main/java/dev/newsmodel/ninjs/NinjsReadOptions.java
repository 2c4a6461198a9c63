package dev.newsmodel.ninjs;

import java.net.URI;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What a caller knows about ninjs documents that the documents may not say, such as
 * {@code NinjsReadOptions.defaults().withLanguage(Locale.ENGLISH).withZone(ZoneId.of("Europe/Rome"))}.
 * Nothing is assumed by default: a document without a language, or with a time without an offset, is
 * refused or has that time left out, with a problem that names it. A value given here is used only where
 * the document is silent, and the reader never guesses one.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class NinjsReadOptions {
  private static final NinjsReadOptions DEFAULTS = new NinjsReadOptions(null, null, null);

  private final @Nullable Locale language;
  private final @Nullable ZoneId zone;
  private final @Nullable URI baseUri;

  private NinjsReadOptions(@Nullable Locale language, @Nullable ZoneId zone, @Nullable URI baseUri) {
    this.language = language;
    this.zone = zone;
    this.baseUri = baseUri;
  }

  /**
   * Returns the options that assume nothing: no language, no zone, no base URI.
   *
   * @return the defaults, not null
   */
  public static NinjsReadOptions defaults() {
    return DEFAULTS;
  }

  /**
   * Returns a copy that takes this language for documents without a {@code language}.
   *
   * @param language a well-formed language, such as {@code en}, not null
   * @return the options, not null
   * @throws IllegalArgumentException if the language is not a well-formed BCP 47 tag
   */
  public NinjsReadOptions withLanguage(Locale language) {
    Objects.requireNonNull(language, "language");
    if (language.toLanguageTag().equals("und")) {
      throw new IllegalArgumentException("NinjsReadOptions.language must be a BCP 47 language, not 'und'");
    }
    return new NinjsReadOptions(language, zone, baseUri);
  }

  /**
   * Returns a copy that reads a time without an offset, such as {@code 2013-07-09T10:37:00}, as a
   * local time in this zone.
   *
   * @param zone the zone the documents' local times were written in, not null
   * @return the options, not null
   */
  public NinjsReadOptions withZone(ZoneId zone) {
    return new NinjsReadOptions(language, Objects.requireNonNull(zone, "zone"), baseUri);
  }

  /**
   * Returns a copy that resolves relative links in HTML bodies against this URI.
   *
   * @param baseUri an absolute http or https URI, not null
   * @return the options, not null
   * @throws IllegalArgumentException if the URI is not absolute http or https
   */
  public NinjsReadOptions withBaseUri(URI baseUri) {
    Objects.requireNonNull(baseUri, "baseUri");
    String scheme = baseUri.getScheme() == null ? "" : baseUri.getScheme().toLowerCase(Locale.ROOT);
    if (!baseUri.isAbsolute() || !(scheme.equals("http") || scheme.equals("https"))) {
      throw new IllegalArgumentException("NinjsReadOptions.baseUri must be an absolute http or https URI: '"
          + baseUri + "'");
    }
    return new NinjsReadOptions(language, zone, baseUri);
  }

  /**
   * Returns the language taken for documents without one.
   *
   * @return the language, not null
   */
  public Optional<Locale> language() {
    return Optional.ofNullable(language);
  }

  /**
   * Returns the zone that times without an offset are read in.
   *
   * @return the zone, not null
   */
  public Optional<ZoneId> zone() {
    return Optional.ofNullable(zone);
  }

  /**
   * Returns the URI relative links in HTML bodies are resolved against.
   *
   * @return the base URI, not null
   */
  public Optional<URI> baseUri() {
    return Optional.ofNullable(baseUri);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof NinjsReadOptions && Objects.equals(language, ((NinjsReadOptions) o).language)
        && Objects.equals(zone, ((NinjsReadOptions) o).zone) && Objects.equals(baseUri, ((NinjsReadOptions) o).baseUri);
  }

  @Override
  public int hashCode() {
    return Objects.hash(language, zone, baseUri);
  }

  @Override
  public String toString() {
    return "NinjsReadOptions{language=" + (language == null ? "none" : language.toLanguageTag())
        + ", zone=" + (zone == null ? "none" : zone.getId())
        + ", baseUri=" + (baseUri == null ? "none" : baseUri) + "}";
  }
}
