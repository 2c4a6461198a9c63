package dev.newsmodel.cli.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputsTest {
  @TempDir
  Path root;

  private static List<String> shown(Path cwd, String... arguments) {
    List<String> shown = new ArrayList<>();
    Inputs.of(cwd, List.of(arguments)).forEachRemaining(input -> shown.add(
        input.path() + input.outcome().map(o -> " [" + o.findings().get(0).code() + "]").orElse("")));
    return shown;
  }

  private Path file(String relative) throws IOException {
    Path path = root.resolve(relative);
    Files.createDirectories(path.getParent());
    Files.writeString(path, "{}");
    return path;
  }

  @Test
  void walksDirectoriesDepthFirstInNameOrder() throws IOException {
    file("tree/b.json");
    file("tree/a/z.json");
    file("tree/a/y.JSON");
    file("tree/B.json");
    file("tree/c/d/e.json");
    file("tree/readme.md");
    assertEquals(List.of("tree/B.json", "tree/a/y.JSON", "tree/a/z.json", "tree/b.json", "tree/c/d/e.json"),
        shown(root, "tree"));
  }

  @Test
  void ordersNamesByCodePointNotByLocaleCollationNorUtf16Units() throws IOException {
    List<String> names = List.of("z.json", "\u00e9.json", "a.json", "B.json", "\uff5e.json", "\ud83d\ude00.json");
    for (String name : names) {
      file("tree/" + name);
    }
    List<String> expected = List.of("tree/B.json", "tree/a.json", "tree/z.json", "tree/\u00e9.json", "tree/\uff5e.json",
        "tree/\ud83d\ude00.json");
    assertEquals(expected, shown(root, "tree"));
    // The order is neither a locale's collation nor String.compareTo (UTF-16 units put U+1F600 before U+FF5E).
    List<String> collated = new ArrayList<>(names);
    collated.sort(java.text.Collator.getInstance(java.util.Locale.ENGLISH));
    assertEquals(List.of("a.json", "B.json", "\u00e9.json", "z.json"), collated.subList(0, 4));
    List<String> utf16 = new ArrayList<>(names);
    utf16.sort(null);
    assertEquals("\ud83d\ude00.json", utf16.get(4));
  }

  @Test
  void ordersOneNameSegmentAtATime() throws IOException {
    file("tree/a-b.json");
    file("tree/a/z.json");
    file("tree/a.json");
    // "a" sorts before "a-b.json" and "a.json", so the directory a/ is walked first.
    assertEquals(List.of("tree/a/z.json", "tree/a-b.json", "tree/a.json"), shown(root, "tree"));
  }

  @Test
  void byCodePointAgreesWithComparingCodePointArrays() {
    org.quicktheories.QuickTheory.qt().withFixedSeed(20211202L).withExamples(2000)
        .forAll(org.quicktheories.generators.SourceDSL.strings().allPossible().ofLengthBetween(0, 4),
            org.quicktheories.generators.SourceDSL.strings().allPossible().ofLengthBetween(0, 4))
        .checkAssert((a, b) -> assertEquals(
            Integer.signum(java.util.Arrays.compare(a.codePoints().toArray(), b.codePoints().toArray())),
            Integer.signum(Inputs.byCodePoint(a, b)), () -> a + " vs " + b));
  }

  @Test
  void skipsDotEntriesButChecksFilesNamedExplicitly() throws IOException {
    file("tree/.git/config.json");
    file("tree/.hidden.json");
    file("tree/ok.json");
    file("tree/notes.txt");
    assertEquals(List.of("tree/ok.json", "tree/notes.txt", "tree/.hidden.json"),
        shown(root, "tree", "tree/notes.txt", "tree/.hidden.json"));
  }

  @Test
  void keepsArgumentOrderAndShowsPathsAsGiven() throws IOException {
    file("x/one.json");
    file("y/two.json");
    assertEquals(List.of("y/two.json", "x/one.json", "<stdin>", "x/one.json"),
        shown(root, "y/", "x", "-", "./x/../x/one.json"));
  }

  @Test
  void showsAbsolutePathsInsideTheWorkingDirectoryRelativeToIt() throws IOException {
    Path inside = file("in/a.json");
    assertEquals(List.of("in/a.json"), shown(root, inside.toString()));
    assertEquals(List.of(inside.toString().replace('\\', '/')), shown(root.resolve("in/sub"), inside.toString()));
  }

  @Test
  void walksTheWorkingDirectoryWithoutADotPrefix() throws IOException {
    file("a.json");
    file("d/b.json");
    assertEquals(List.of("a.json", "d/b.json"), shown(root, "."));
  }

  @Test
  void reportsMissingPathsAndDirectoriesWithoutArticles() throws IOException {
    Files.createDirectories(root.resolve("empty/sub"));
    Files.writeString(root.resolve("empty/sub/notes.txt"), "x");
    file("full/a.json");
    assertEquals(List.of("missing.json [io.unreadable]", "empty [io.no-articles]", "full/a.json"),
        shown(root, "missing.json", "empty", "full"));
  }
}
