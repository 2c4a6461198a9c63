package dev.newsmodel.html.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsmodel.core.Correction;
import dev.newsmodel.core.Disclaimer;
import dev.newsmodel.core.SourceReference;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A precomposed {@link Markup.StartTag} writes exactly what {@code open(tag)} followed by
 * {@code precomposedClass(value)} writes, and leaves the writer in the same state, for every element
 * and class the renderer writes that way; and the element stack behind both behaves as before.
 */
class StartTagTest {
  /** One start tag and the separate calls it stands for. */
  private record Pair(String tag, String classValue, Markup.StartTag start) {}

  @ParameterizedTest
  @ValueSource(strings = {"nm-", "", "x", "Portal_2-"})
  void everyStartTagWritesWhatTheSeparateCallsWriteAndLeavesTheSameState(String prefix) throws IOException {
    for (Pair pair : pairs(new ClassNames(prefix))) {
      assertEquals(separately(pair), precomposed(pair), pair.tag() + " " + pair.classValue());
      assertEquals("<" + pair.tag() + " class=\"" + pair.classValue() + "\">", pair.start().toString());
    }
  }

  @Test
  void everyStartTagsClassIsOneOfTheRenderersValues() {
    for (Start start : Start.values()) {
      assertTrue(ClassNames.VALUES.contains(start.classes), start.name());
    }
  }

  @Test
  void aHeadingHasNoPlainStartTagAndAPlainElementNoHeading() {
    ClassNames names = new ClassNames("nm-");
    assertThrows(IllegalArgumentException.class, () -> names.start(Start.HEADLINE));
    assertThrows(IllegalArgumentException.class, () -> names.heading(Start.BYLINE, 2));
    assertEquals("<h6 class=\"nm-headline\">", names.heading(Start.HEADLINE, 9).toString());
    assertEquals("<h1 class=\"nm-headline\">", names.heading(Start.HEADLINE, 0).toString());
  }

  @Test
  void aPrecomposedLinkCannotOpenInsideALink() throws IOException {
    ClassNames names = new ClassNames("nm-");
    Markup out = new Markup(new StringBuilder());
    out.open("a");
    assertThrows(IllegalArgumentException.class, () -> out.open(names.start(Start.CREDIT_SOURCE)));
    out.close().open(names.start(Start.SOURCE_OUTLET_LINK));
    assertTrue(out.insideLink());
    assertThrows(IllegalArgumentException.class, () -> out.open("a"));
    out.close();
    assertEquals(false, out.insideLink());
  }

  @Test
  void closesAnyElementAndReportsTheOnesLeftOpenInnermostFirst() throws IOException {
    StringBuilder text = new StringBuilder();
    Markup out = new Markup(text);
    // dfn is not among the names composed ahead; img and wbr are void and stay off the stack.
    out.open("div").open("dfn").open("img").open("wbr").text("x").close();
    for (int i = 0; i < 40; i++) {
      out.open("span");
    }
    assertEquals(41, out.depth());
    for (int i = 0; i < 40; i++) {
      out.close();
    }
    out.open("p");
    IllegalStateException open = assertThrows(IllegalStateException.class, out::finish);
    assertEquals("HtmlWriter: elements left open: [p, div]", open.getMessage());
    out.close().close();
    assertThrows(IllegalStateException.class, out::close);
    out.finish();
    assertEquals("<div><dfn><img><wbr>x</dfn>" + "<span>".repeat(40) + "</span>".repeat(40) + "<p></p></div>",
        text.toString());
  }

  /** Every element and class the renderer writes from a start tag, headings at every level. */
  private static List<Pair> pairs(ClassNames names) {
    List<Pair> pairs = new ArrayList<>();
    for (Start start : Start.values()) {
      if (start.heading()) {
        for (int level = 1; level <= 6; level++) {
          pairs.add(new Pair("h" + level, names.of(start.classes), names.heading(start, level)));
        }
      } else {
        pairs.add(new Pair(start.tag, names.of(start.classes), names.start(start)));
      }
    }
    for (SourceReference.Relation relation : SourceReference.Relation.values()) {
      String tag = relation == SourceReference.Relation.CITES ? "li" : "p";
      pairs.add(new Pair(tag, names.source(relation), names.sourceStart(relation)));
    }
    for (Correction.Kind kind : Correction.Kind.values()) {
      pairs.add(new Pair("li", names.correction(kind), names.correctionStart(kind)));
    }
    for (Disclaimer.Kind kind : Disclaimer.Kind.values()) {
      pairs.add(new Pair("aside", names.disclaimer(kind), names.disclaimerStart(kind)));
    }
    return pairs;
  }

  private static String separately(Pair pair) throws IOException {
    StringBuilder text = new StringBuilder();
    Markup out = new Markup(text);
    out.open("div");
    out.open(pair.tag()).precomposedClass(pair.classValue());
    return afterwards(out, text);
  }

  private static String precomposed(Pair pair) throws IOException {
    StringBuilder text = new StringBuilder();
    Markup out = new Markup(text);
    out.open("div");
    out.open(pair.start());
    return afterwards(out, text);
  }

  /**
   * Uses the writer after the start tag the way the renderer may, and returns what it wrote with the
   * state it was in: the class counts as written, other attributes follow, the element is open.
   */
  private static String afterwards(Markup out, StringBuilder text) throws IOException {
    List<String> state = new ArrayList<>();
    state.add("depth " + out.depth() + ", link " + out.insideLink());
    state.add(thrown(() -> out.attribute("class", "again")));
    state.add(thrown(() -> out.precomposedClass("again")));
    out.attribute("title", "<\"&'>").language(Locale.forLanguageTag("ar"), Locale.ENGLISH).isolate();
    state.add(thrown(() -> out.attribute("lang", "again")));
    out.text("a & b");
    state.add(thrown(() -> out.attribute("title", "late")));
    out.close();
    state.add("depth " + out.depth() + ", link " + out.insideLink());
    out.close();
    out.finish();
    return text + " " + state;
  }

  /** The exception a call throws, or {@code none}. */
  private static String thrown(Call call) {
    try {
      call.run();
      return "none";
    } catch (RuntimeException | IOException e) {
      return e.getClass().getSimpleName() + ": " + e.getMessage();
    }
  }

  @FunctionalInterface
  private interface Call {
    void run() throws IOException;
  }
}
