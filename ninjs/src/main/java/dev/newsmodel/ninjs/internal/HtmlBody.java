package dev.newsmodel.ninjs.internal;

import dev.newsmodel.core.body.Block;
import dev.newsmodel.core.convert.ConversionCode;
import dev.newsmodel.core.convert.ConversionProblem;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;

/** Reads an HTML or XHTML body rendition into blocks. */
final class HtmlBody {
  private HtmlBody() {}

  static List<Block> read(String html, String pointer, Optional<URI> base, Optional<Locale> language,
      Consumer<ConversionProblem> sink) {
    sink.accept(ConversionProblem.warning(ConversionCode.INPUT_IGNORED, pointer, "INTERIM: HTML bodies are not read yet"));
    return List.of();
  }
}
