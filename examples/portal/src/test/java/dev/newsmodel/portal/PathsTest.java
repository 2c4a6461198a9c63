package dev.newsmodel.portal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PathsTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "/|",
      "/archive|archive",
      "/articles/caucasian-knot-iskander-2021-04-06|articles,caucasian-knot-iskander-2021-04-06",
      "/articles/a%20b|articles,a b",
      "/articles/urn%3Anews%2F1|articles,urn:news/1",
      "/articles/%D0%BC%D0%B8%D1%80|articles,мир",
      "/articles/a+b|articles,a+b",
      "/articles/...|articles,...",
  })
  void splitsAndDecodesSegments(String raw, String expected) {
    List<String> segments = expected == null ? List.of() : Arrays.asList(expected.split(","));
    assertEquals(Optional.of(segments), Paths.segments(raw));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "archive", "/..", "/.", "/a/../b", "/a/./b", "/%2e%2e", "/%2E", "/a/%2e%2e%2fb",
      "/a/x%2F..%2Fy", "/a\\b", "/a%5Cb", "/a%00", "/a%0A", "/a%7f", "/a%", "/a%4", "/a%g0", "/%c3%28", "/%ff",
      "/мир", "//", "/a//b", "/a/"})
  void refusesWhatCouldClimbOutOrHideARoute(String raw) {
    assertEquals(Optional.empty(), Paths.segments(raw), raw);
  }

  @Test
  void encodesASegmentThatDecodesBackToItself() {
    for (String id : List.of("caucasian-knot-iskander-2021-04-06", "urn:news/1", "a b", "мир", "a.b~c_d", "...")) {
      assertEquals(Optional.of(List.of(id)), Paths.segments("/" + Paths.segment(id)), id);
    }
    assertEquals("urn%3Anews%2F1", Paths.segment("urn:news/1"));
    // An id of one or two dots is encoded whole, and still refused: it would read as a dot segment.
    assertEquals("%2E%2E", Paths.segment(".."));
    assertEquals(Optional.empty(), Paths.segments("/" + Paths.segment("..")));
  }
}
