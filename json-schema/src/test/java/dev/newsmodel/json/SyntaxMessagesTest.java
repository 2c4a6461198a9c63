package dev.newsmodel.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Syntax errors are sentences a user understands, never the parser's token names or source descriptions. */
class SyntaxMessagesTest {
  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "`{\"id\": \"a`|Expected a closing quote ending the string, but the document ends first.",
      "`{\"id`|Expected a closing quote ending the property name, but the document ends first.",
      "`{`|Expected '}' closing the object, but the document ends first.",
      "`{\"id\": \"a\"`|Expected '}' closing the object, but the document ends first.",
      "`{\"keywords\": [\"a\"`|Expected ']' closing the array, but the document ends first.",
      "`{id: 1}`|Expected a property name in double quotes, but found 'i'.",
      "`{\"id\": 1 \"x\": 2}`|Expected ',' or '}' after a property's value, but found '\"'.",
      "`{\"keywords\": [1 2]}`|Expected ',' or ']' after an array item, but found '2'.",
      "`{\"id\" 1}`|Expected ':' after the property name, but found '1'.",
      "`{\"id\": nope}`|Expected a JSON value (a string in double quotes, a number, an object, an array, true, false or null), but found \"nope\".",
      "`{\"id\": 'a'}`|Expected a JSON value (a string in double quotes, a number, an object, an array, true, false or null), but found '''.",
      "`{\"id\": /* c */ 1}`|Expected JSON, which has no comments, but found '/'.",
  })
  void saysWhatWasExpected(String document, String message) {
    ValidationReport report = ArticleValidator.defaults().validate(document.getBytes(StandardCharsets.UTF_8), "a.json");
    Problem p = report.problems().get(0);
    assertEquals(ProblemCode.JSON_SYNTAX.code(), p.code(), p::toString);
    assertEquals(message, p.message());
    for (String internal : new String[] {"VALUE_STRING", "Source:", "REDACTED", "START_", "FIELD_NAME", "(code "}) {
      assertFalse(p.message().contains(internal), p::toString);
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "7B 22 69 64 22 3A 20 22 61 0A 22 7D|Expected control characters in a string to be escaped (such as \\n), but found U+000A written as it is.",
      "7B 22 69 64 22 3A 20 22 C3 28 22 7D|Expected UTF-8 text, but found a byte that cannot stand there (0x28).",
  })
  void saysWhatWasExpectedOfBytes(String hex, String message) {
    String[] parts = hex.split(" ");
    byte[] bytes = new byte[parts.length];
    for (int i = 0; i < parts.length; i++) {
      bytes[i] = (byte) Integer.parseInt(parts[i], 16);
    }
    Problem p = ArticleValidator.defaults().validate(bytes, "a.json").problems().get(0);
    assertEquals(message, p.message(), p::toString);
  }
}
