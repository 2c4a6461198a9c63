package dev.newsmodel.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.newsmodel.core.Correction;
import dev.newsmodel.core.Disclaimer;
import dev.newsmodel.core.SourceReference;
import dev.newsmodel.html.internal.ClassNames;
import java.io.IOException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The precomposed class values are exactly what the checked {@link HtmlWriter#classes} writes. */
class ClassNamesTest {
  @ParameterizedTest
  @ValueSource(strings = {"nm-", "", "x", "Portal_2-"})
  void precomposedValuesEqualTheCheckedWriter(String prefix) throws IOException {
    ClassNames names = new ClassNames(prefix);
    for (String value : ClassNames.VALUES) {
      assertEquals(checked(prefix, value.split(" ")), names.of(value), value);
      // Markup.precomposedClass appends these without the encoder: nothing in them may need it.
      assertTrue(names.of(value).matches("[A-Za-z0-9_-]+( [A-Za-z0-9_-]+)*"), value);
    }
    assertEquals(checked(prefix, "not-in", "the-table"), names.of("not-in the-table"));
    for (SourceReference.Relation relation : SourceReference.Relation.values()) {
      String kebab = relation.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
      assertEquals(checked(prefix, "source", "source-" + kebab), names.source(relation));
    }
    for (Correction.Kind kind : Correction.Kind.values()) {
      String kebab = kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
      assertEquals(checked(prefix, "correction", "correction-" + kebab), names.correction(kind));
    }
    for (Disclaimer.Kind kind : Disclaimer.Kind.values()) {
      String kebab = kind.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
      assertEquals(checked(prefix, "disclaimer", "disclaimer-" + kebab), names.disclaimer(kind));
    }
  }

  /** The attribute value the public, checked writer composes for these names. */
  private static String checked(String prefix, String... classes) throws IOException {
    StringBuilder out = new StringBuilder();
    new HtmlWriter(out, prefix).open("p").classes(classes).close();
    String markup = out.toString();
    return markup.substring("<p class=\"".length(), markup.length() - "\"></p>".length());
  }
}
