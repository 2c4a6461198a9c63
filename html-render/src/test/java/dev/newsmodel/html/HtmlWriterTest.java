package dev.newsmodel.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.URI;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HtmlWriterTest {
  private final StringBuilder out = new StringBuilder();
  private final HtmlWriter html = new HtmlWriter(out, "nm-");

  @Test
  void encodesTextAndAttributesForTheirContext() throws IOException {
    html.open("p").attribute("title", "\"><script>x</script>'").text("<b>a & b</b>").close();
    assertEquals("<p title=\"&#34;>&lt;script>x&lt;/script>&#39;\">&lt;b&gt;a &amp; b&lt;/b&gt;</p>",
        out.toString());
  }

  @Test
  void writesLineBreaksOfMultiLineText() throws IOException {
    html.open("p").lines("one\ntwo\r\nthree\rfour").close();
    assertEquals("<p>one<br>two<br>three<br>four</p>", out.toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"script", "style", "iframe", "object", "embed", "svg", "math", "template", "textarea",
      "title", "base", "link", "meta", "form", "noscript", "SCRIPT", "a b", "img/", "x\"", ""})
  void refusesElementsThatRunLoadOrEscapeText(String tag) {
    assertThrows(IllegalArgumentException.class, () -> html.open(tag));
  }

  @ParameterizedTest
  @ValueSource(strings = {"onclick", "onerror", "onload", "style", "href", "src", "srcset", "srcdoc", "formaction",
      "xmlns", "data", "ONCLICK", "a b", "x=\"y", "", "-x"})
  void refusesEventHandlerStyleAndUrlAttributes(String name) throws IOException {
    html.open("span");
    assertThrows(IllegalArgumentException.class, () -> html.attribute(name, "x"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"javascript:alert(1)", "JavaScript:alert(1)", "data:text/html,%3Cscript%3E",
      "vbscript:x", "file:///etc/passwd", "/relative/path", "//example.com/x", "ftp://example.com/x",
      "http:///nohost"})
  void omitsUrlsOutsideTheAllowlist(String url) throws IOException {
    html.open("a").url("href", URI.create(url)).text("x").close();
    assertEquals("<a>x</a>", out.toString());
  }

  @Test
  void allowsMailtoOnlyInLinks() throws IOException {
    URI mail = URI.create("mailto:desk@example.com");
    html.open("a").url("href", mail).close();
    html.open("blockquote").url("cite", mail).close();
    assertEquals("<a href=\"mailto:desk@example.com\"></a><blockquote></blockquote>", out.toString());
  }

  @Test
  void writesNonAsciiUrlsAsAscii() throws IOException {
    html.open("img").url("src", URI.create("https://example.com/%D1%84/ф.jpg?q='x'"));
    html.open("br").text("");
    assertEquals("<img src=\"https://example.com/%D1%84/%D1%84.jpg?q=&#39;x&#39;\"><br>", out.toString());
  }

  @Test
  void prefixesClassesAndMarksLanguageOnlyWhereItChanges() throws IOException {
    html.open("p").classes("a", "b-c").language(Locale.forLanguageTag("ar"), Locale.ENGLISH).close();
    html.open("p").language(Locale.ENGLISH, Locale.ENGLISH).close();
    html.open("p").language(Locale.forLanguageTag("ru"), Locale.ENGLISH).close();
    assertEquals("<p class=\"nm-a nm-b-c\" lang=\"ar\" dir=\"rtl\"></p><p></p><p lang=\"ru\"></p>", out.toString());
  }

  @Test
  void refusesLinksInsideLinks() throws IOException {
    html.open("a");
    assertEquals(true, html.insideLink());
    assertThrows(IllegalArgumentException.class, () -> html.open("a"));
  }

  @Test
  void refusesMisuse() throws IOException {
    assertThrows(IllegalStateException.class, html::close);
    assertThrows(IllegalStateException.class, () -> html.attribute("title", "x"));
    html.open("p").attribute("title", "x");
    assertThrows(IllegalStateException.class, () -> html.attribute("title", "y"));
    assertThrows(IllegalArgumentException.class, () -> html.classes("a b"));
  }

  @Test
  void refusesARepeatedAttributeAmongManyAndForgetsThemAtTheNextElement() throws IOException {
    html.open("p");
    for (int i = 0; i < 12; i++) {
      html.attribute("data-n" + i, Integer.toString(i));
    }
    for (int i = 0; i < 12; i++) {
      String name = "data-n" + i;
      assertThrows(IllegalStateException.class, () -> html.attribute(name, "again"));
    }
    html.text("x").close();
    html.open("span").attribute("data-n0", "fresh").close();
    assertEquals("<p data-n0=\"0\" data-n1=\"1\" data-n2=\"2\" data-n3=\"3\" data-n4=\"4\" data-n5=\"5\""
        + " data-n6=\"6\" data-n7=\"7\" data-n8=\"8\" data-n9=\"9\" data-n10=\"10\" data-n11=\"11\">x</p>"
        + "<span data-n0=\"fresh\"></span>", out.toString());
  }
}
