package dev.newsmodel.ninjs.internal;

import dev.newsmodel.core.body.Block;
import dev.newsmodel.core.convert.Conversion;
import dev.newsmodel.core.convert.ConversionProblem;
import dev.newsmodel.htmlimport.HtmlImport;
import java.net.URI;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads an HTML or XHTML body rendition into blocks through html-import's allowlist, each of its
 * problems located by the body's JSON Pointer followed by the element path, such as
 * {@code /bodies/1/value body > table[1]}.
 */
final class HtmlBody {
  private HtmlBody() {}

  static List<Block> read(String html, String pointer, Optional<URI> base, Consumer<ConversionProblem> sink) {
    HtmlImport importer = HtmlImport.defaults();
    Conversion<List<Block>> blocks = base.isPresent() ? importer.blocks(html, base.get()) : importer.blocks(html);
    for (ConversionProblem p : blocks.problems()) {
      String where = p.location().isEmpty() ? pointer : pointer + " " + p.location();
      sink.accept(new ConversionProblem(p.severity(), p.code(), where, p.message()));
    }
    return blocks.value().orElse(List.of());
  }
}
