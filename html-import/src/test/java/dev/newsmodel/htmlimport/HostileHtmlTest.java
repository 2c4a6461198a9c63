package dev.newsmodel.htmlimport;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsmodel.core.body.Block;
import dev.newsmodel.core.body.Emphasis;
import dev.newsmodel.core.body.Heading;
import dev.newsmodel.core.body.ImageBlock;
import dev.newsmodel.core.body.Inline;
import dev.newsmodel.core.body.LanguageSpan;
import dev.newsmodel.core.body.Link;
import dev.newsmodel.core.body.ListBlock;
import dev.newsmodel.core.body.ListItem;
import dev.newsmodel.core.body.Paragraph;
import dev.newsmodel.core.body.Quote;
import dev.newsmodel.core.body.Strong;
import dev.newsmodel.core.body.Text;
import dev.newsmodel.core.convert.Conversion;
import dev.newsmodel.core.convert.ConversionCode;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile HTML: none of it reaches a block as markup or as a URL the model refuses, every case is
 * reported with the expected code, and the text a reader would see is kept.
 */
class HostileHtmlTest {
  private static final URI BASE = URI.create("https://news.example.org/a/");

  static Stream<Arguments> hostile() {
    return Stream.of(
        // input, the code that must be reported, text that must not survive, text that must survive
        Arguments.of("<p>hi<script>alert(1)</script></p>", "html.dropped-element", "alert", "hi"),
        Arguments.of("<script>alert(1)</script><p>ok</p>", "html.dropped-element", "alert", "ok"),
        Arguments.of("<p onclick='alert(1)' onmouseover=alert(2)>ok</p>", "html.unsupported-attribute", "alert", "ok"),
        Arguments.of("<img src=x onerror=alert(1) alt=pic>", "html.unsupported-attribute", "alert", ""),
        Arguments.of("<p><a href='javascript:alert(1)'>click</a></p>", "url.scheme", "alert", "click"),
        Arguments.of("<p><a href='JaVaScRiPt:alert(1)'>click</a></p>", "url.scheme", "alert", "click"),
        Arguments.of("<p><a href='jav&#x61;script:alert(1)'>click</a></p>", "url.scheme", "alert", "click"),
        Arguments.of("<p><a href='jav&#97;script&colon;alert(1)'>click</a></p>", "url.scheme", "alert", "click"),
        Arguments.of("<p><a href='java\tscript:alert(1)'>click</a></p>", "url.scheme", "alert", "click"),
        Arguments.of("<p><a href='java&#x0A;script:alert(1)'>click</a></p>", "url.scheme", "alert", "click"),
        Arguments.of("<p><a href='java&NewLine;script:alert(1)'>click</a></p>", "url.scheme", "alert", "click"),
        Arguments.of("<p><a href=' \u0001javascript:alert(1)'>click</a></p>", "url.scheme", "alert", "click"),
        Arguments.of("<p><a href='vbscript:msgbox(1)'>click</a></p>", "url.scheme", "msgbox", "click"),
        Arguments.of("<p><a href='data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=='>click</a></p>",
            "url.scheme", "base64", "click"),
        Arguments.of("<img src='data:image/svg+xml,<svg onload=alert(1)>' alt=pic>", "url.scheme", "alert", ""),
        Arguments.of("<img src='javascript:alert(1)' alt=pic>", "url.scheme", "alert", ""),
        Arguments.of("<img src='https://example.org/a.png' srcset='javascript:alert(1) 2w' alt=pic>", "url.scheme",
            "alert", ""),
        Arguments.of("<blockquote cite='javascript:alert(1)'>said</blockquote>", "url.scheme", "alert", "said"),
        Arguments.of("<blockquote cite='mailto:x@example.org'>said</blockquote>", "url.scheme", "mailto", "said"),
        Arguments.of("<p><a href='//evil.example/x'>x</a></p>", "", "evil.example/x\u0000", "x"),
        Arguments.of("<base href='javascript:alert(1)//'><p><a href='x'>rel</a></p>", "html.dropped-element", "alert",
            "rel"),
        Arguments.of("<form action='javascript:alert(1)'><form><input value=secret><button>Go</button></form></form>"
            + "<p>after</p>", "html.unsupported-element", "secret", "after"),
        Arguments.of("<svg><script>alert(1)</script><a href='javascript:alert(2)'>s</a></svg><p>ok</p>",
            "html.dropped-element", "alert", "ok"),
        Arguments.of("<math><mtext><script>alert(1)</script>m</mtext><a href='javascript:alert(2)'>x</a></math>",
            "html.unsupported-element", "alert", "m"),
        Arguments.of("<p>a<style>p{background:url(javascript:alert(1))}</style>b</p>", "html.dropped-element",
            "alert", "ab"),
        Arguments.of("<iframe src='javascript:alert(1)'><p>inside</p></iframe><p>ok</p>", "html.unsupported-element",
            "alert", "ok"),
        Arguments.of("<noscript><p>alert(1)</p></noscript><p>ok</p>", "html.dropped-element", "alert", "ok"),
        Arguments.of("<template><p>alert(1)</p></template><p>ok</p>", "html.dropped-element", "alert", "ok"),
        Arguments.of("<textarea><p>alert(1)</p></textarea><p>ok</p>", "html.dropped-element", "alert", "ok"),
        Arguments.of("<xmp><script>alert(1)</script></xmp><p>ok</p>", "html.dropped-element", "alert", "ok"),
        Arguments.of("<p><a href='https://example.org/' style='x:expression(alert(1))'>ok</a></p>",
            "html.unsupported-attribute", "alert", "ok"),
        Arguments.of("<object data='javascript:alert(1)'>fallback</object><p>ok</p>", "html.unsupported-element",
            "alert", "ok"),
        Arguments.of("<p><a href='http://'>empty host</a></p>", "url.invalid", "\u0000", "empty host"),
        Arguments.of("<p><a href='https://exa mple.org/'>space</a></p>", "url.invalid", "\u0000", "space"),
        Arguments.of("<!--<script>alert(1)</script>--><p>ok</p>", "", "alert", "ok"),
        Arguments.of("<p><![CDATA[<script>alert(1)</script>]]>ok</p>", "", "<script", "ok"),
        Arguments.of("<p title='\"><script>alert(1)</script>'>ok</p>", "html.unsupported-attribute", "alert", "ok"));
  }

  @ParameterizedTest
  @MethodSource("hostile")
  void neverPassesMarkupOrRefusedUrls(String html, String code, String mustNotSurvive, String mustSurvive) {
    Conversion<List<Block>> c = HtmlImport.defaults().blocks(html, BASE);
    List<Block> blocks = c.orElseThrow();
    StringBuilder text = new StringBuilder();
    List<URI> urls = new ArrayList<>();
    for (Block b : blocks) {
      collect(b, text, urls);
    }
    for (URI url : urls) {
      String scheme = url.getScheme().toLowerCase(Locale.ROOT);
      assertTrue(Set.of("http", "https", "mailto").contains(scheme), url.toString());
      assertFalse(url.toString().toLowerCase(Locale.ROOT).contains("script"), url.toString());
    }
    assertFalse(text.toString().contains(mustNotSurvive), text + " holds " + mustNotSurvive);
    assertTrue(text.toString().contains(mustSurvive), text + " lacks " + mustSurvive);
    if (!code.isEmpty()) {
      List<String> codes = c.problems().stream().map(p -> p.code().code()).collect(Collectors.toList());
      assertTrue(codes.contains(code), codes + " lacks " + code);
      ConversionCode.of(code).orElseThrow();
    }
  }

  static void collect(Block block, StringBuilder text, List<URI> urls) {
    if (block instanceof Paragraph) {
      inlines(((Paragraph) block).content(), text, urls);
    } else if (block instanceof Heading) {
      inlines(((Heading) block).content(), text, urls);
    } else if (block instanceof Quote) {
      Quote q = (Quote) block;
      inlines(q.content(), text, urls);
      q.citeUrl().ifPresent(urls::add);
      q.attribution().ifPresent(text::append);
    } else if (block instanceof ListBlock) {
      for (ListItem item : ((ListBlock) block).items()) {
        inlines(item.content(), text, urls);
      }
    } else if (block instanceof ImageBlock) {
      var image = ((ImageBlock) block).image();
      urls.add(image.url());
      image.renditions().forEach(r -> urls.add(r.url()));
      image.alt().ifPresent(text::append);
      image.caption().ifPresent(text::append);
    }
  }

  private static void inlines(List<Inline> content, StringBuilder text, List<URI> urls) {
    for (Inline inline : content) {
      if (inline instanceof Text) {
        text.append(((Text) inline).value());
      } else if (inline instanceof Emphasis) {
        inlines(((Emphasis) inline).content(), text, urls);
      } else if (inline instanceof Strong) {
        inlines(((Strong) inline).content(), text, urls);
      } else if (inline instanceof LanguageSpan) {
        inlines(((LanguageSpan) inline).content(), text, urls);
      } else if (inline instanceof Link) {
        urls.add(((Link) inline).url());
        ((Link) inline).title().ifPresent(text::append);
        inlines(((Link) inline).content(), text, urls);
      }
    }
  }
}
