package dev.newsmodel.json.internal;

import dev.newsmodel.core.lint.Severity;
import dev.newsmodel.json.Problem;
import dev.newsmodel.json.ProblemCode;
import org.jspecify.annotations.Nullable;

/**
 * Tells UTF-16 and UTF-32 documents from UTF-8 ones, which RFC 8259 (section 8.1) requires of JSON text
 * exchanged between systems. Jackson detects and decodes them all; newsmodel refuses the others.
 *
 * <p>A document in another encoding is recognised by its byte-order mark or, without one, by the zero
 * bytes of its first characters (RFC 4627, section 3: the first two characters of JSON text are ASCII).
 * Neither can begin UTF-8 JSON text: FE and FF never occur in UTF-8, and a zero byte is U+0000, which is
 * not allowed outside strings.
 */
final class Encodings {
  private Encodings() {}

  /**
   * Returns the problem of a document that is not UTF-8, or null when it may be UTF-8.
   *
   * @param d the document, not null
   * @return the problem, or null
   */
  static @Nullable Problem problem(byte[] d) {
    int n = d.length;
    int b0 = n > 0 ? d[0] & 0xff : -1;
    int b1 = n > 1 ? d[1] & 0xff : -1;
    int b2 = n > 2 ? d[2] & 0xff : -1;
    int b3 = n > 3 ? d[3] & 0xff : -1;
    String found;
    if (b0 == 0 && b1 == 0 && b2 == 0xFE && b3 == 0xFF) {
      found = "UTF-32BE, with the byte-order mark 00 00 FE FF";
    } else if (b0 == 0xFF && b1 == 0xFE && b2 == 0 && b3 == 0) {
      found = "UTF-32LE, with the byte-order mark FF FE 00 00";
    } else if (b0 == 0xFE && b1 == 0xFF) {
      found = "UTF-16BE, with the byte-order mark FE FF";
    } else if (b0 == 0xFF && b1 == 0xFE) {
      found = "UTF-16LE, with the byte-order mark FF FE";
    } else if (n >= 4 && b0 == 0 && b1 == 0 && b2 == 0 && b3 != 0) {
      found = "UTF-32BE (its first bytes are 00 00 00 xx)";
    } else if (n >= 4 && b0 != 0 && b1 == 0 && b2 == 0 && b3 == 0) {
      found = "UTF-32LE (its first bytes are xx 00 00 00)";
    } else if (n >= 2 && b0 == 0 && b1 != 0) {
      found = "UTF-16BE (its first bytes are 00 xx)";
    } else if (n >= 2 && b0 != 0 && b1 == 0) {
      found = "UTF-16LE (its first bytes are xx 00)";
    } else {
      return null;
    }
    return Problem.of(ProblemCode.JSON_ENCODING.code(), Severity.ERROR, "", 1, 1,
        "Expected UTF-8 JSON text (RFC 8259, section 8.1), but the document is " + found
            + "; save it as UTF-8 without a byte-order mark.");
  }
}
