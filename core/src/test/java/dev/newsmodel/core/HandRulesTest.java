package dev.newsmodel.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The rules the model checks by hand on every read, held to the regular expressions they replace:
 * strings are assembled from the characters each rule names and their neighbours, so every branch of
 * the hand-written code is reached.
 */
class HandRulesTest {
  /** Letters, digits, the SPDX punctuation and characters on either side of each range. */
  private static final String ALPHABET = "aAzZmM09/:5.+-_@`[{ \u00e9\u0130\u212a\uff21";

  private static Gen<String> strings(int maxLength) {
    return lists().of(integers().between(0, ALPHABET.length() - 1)).ofSizeBetween(0, maxLength)
        .map(indexes -> indexes.stream().map(i -> String.valueOf(ALPHABET.charAt(i))).collect(Collectors.joining()));
  }

  @Test
  void spdxIdsAreJudgedAsThePatternJudgesThem() {
    qt().withFixedSeed(4L).withExamples(20_000).forAll(strings(6)).checkAssert(id ->
        assertEquals(License.SPDX_ID.matcher(id).matches(), dev.newsmodel.core.internal.Checks.isSpdxId(id), id));
    for (String id : List.of("CC-BY-SA-4.0", "GPL-2.0+", "MIT", "", "-MIT", ".x", "a b", "0BSD")) {
      assertEquals(License.SPDX_ID.matcher(id).matches(), dev.newsmodel.core.internal.Checks.isSpdxId(id), id);
    }
  }

  @Test
  void countryCodesAreTwoUpperCaseAsciiLetters() {
    qt().withFixedSeed(3166L).withExamples(20_000).forAll(strings(3)).checkAssert(code -> {
      boolean shaped = code.matches("[A-Z]{2}");
      boolean accepted;
      try {
        CountryCode.of(code);
        accepted = true;
      } catch (InvalidValueException e) {
        accepted = false;
      }
      if (!shaped) {
        assertEquals(false, accepted, code);
      }
    });
    assertEquals("ZA", CountryCode.of("ZA").value());
  }
}
