package dev.newsmodel.html;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.newsmodel.testing.ReferenceArticle;
import java.time.ZoneId;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A setting that could not render is refused by the {@code with…} call that makes it, with a
 * message naming the setting; a renderer or phrase set that was built renders every article.
 */
class SettingsFailEarlyTest {
  private static final Phrases EN = Phrases.english();
  private static final HtmlRenderer R = HtmlRenderer.defaults();
  private static final ZoneId BAKU = ZoneId.of("Asia/Baku");

  private static Arguments bad(String what, String message, Supplier<?> make) {
    return Arguments.of(what, message, make);
  }

  static Stream<Arguments> badSettings() {
    return Stream.of(
        // HtmlRenderer
        bad("image sizes on two lines", "HtmlRenderer image sizes must be one line of text, without a control "
            + "character (U+000A at index 5)", () -> R.withImageSizes("50vw,\n100vw")),
        bad("image sizes with a tab", "HtmlRenderer image sizes must be one line of text, without a control "
            + "character (U+0009 at index 4)", () -> R.withImageSizes("50vw\t")),
        bad("image sizes with a line separator", "HtmlRenderer image sizes must be one line of text, without a "
            + "line break (U+2028 at index 4)", () -> R.withImageSizes("50vw\u2028")),
        bad("image sizes with a noncharacter", "HtmlRenderer image sizes must be one line of text, without a "
            + "noncharacter (U+FFFE at index 0)", () -> R.withImageSizes("\uFFFE50vw")),
        bad("blank image sizes", "HtmlRenderer image sizes must not be blank", () -> R.withImageSizes(" ")),
        bad("locale without language", "HtmlRenderer locale must have a language, such as 'en', but was 'und'",
            () -> R.withLocale(Locale.ROOT)),
        bad("class prefix with a space", "HtmlRenderer class prefix must be a letter followed by letters, digits,"
            + " '-' or '_', such as 'nm-', but was 'a b'", () -> R.withClassPrefix("a b")),
        bad("heading level 0", "HtmlRenderer heading level must be from 1 to 6, but was 0",
            () -> R.withHeadingLevel(0)),

        // Phrases: patterns
        bad("date pattern of a later JDK", "Phrases date pattern 'g' uses the pattern letter 'g', which Java 17's "
            + "DateTimeFormatter does not know or reserves", () -> EN.withPatterns("g", "HH:mm")),
        bad("reserved pattern letter", "Phrases time pattern 'HH:mm l' uses the pattern letter 'l', which Java "
            + "17's DateTimeFormatter does not know or reserves", () -> EN.withPatterns("d MMMM uuuu", "HH:mm l")),
        bad("optional section never opened", "Phrases date pattern 'd MMMM uuuu]' is not a valid "
            + "DateTimeFormatter pattern: Pattern invalid as it contains ] without previous [",
            () -> EN.withPatterns("d MMMM uuuu]", "HH:mm")),
        bad("pattern printing nothing", "Phrases time pattern '[]' prints nothing visible",
            () -> EN.withPatterns("d MMMM uuuu", "[]")),
        bad("pattern printing a blank", "Phrases date pattern '' '' prints nothing visible",
            () -> EN.withPatterns("' '", "HH:mm")),
        bad("pattern with a line break", "Phrases date pattern must be one line of text, without a control "
            + "character (U+000A at index 1)", () -> EN.withPatterns("d\nMMMM", "HH:mm")),
        bad("pattern padding a year past its width", "Phrases date pattern 'ppu' cannot print the time "
            + "2021-04-06T17:45:30.123456789+03:00[Europe/Moscow]: Cannot print as output of 4 characters exceeds pad width of 2",
            () -> EN.withPatterns("ppu", "HH:mm")),
        bad("blank pattern", "Phrases time pattern must not be blank", () -> EN.withPatterns("d MMMM", "")),

        // Phrases: templates, names, abbreviations
        bad("template with a line break", "Phrase BYLINE template must be one line of text, without a control "
            + "character (U+000A at index 2)", () -> EN.with(Phrase.BYLINE, "By\n{names}")),
        bad("template with a bidi-free control", "Phrase CREDIT template must be one line of text, without a "
            + "control character (U+001B at index 0)", () -> EN.with(Phrase.CREDIT, "\u001B[31m{creator}")),
        bad("template with an unpaired surrogate", "Phrase CREDIT template must be one line of text, without an "
            + "unpaired surrogate (U+D800 at index 6)", () -> EN.with(Phrase.CREDIT, "Photo \uD800{creator}")),
        bad("zone abbreviation with a tab", "Phrases zone abbreviation for Asia/Baku must be one line of text, "
            + "without a control character (U+0009 at index 3)", () -> EN.withZoneAbbreviation(BAKU, "AZT\t")),
        bad("blank zone abbreviation", "Phrases zone abbreviation for Asia/Baku must not be blank",
            () -> EN.withZoneAbbreviation(BAKU, " ")),
        bad("language name on two lines", "Phrases language name for 'ru' must be one line of text, without a "
            + "control character (U+000D at index 2)",
            () -> EN.withLanguageName(Locale.forLanguageTag("ru"), "in\rRussian")),
        bad("blank language name", "Phrases language name for 'ru' must not be blank",
            () -> EN.withLanguageName(Locale.forLanguageTag("ru"), "")),
        bad("phrases language without language", "Phrases language must have a language subtag, such as 'en', "
            + "but was 'und'", () -> EN.withLanguage(Locale.ROOT)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badSettings")
  void badSettingsAreRefusedWhenMade(String what, String message, Supplier<?> make) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, make::get);
    assertEquals(message, e.getMessage());
  }

  @Test
  void settingsThatPassRenderTheReferenceArticle() {
    Phrases ours = EN.withPatterns("EEEE, d MMMM uuuu G", "h:mm:ss.SSS a VV xxx")
        .with(Phrase.BYLINE, "Reporting by {names}")
        .withZoneAbbreviation(BAKU, "Baku time")
        .withLanguageName(Locale.forLanguageTag("ru"), "in Russian")
        .withLanguage(Locale.forLanguageTag("en-GB"));
    HtmlRenderer renderer = R.withPhrases(ours).withLocale(Locale.forLanguageTag("en-GB"))
        .withImageSizes("(min-width: 60rem) 40rem, 100vw").withReaderZone(BAKU);
    String page = assertDoesNotThrow(() -> renderer.renderPage(ReferenceArticle.article()));
    assertEquals(true, page.contains("Baku time"), page);
  }
}
