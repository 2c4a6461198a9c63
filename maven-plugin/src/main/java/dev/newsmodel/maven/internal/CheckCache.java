package dev.newsmodel.maven.internal;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * What an earlier run found clean, so that an unchanged file is not checked again: the configuration hash
 * of that run ({@link Settings#configHash}) and, for each file in which it found no problem at all, the
 * SHA-256 of its bytes. Only files with no finding of any severity are recorded, so a skipped file would
 * have added nothing to the log or the reports, and both stay the same as when every file is checked.
 *
 * <p>The file, {@code target/newsmodel/validate.cache}, is text:
 *
 * <pre>
 * # newsmodel validate: files with no problem, by SHA-256 of their bytes; delete this file to check all again
 * config 3f0a…
 * 9b1c… src/main/articles/2021/iskander.json
 * </pre>
 *
 * <p>A cache that is missing, unreadable, malformed or written under another configuration is treated as
 * empty. Not thread-safe.
 */
public final class CheckCache {
  private static final String HEADER =
      "# newsmodel validate: files with no problem, by SHA-256 of their bytes; delete this file to check all again";
  private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");

  private final String config;
  private final Map<String, String> previous;
  private final Map<String, String> clean = new TreeMap<>(ArticleScan::byCodePoint);

  private CheckCache(String config, Map<String, String> previous) {
    this.config = config;
    this.previous = previous;
  }

  /**
   * Returns an empty cache, as when every file is to be checked.
   *
   * @param config the configuration hash of this run, not null
   * @return the cache, not null
   */
  public static CheckCache empty(String config) {
    return new CheckCache(config, Map.of());
  }

  /**
   * Reads the cache an earlier run wrote; its entries count only if that run had the same configuration.
   *
   * @param file the cache file, not null
   * @param config the configuration hash of this run, not null
   * @return the cache, empty if the file is missing, unreadable, malformed or of another configuration
   */
  public static CheckCache load(Path file, String config) {
    List<String> lines;
    try {
      lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return empty(config);
    }
    if (lines.size() < 2 || !lines.get(1).equals("config " + config)) {
      return empty(config);
    }
    Map<String, String> entries = new TreeMap<>();
    for (String line : lines.subList(2, lines.size())) {
      int space = line.indexOf(' ');
      if (space != 64 || !HASH.matcher(line.substring(0, 64)).matches() || line.length() == 65) {
        return empty(config);
      }
      entries.put(line.substring(65), line.substring(0, 64));
    }
    return new CheckCache(config, entries);
  }

  /**
   * Returns the SHA-256 of a regular file's bytes, or empty for anything else (a FIFO, a device, a
   * missing or unreadable file), which is then always checked.
   *
   * @param file the file, not null
   * @return 64 lower-case hex digits, or empty
   */
  public static Optional<String> hash(Path file) {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    MessageDigest digest = Settings.digest();
    try (InputStream in = Files.newInputStream(file)) {
      byte[] buffer = new byte[64 * 1024];
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        digest.update(buffer, 0, n);
      }
    } catch (IOException | SecurityException e) {
      return Optional.empty();
    }
    return Optional.of(HexFormat.of().formatHex(digest.digest()));
  }

  /**
   * Returns whether an earlier run found this file, with these bytes, clean.
   *
   * @param shown the file's shown path, not null
   * @param hash the hash of its bytes now, not null
   * @return true if it may be skipped
   */
  public boolean unchanged(String shown, String hash) {
    return hash.equals(previous.get(shown));
  }

  /**
   * Records that this run found the file clean (checked, or skipped as unchanged).
   *
   * @param shown the file's shown path, not null
   * @param hash the hash of the bytes that were found clean, not null
   */
  public void clean(String shown, String hash) {
    // A name that would split the line is never recorded: such a file is always checked.
    if (shown.indexOf('\n') < 0 && shown.indexOf('\r') < 0 && !shown.isEmpty()) {
      clean.put(shown, hash);
    }
  }

  /**
   * Returns the number of files this run recorded as clean.
   *
   * @return the count
   */
  public int size() {
    return clean.size();
  }

  /**
   * Writes what this run found clean, replacing the file only once it is whole; files that are gone or
   * were not found clean this time are left out.
   *
   * @param file the cache file, its directory created if needed, not null
   * @throws IOException if it cannot be written
   */
  public void save(Path file) throws IOException {
    AtomicFile.write(file, out -> {
      out.write(HEADER);
      out.write('\n');
      out.write("config " + config);
      out.write('\n');
      for (Map.Entry<String, String> entry : clean.entrySet()) {
        out.write(entry.getValue());
        out.write(' ');
        out.write(entry.getKey());
        out.write('\n');
      }
    });
  }
}
