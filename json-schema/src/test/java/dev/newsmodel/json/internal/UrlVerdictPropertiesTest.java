package dev.newsmodel.json.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import dev.newsmodel.core.Image;
import dev.newsmodel.core.InvalidValueException;
import dev.newsmodel.core.body.Link;
import java.net.URI;
import java.net.URISyntaxException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.quicktheories.core.Gen;
import org.quicktheories.impl.Constraint;

/**
 * The schema and Java give one verdict on every URL: the schema's {@code webUrl} and {@code linkUrl}
 * (pattern and networknt's {@code uri} format) accept a string exactly when {@link URI} parses it and
 * the model accepts it, so no document is valid for a non-Java validator and refused by newsmodel, or
 * the other way round.
 */
class UrlVerdictPropertiesTest {
  private static final String[] SCHEMES = {"https", "http", "HTTPS", "hTtP", "ftp", "javascript", "mailto", "data"};
  private static final String[] PIECES = {"a", "b", "z", "example", "com", "x1", "1", "0", "9", "255", "256", "01",
      "-", "_", ".", "..", "~", "%20", "%", "%zz", "[", "]", "::1", ":", "@", "user", "user:pw", "!", "$", "&", "'",
      "(", ")", "*", "+", ",", ";", "=", "é", "\u0430", " ", "\t", "#", "?", "/", "xn--80ak6aa92e", "80", "99999", "a-b"};

  private static final Gen<String> URLS = in -> {
    StringBuilder s = new StringBuilder(SCHEMES[(int) in.next(Constraint.between(0, SCHEMES.length - 1))]);
    s.append(in.next(Constraint.between(0, 5)) == 0 ? ":" : "://");
    int n = (int) in.next(Constraint.between(0, 7));
    for (int i = 0; i < n; i++) {
      s.append(PIECES[(int) in.next(Constraint.between(0, PIECES.length - 1))]);
    }
    long tail = in.next(Constraint.between(0, 3));
    if (tail == 1) {
      s.append("/path?q=1#f");
    } else if (tail == 2) {
      s.append("/");
    }
    return s.toString();
  };

  private static boolean schemaAccepts(SchemaRules.Kind kind, String text) {
    if (!SchemaRules.accepts(kind, text)) {
      return false;
    }
    try {
      return SchemaRules.isUriFormat(new URI(text));
    } catch (URISyntaxException e) {
      return false;
    }
  }

  private static boolean javaAccepts(SchemaRules.Kind kind, String text) {
    try {
      URI uri = new URI(text);
      if (kind == SchemaRules.Kind.WEB_URL) {
        Image.builder().url(uri).alt("a").build();
      } else {
        Link.of(uri, "a");
      }
      return true;
    } catch (URISyntaxException | InvalidValueException e) {
      return false;
    }
  }

  @Test
  void schemaAndJavaAgreeOnGeneratedWebAndLinkUrls() {
    qt().withFixedSeed(3986L).withExamples(20_000).forAll(URLS).checkAssert(text -> {
      assertEquals(javaAccepts(SchemaRules.Kind.WEB_URL, text), schemaAccepts(SchemaRules.Kind.WEB_URL, text),
          "webUrl " + text);
      assertEquals(javaAccepts(SchemaRules.Kind.LINK_URL, text), schemaAccepts(SchemaRules.Kind.LINK_URL, text),
          "linkUrl " + text);
    });
  }

  @ParameterizedTest
  @ValueSource(strings = {"https://a_b.com/", "https://-a.com/", "https://a-.com/", "https://a.1/", "https://a..b/",
      "https://1.2.3.256/", "https://example.com/", "https://1.2.3.4/", "https://[::1]/", "https://user@a.com:80/",
      "https://a.com./", "https://localhost", "https://@a.com/", "https://a.com:/", "mailto:a@b.c", "https://é.com/"})
  void schemaAndJavaAgreeOnTheKnownEdges(String text) {
    assertEquals(javaAccepts(SchemaRules.Kind.WEB_URL, text), schemaAccepts(SchemaRules.Kind.WEB_URL, text), text);
    assertEquals(javaAccepts(SchemaRules.Kind.LINK_URL, text), schemaAccepts(SchemaRules.Kind.LINK_URL, text), text);
  }
}
