package dev.newsmodel.maven.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/** Properties of file-set patterns and of the order files are checked and reported in. */
class FileSetPropertiesTest {
  /** Names of one to eight pieces: letters of both cases, digits, dots, {@code json}, é and a character outside the BMP. */
  static final Gen<String> NAME = SourceDSL.lists().of(SourceDSL.integers().between(0, 9)).ofSizeBetween(1, 8)
      .map(codes -> codes.stream().map(i -> List.of("a", "b", ".", "json", "-", "é", "\uD83D\uDCF0", "A", "1", "_").get(i))
          .collect(Collectors.joining()));
  static final Gen<String> PATH = SourceDSL.lists().of(NAME).ofSizeBetween(1, 5).map(names -> String.join("/", names));

  @Test
  void theDefaultIncludeTakesExactlyThePathsWhoseLastNameEndsInDotJson() {
    AntPattern pattern = AntPattern.of("**/*.json");
    qt().withFixedSeed(20240502L).withExamples(500).forAll(PATH).check(path -> {
      String last = path.substring(path.lastIndexOf('/') + 1);
      return pattern.matches(path) == last.endsWith(".json");
    });
  }

  @Test
  void aDirectoryPatternTakesEverythingBelowItAndNothingElse() {
    qt().withFixedSeed(20240503L).withExamples(500).forAll(NAME, PATH).check((directory, path) ->
        AntPattern.of(directory + "/").matches(path) == (path.startsWith(directory + "/")));
  }

  @Test
  void aLiteralPatternTakesOnlyItself() {
    qt().withFixedSeed(20240504L).withExamples(500).forAll(PATH, PATH).check((a, b) ->
        AntPattern.of(a).matches(b) == a.equals(b) && AntPattern.of(a).matches(a));
  }

  @Test
  void theOrderIsByCodePointAndAntisymmetric() {
    qt().withFixedSeed(20240505L).withExamples(500).forAll(PATH, PATH).check((a, b) -> {
      int order = Integer.signum(ArticleScan.byCodePoint(a, b));
      int expected = Integer.signum(compareCodePoints(a, b));
      return order == expected && order == -Integer.signum(ArticleScan.byCodePoint(b, a));
    });
    assertEquals(-1, Integer.signum(ArticleScan.byCodePoint("\uFFFF", "\uD83D\uDCF0")),
        "U+FFFF comes before U+1F4F0, though its UTF-16 unit is larger");
  }

  private static int compareCodePoints(String a, String b) {
    int[] x = a.codePoints().toArray();
    int[] y = b.codePoints().toArray();
    for (int i = 0; i < Math.min(x.length, y.length); i++) {
      if (x[i] != y[i]) {
        return Integer.compare(x[i], y[i]);
      }
    }
    return Integer.compare(x.length, y.length);
  }
}
