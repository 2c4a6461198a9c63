package dev.newsmodel.maven.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** A clean article's JSON (no problem of any severity) and variants of it, written into a directory. */
final class Articles {
  static final String CLEAN = load();

  private Articles() {}

  /** The clean article with another id, headline and publication time. */
  static String variant(String id, String headline, String published) {
    return CLEAN.replace("harbour-ferry-2024-05-02", id)
        .replace("Harbour ferry returns after a winter of repairs", headline)
        .replace("2024-05-02T08:30:00+01:00[Europe/Lisbon]", published);
  }

  /** The clean article without its byline: one lint warning, byline-missing. */
  static String withWarning() {
    return CLEAN.replaceAll("(?s)\"bylines\": \\[.*?\\],\n  ", "");
  }

  static Path write(Path directory, String relative, String json) {
    try {
      Path file = directory.resolve(relative);
      Files.createDirectories(file.getParent());
      Files.writeString(file, json, StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String load() {
    try (InputStream in = Articles.class.getResourceAsStream("clean.json")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
