package dev.newsmodel.feeds;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.newsmodel.core.convert.Conversion;
import dev.newsmodel.core.convert.ConversionProblem;
import dev.newsmodel.html.HtmlRenderer;
import dev.newsmodel.testing.Golden;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The three formats over the fixed entries of {@link FeedFixtures}, with content and without, against
 * checked-in golden files (regenerate with {@code -Dnewsmodel.golden.update=true}); the problems each
 * reports are golden too.
 */
class FeedWriterGoldenTest {
  private static final Path DIR = Path.of("src/test/resources/dev/newsmodel/feeds");

  static String extension(FeedFormat format) {
    return switch (format) {
      case RSS -> ".rss.xml";
      case ATOM -> ".atom.xml";
      case JSON_FEED -> ".feed.json";
    };
  }

  @ParameterizedTest
  @EnumSource(FeedFormat.class)
  void writesTheFixedFeedWithContent(FeedFormat format) {
    check(format, FeedWriter.defaults().withContent(HtmlRenderer.defaults()), "with-content");
  }

  @ParameterizedTest
  @EnumSource(FeedFormat.class)
  void writesTheFixedFeedWithoutContent(FeedFormat format) {
    check(format, FeedWriter.defaults(), "summaries");
  }

  private static void check(FeedFormat format, FeedWriter writer, String name) {
    Conversion<String> result = writer.write(format, FeedFixtures.feed(), FeedFixtures.entries());
    Golden.assertMatches(DIR.resolve(name + extension(format)), result.orElseThrow());
    Golden.assertMatches(DIR.resolve(name + extension(format) + ".problems.txt"),
        result.problems().stream().map(ConversionProblem::toString).collect(Collectors.joining("\n", "", "\n")));
    // The same input gives the same text again.
    assertEquals(result, writer.write(format, FeedFixtures.feed(), List.copyOf(FeedFixtures.entries())));
  }
}
