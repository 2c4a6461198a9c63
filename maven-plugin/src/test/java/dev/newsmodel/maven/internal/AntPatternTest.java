package dev.newsmodel.maven.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AntPatternTest {
  @ParameterizedTest(name = "{0} ~ {1} = {2}")
  @CsvSource({
      "**/*.json, a.json, true",
      "**/*.json, 2021/04/a.json, true",
      "**/*.json, a.json.txt, false",
      "**/*.json, 2021/a.JSON, false",
      "*.json, a.json, true",
      "*.json, 2021/a.json, false",
      "2021/**, 2021/a.json, true",
      "2021/, 2021/04/a.json, true",
      "2021/, 2022/a.json, false",
      "**/drafts/**, drafts/a.json, true",
      "**/drafts/**, x/drafts/y/a.json, true",
      "**/drafts/**, x/drafted/a.json, false",
      "a?.json, ab.json, true",
      "a?.json, a.json, false",
      "**/**/*.json, a.json, true",
      "2021\\*.json, 2021/a.json, true",
      "*ü*.json, eüi.json, true",
      "?.json, \uD83D\uDCF0.json, true",
  })
  void matches(String pattern, String path, boolean expected) {
    assertEquals(expected, AntPattern.of(pattern).matches(path));
  }

  @Test
  void refusesBlankAndAbsolutePatterns() {
    assertEquals("a pattern is empty; give one such as **/*.json",
        assertThrows(IllegalArgumentException.class, () -> AntPattern.of("  ")).getMessage());
    assertEquals("the pattern '/abs/*.json' is absolute; patterns are relative to the directory, such as **/*.json",
        assertThrows(IllegalArgumentException.class, () -> AntPattern.of("/abs/*.json")).getMessage());
  }
}
