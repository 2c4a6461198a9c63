package dev.newsmodel.cli.internal;

import dev.newsmodel.cli.report.Finding;
import dev.newsmodel.core.Article;
import dev.newsmodel.core.convert.Conversion;
import dev.newsmodel.core.convert.ConversionProblem;
import dev.newsmodel.core.lint.LintRule;
import dev.newsmodel.core.lint.Linter;
import dev.newsmodel.core.lint.Severity;
import dev.newsmodel.json.ArticleJson;
import dev.newsmodel.json.ArticleValidator;
import dev.newsmodel.json.Problem;
import dev.newsmodel.json.ValidationReport;
import dev.newsmodel.core.convert.ConversionCode;
import dev.newsmodel.htmlimport.PageImport;
import dev.newsmodel.jsonld.SchemaOrgArticle;
import dev.newsmodel.jsonld.SchemaOrgJsonLd;
import dev.newsmodel.jsonld.SchemaOrgReader;
import dev.newsmodel.ninjs.Ninjs;
import dev.newsmodel.ninjs.NinjsReadOptions;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The formats {@code newsmodel convert} reads and writes, each with how a document becomes an article
 * and back, and the findings met on the way.
 */
enum Interchange {
  /** newsmodel's own article JSON, checked as {@code validate} checks it (lint aside). */
  newsmodel(".json", List.of(".json")),
  /** IPTC ninjs 3.x. */
  ninjs(".ninjs.json", List.of(".json")),
  /** schema.org JSON-LD: a {@code NewsArticle} or another {@code Article} type. */
  jsonld(".jsonld", List.of(".jsonld", ".json")),
  /** A published news page; read only. */
  html(".html", List.of(".html", ".htm"));

  /** The reader of newsmodel JSON: no lint, since converting needs only a valid article. */
  private static final ArticleValidator READER =
      ArticleValidator.defaults().withLinter(Linter.defaults().without(LintRule.values()));

  private final String extension;
  private final List<String> inputExtensions;

  Interchange(String extension, List<String> inputExtensions) {
    this.extension = extension;
    this.inputExtensions = inputExtensions;
  }

  /**
   * What reading needs beyond the bytes, each only where the input is silent: the zone of times without
   * an offset, the address relative links resolve against, the language of a text that names none.
   */
  record Options(@Nullable ZoneId zone, @Nullable URI baseUri, @Nullable Locale language) {}

  /** What reading one document gave: the article, if any, and the findings in input order. */
  record Read(Optional<Article> article, List<Finding> findings) {}

  /** What writing one article gave: the text, and the findings (what the target cannot hold). */
  record Written(String text, List<Finding> findings) {}

  /** The extension of the files this format writes, such as {@code .ninjs.json}. */
  String extension() {
    return extension;
  }

  /** The extensions of the files a directory contributes when this format is read, lower case. */
  List<String> inputExtensions() {
    return inputExtensions;
  }

  /**
   * Returns a file name or path without the extension of any format read, such as {@code 2024/item}
   * for {@code 2024/item.ninjs.json}; outputs are named by it and the target's extension.
   */
  static String stem(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    for (String ext : List.of(".ninjs.json", ".jsonld", ".json", ".html", ".htm")) {
      if (lower.endsWith(ext) && lower.length() > ext.length()) {
        return name.substring(0, name.length() - ext.length());
      }
    }
    return name;
  }

  /** Whether articles can be written in this format. */
  boolean writable() {
    return this != html;
  }

  /** The largest document read, in bytes. */
  static long maxDocumentBytes() {
    return READER.limits().maxDocumentBytes();
  }

  /**
   * Reads one document; never throws because of its content.
   *
   * @param bytes the document, not null
   * @param shown its path as shown, not null
   * @param options the zone and base URI, not null
   */
  Read read(byte[] bytes, String shown, Options options) {
    switch (this) {
      case newsmodel: {
        ValidationReport report = READER.validate(bytes, shown);
        List<Finding> findings = new ArrayList<>();
        for (Problem problem : report.problems()) {
          findings.add(ArticleChecker.finding(problem));
        }
        return new Read(report.article(), findings);
      }
      case ninjs: {
        NinjsReadOptions ninjsOptions = NinjsReadOptions.defaults();
        if (options.zone() != null) {
          ninjsOptions = ninjsOptions.withZone(options.zone());
        }
        if (options.baseUri() != null) {
          ninjsOptions = ninjsOptions.withBaseUri(options.baseUri());
        }
        if (options.language() != null) {
          ninjsOptions = ninjsOptions.withLanguage(options.language());
        }
        return read(Ninjs.read(bytes, ninjsOptions));
      }
      case jsonld: {
        String text = utf8(bytes);
        if (text == null) {
          return new Read(Optional.empty(), List.of(notUtf8()));
        }
        SchemaOrgReader reader = options.zone() == null ? SchemaOrgReader.defaults()
            : SchemaOrgReader.defaults().withZone(options.zone());
        Conversion<List<SchemaOrgArticle>> nodes = reader.read(text);
        List<Finding> findings = findings(nodes);
        if (!nodes.succeeded()) {
          return new Read(Optional.empty(), findings);
        }
        List<SchemaOrgArticle> articles = nodes.orElseThrow();
        for (SchemaOrgArticle other : articles.subList(1, articles.size())) {
          findings.add(finding(ConversionProblem.warning(ConversionCode.INPUT_IGNORED, other.pointer(), "The document "
              + "holds another " + other.type() + "; convert writes one article per input, the first one.")));
        }
        Conversion<Article> article = articles.get(0).toArticle(List.of());
        findings.addAll(findings(article));
        return new Read(article.value(), findings);
      }
      case html: {
        String text = utf8(bytes);
        if (text == null) {
          return new Read(Optional.empty(), List.of(notUtf8()));
        }
        PageImport pages = PageImport.defaults();
        if (options.zone() != null) {
          pages = pages.withZone(options.zone());
        }
        if (options.language() != null) {
          pages = pages.withLanguage(options.language());
        }
        return read(pages.read(text, options.baseUri()).article());
      }
      default:
        throw new IllegalStateException("no reader for " + name());
    }
  }

  /**
   * Writes one article in this format.
   *
   * @param article the article, not null
   */
  Written write(Article article) {
    switch (this) {
      case newsmodel:
        return new Written(ArticleJson.defaults().write(article) + "\n", List.of());
      case jsonld:
        return written(SchemaOrgJsonLd.export(article));
      case ninjs:
        return written(Ninjs.write(article));
      default:
        throw new IllegalStateException("articles are not written as " + name());
    }
  }

  /** Decodes strict UTF-8, skipping a byte-order mark; null if the bytes are not UTF-8. */
  static @Nullable String utf8(byte[] bytes) {
    int start = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
    try {
      return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, start, bytes.length - start)).toString();
    } catch (CharacterCodingException e) {
      return null;
    }
  }

  static Finding notUtf8() {
    return Finding.ofInput(ConversionCode.INPUT_SYNTAX.code(), "The input is not UTF-8 text; nothing was read.");
  }

  private static Read read(Conversion<Article> conversion) {
    return new Read(conversion.value(), findings(conversion));
  }

  private static Written written(Conversion<String> conversion) {
    String text = conversion.orElseThrow();
    return new Written(text.endsWith("\n") ? text : text + "\n", findings(conversion));
  }

  /** Returns a conversion's problems as findings, with their location as the pointer. */
  static List<Finding> findings(Conversion<?> conversion) {
    List<Finding> findings = new ArrayList<>(conversion.problems().size());
    for (ConversionProblem p : conversion.problems()) {
      findings.add(finding(p));
    }
    return findings;
  }

  static Finding finding(ConversionProblem p) {
    Severity severity = p.severity() == ConversionProblem.Severity.ERROR ? Severity.ERROR : Severity.WARNING;
    return new Finding(p.code().code(), severity, 0, 0, p.location(), p.message());
  }

  /** The name as the options spell it. */
  String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
