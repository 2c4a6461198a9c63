package dev.newsmodel.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every message json-schema produces reads the same, byte for byte, whatever the default locale: the
 * rows of the mutation and limit tables, the count limits, the problem cap, the encoding and the
 * byte-order mark, through the validator and through reading for use, under locales whose digits,
 * case rules or calendars differ from the root locale's.
 */
class LocaleIndependenceTest {
  private static final List<Locale> LOCALES = List.of(Locale.forLanguageTag("ar-SA"), Locale.forLanguageTag("fa-IR"),
      Locale.forLanguageTag("th-TH-u-nu-thai"), Locale.forLanguageTag("hi-IN"),
      Locale.forLanguageTag("hi-IN-u-nu-deva"), Locale.forLanguageTag("tr-TR"), Locale.forLanguageTag("ja-JP-u-ca-japanese"));

  /** Every document that makes a message, with the limits it is checked under. */
  private static List<Object[]> cases() {
    List<Object[]> cases = new ArrayList<>();
    Stream.concat(ArticleValidatorMutationTest.mutations().map(a -> new Object[] {a.get()[1], Limits.defaults()}),
        ArticleValidatorMutationTest.limits().map(a -> new Object[] {a.get()[1], a.get()[2]}))
        .forEach(cases::add);
    String reference = ReferenceArticleJsonTest.referenceText();
    cases.add(new Object[] {reference, Limits.defaults()});
    cases.add(new Object[] {reference, Limits.defaults().withMaxProblems(1)});
    cases.add(new Object[] {"{\"keywords\": [" + "1,".repeat(1500) + "1]}", Limits.defaults()});
    cases.add(new Object[] {"{\"keywords\": [" + "1,".repeat(1500) + "1]}", Limits.defaults().withMaxArrayItems(1234)});
    cases.add(new Object[] {"{\"keywords\": [" + "1,".repeat(1500) + "1]}", Limits.defaults().withMaxValues(1234)});
    cases.add(new Object[] {"{\"revision\": 1" + "0".repeat(1234) + "}", Limits.defaults()});
    cases.add(new Object[] {"{\"id\": \"" + "x".repeat(1234) + "\"}", Limits.defaults().withMaxStringLength(1000)});
    cases.add(new Object[] {"{\"" + "x".repeat(1234) + "\": 1}", Limits.defaults()});
    cases.add(new Object[] {"[".repeat(1234), Limits.defaults()});
    cases.add(new Object[] {"[".repeat(1234), Limits.defaults().withMaxDepth(Limits.MAX_DEPTH_BOUND)});
    cases.add(new Object[] {reference, Limits.defaults().withMaxDocumentBytes(1234)});
    cases.add(new Object[] {"{\"revision\": 12345678901234567890123}", Limits.defaults()});
    cases.add(new Object[] {"{\"revision\": -1.5e3, \"id\": 7, \"headline\": \"\\u0007\"}", Limits.defaults()});
    cases.add(new Object[] {"{\"id\": \"a\"} 12", Limits.defaults()});
    cases.add(new Object[] {"{\"id\": \"\\ud800\", \"x\": \"\u0663\"", Limits.defaults()});
    cases.add(new Object[] {"\uFEFF{\"revision\": 0}", Limits.defaults()});
    cases.add(new Object[] {"\uFEFF{\"revision\": 0}", "UTF-16LE"});
    cases.add(new Object[] {"{\"revision\": 0}", "UTF-32BE"});
    return cases;
  }

  /** Returns every line the cases produce under the current default locale. */
  private static List<String> messages() {
    List<String> out = new ArrayList<>();
    for (Object[] c : cases()) {
      String text = (String) c[0];
      Limits limits = c[1] instanceof Limits ? (Limits) c[1] : Limits.defaults();
      byte[] json = text.getBytes(c[1] instanceof String ? java.nio.charset.Charset.forName((String) c[1])
          : StandardCharsets.UTF_8);
      ValidationReport report = ArticleValidator.defaults().withLimits(limits).validate(json, "a.json");
      out.addAll(report.formatted());
      out.add(report.toString());
      try {
        ArticleJson.defaults().withLimits(limits).read(json);
        out.add("read");
      } catch (ArticleReadException e) {
        out.add(e.getMessage());
      }
    }
    out.add(Limits.defaults().toString());
    out.add(ArticleJson.defaults().toString());
    return out;
  }

  private static List<String> messagesUnder(Locale locale) {
    Locale saved = Locale.getDefault();
    try {
      Locale.setDefault(locale);
      return messages();
    } finally {
      Locale.setDefault(saved);
    }
  }

  @Test
  void everyMessageIsTheSameBytesInEveryLocale() {
    List<String> root = messagesUnder(Locale.ROOT);
    assertFalse(root.isEmpty());
    byte[] expected = String.join("\n", root).getBytes(StandardCharsets.UTF_8);
    for (Locale locale : LOCALES) {
      List<String> found = messagesUnder(locale);
      for (int i = 0; i < Math.min(root.size(), found.size()); i++) {
        assertEquals(root.get(i), found.get(i), locale.toLanguageTag() + ", line " + i);
      }
      assertEquals(root.size(), found.size(), locale.toLanguageTag());
      assertEquals(new String(expected, StandardCharsets.UTF_8), String.join("\n", found), locale.toLanguageTag());
    }
  }

  @Test
  void theCasesCoverEveryLimitCode() {
    String all = messagesUnder(Locale.ROOT).stream().collect(Collectors.joining("\n"));
    for (String code : List.of("limit.document-size", "limit.depth", "limit.string-length", "limit.name-length",
        "limit.number-length", "limit.values", "limit.array-items", "json.encoding", "json.byte-order-mark",
        "json.syntax", "more problems")) {
      assertTrue(all.contains(code), code);
    }
  }

}
