package dev.newsmodel.core.internal;

import dev.newsmodel.core.InvalidValueException;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * The construction rules shared by the model types. Each method throws {@link InvalidValueException}
 * naming the attribute path, the rule and the bad value; none of them changes a value.
 */
public final class Checks {
  private Checks() {}

  /** Schemes a resource URL (image, page, source) may use. */
  private static final List<String> WEB_SCHEMES = List.of("http", "https");

  /** Schemes a link in body text may use: web pages and e-mail addresses. */
  private static final List<String> LINK_SCHEMES = List.of("http", "https", "mailto");

  /**
   * Requires text that is not blank and holds no control character other than tab and line feeds,
   * no unpaired surrogate and no noncharacter.
   *
   * @param path the attribute path
   * @param value the text
   */
  public static void text(String path, String value) {
    if (value.isBlank()) {
      throw new InvalidValueException(path, "must not be blank", value);
    }
    characters(path, value, false);
  }

  /**
   * Requires {@link #text} on one line: no line feed, carriage return or other line separator.
   *
   * @param path the attribute path
   * @param value the text
   */
  public static void line(String path, String value) {
    if (value.isBlank()) {
      throw new InvalidValueException(path, "must not be blank", value);
    }
    // One scan for both rules; a forbidden character anywhere is named before a line break, as when
    // the two rules ran one after the other.
    if (characters(path, value, true) >= 0) {
      throw new InvalidValueException(path, "must be one line, without line breaks", value);
    }
  }

  /**
   * Requires text that may be whitespace only but is not empty and holds no forbidden character.
   *
   * @param path the attribute path
   * @param value the text
   */
  public static void run(String path, String value) {
    if (value.isEmpty()) {
      throw new InvalidValueException(path, "must not be empty", value);
    }
    characters(path, value, false);
  }

  /** Optional variant of {@link #text}. */
  public static void text(String path, Optional<String> value) {
    value.ifPresent(v -> text(path, v));
  }

  /** Optional variant of {@link #line}. */
  public static void line(String path, Optional<String> value) {
    value.ifPresent(v -> line(path, v));
  }

  /**
   * Requires an article id: one line of 1 to {@code maxLength} visible characters, without spaces or
   * control characters, and without an unpaired surrogate or a noncharacter, which no model string may
   * hold.
   *
   * @param path the attribute path
   * @param value the id
   * @param maxLength the longest id allowed, in UTF-16 code units
   */
  public static void id(String path, String value, int maxLength) {
    if (value.isEmpty() || value.length() > maxLength) {
      throw new InvalidValueException(path, "must be 1 to " + maxLength + " characters long", value);
    }
    characters(path, value, false);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isWhitespace(c) || Character.isISOControl(c) || Character.isSpaceChar(c)) {
        throw new InvalidValueException(path, "must not contain spaces or control characters", value);
      }
    }
  }

  /**
   * Refuses what no model string may hold, because HTML, XML or UTF-8 cannot carry it: C0 controls
   * other than tab, line feed and carriage return, C1 controls, unpaired surrogates and noncharacters.
   * Every text, line, run, id and URL rule ends here.
   *
   * <p>Every string the model holds passes through here, so printable ASCII and the letters below the
   * surrogates, which hold no forbidden character, take one comparison each; only the rest is looked at
   * closely.
   *
   * @param lineBreaks whether to look for line breaks as well
   * @return the index of the first line break when {@code lineBreaks} is set and the text has one, else -1
   */
  private static int characters(String path, String value, boolean lineBreaks) {
    int lineBreak = -1;
    int n = value.length();
    for (int i = 0; i < n; i++) {
      char c = value.charAt(i);
      if ((c >= 0x20 && c < 0x7F) || (c >= 0xA0 && c < 0x2028)) {
        continue;
      }
      if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7F && c <= 0x9F)) {
        throw new InvalidValueException(path,
            String.format(Locale.ROOT, "must not contain the control character U+%04X at index %d", (int) c, i),
            value);
      }
      if (lineBreaks && lineBreak < 0 && (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029')) {
        lineBreak = i;
      }
      int codePoint = c;
      if (Character.isHighSurrogate(c)) {
        if (i + 1 < n && Character.isLowSurrogate(value.charAt(i + 1))) {
          codePoint = Character.toCodePoint(c, value.charAt(i + 1));
        } else {
          throw unpaired(path, value, c, i);
        }
      } else if (Character.isLowSurrogate(c)) {
        throw unpaired(path, value, c, i);
      }
      if (isNoncharacter(codePoint)) {
        throw new InvalidValueException(path,
            String.format(Locale.ROOT, "must not hold a noncharacter (U+%04X at index %d)", codePoint, i), value);
      }
      if (codePoint != c) {
        i++;
      }
    }
    return lineBreak;
  }

  private static InvalidValueException unpaired(String path, String value, char c, int index) {
    return new InvalidValueException(path,
        String.format(Locale.ROOT, "must not hold an unpaired surrogate (U+%04X at index %d)", (int) c, index), value);
  }

  /**
   * Whether a code point is one of Unicode's 66 noncharacters: U+FDD0 to U+FDEF, and the last two
   * code points of every plane (U+FFFE, U+FFFF, U+1FFFE, U+1FFFF, … U+10FFFF). They are reserved for a
   * program's internal use, HTML calls them a parse error and XML 1.0 cannot carry U+FFFE and U+FFFF.
   */
  private static boolean isNoncharacter(int codePoint) {
    return (codePoint >= 0xFDD0 && codePoint <= 0xFDEF) || (codePoint & 0xFFFE) == 0xFFFE;
  }

  /**
   * Requires an absolute http or https URL with a host.
   *
   * @param path the attribute path
   * @param url the URL
   */
  public static void webUrl(String path, URI url) {
    url(path, url, WEB_SCHEMES);
  }

  /** Optional variant of {@link #webUrl}. */
  public static void webUrl(String path, Optional<URI> url) {
    url.ifPresent(u -> webUrl(path, u));
  }

  /**
   * Requires an absolute http, https or mailto URL, as a link in text may carry.
   *
   * @param path the attribute path
   * @param url the URL
   */
  public static void linkUrl(String path, URI url) {
    url(path, url, LINK_SCHEMES);
  }

  private static void url(String path, URI url, List<String> schemes) {
    String text = url.toString();
    String allowed = schemes.size() == 2 ? "http or https" : "http, https or mailto";
    if (!url.isAbsolute()) {
      throw new InvalidValueException(path, "must be an absolute " + allowed + " URL, not a relative one", text);
    }
    String scheme = url.getScheme().toLowerCase(Locale.ROOT);
    if (!schemes.contains(scheme)) {
      throw new InvalidValueException(path,
          "must be an absolute " + allowed + " URL; the scheme '" + url.getScheme() + "' is not allowed", text);
    }
    if (!scheme.equals("mailto") && (url.getHost() == null || url.getHost().isEmpty())) {
      throw new InvalidValueException(path, "must be an absolute " + allowed + " URL with a host name", text);
    }
    if (scheme.equals("mailto") && (url.getRawSchemeSpecificPart() == null || url.getRawSchemeSpecificPart().isBlank())) {
      throw new InvalidValueException(path, "must name an e-mail address after 'mailto:'", text);
    }
    // As the schema's uri format: RFC 3986 text, which is printable ASCII. One scan: the shared
    // character rule runs only when something outside printable ASCII is met, so that an unpaired
    // surrogate, a noncharacter or a control is named as such before the ASCII rule speaks.
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 || c >= 0x7F) {
        characters(path, text, false);
        if (c >= 0x7F) {
          throw new InvalidValueException(path, "must be written as an RFC 3986 URI, ASCII only: percent-encode "
              + String.format(Locale.ROOT, "U+%04X", text.codePointAt(i)) + " at index " + i, text);
        }
      }
    }
    String query = url.getRawQuery();
    if (query != null && (query.indexOf('[') >= 0 || query.indexOf(']') >= 0)) {
      throw new InvalidValueException(path, "must percent-encode '[' and ']' in the query (%5B, %5D), as RFC 3986 "
          + "requires", text);
    }
  }

  /**
   * Returns whether text has the form of an SPDX licence identifier, {@code [A-Za-z0-9][A-Za-z0-9.+-]*}:
   * the model's rule and the schema's pattern, written out because every licence read is judged by it.
   *
   * @param id the text, not null
   * @return true if it has the form
   */
  public static boolean isSpdxId(String id) {
    if (id.isEmpty() || !isAsciiAlnum(id.charAt(0))) {
      return false;
    }
    for (int i = 1; i < id.length(); i++) {
      char c = id.charAt(i);
      if (!isAsciiAlnum(c) && c != '.' && c != '+' && c != '-') {
        return false;
      }
    }
    return true;
  }

  private static boolean isAsciiAlnum(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  /**
   * Requires a well-formed BCP 47 language tag with a language subtag, such as {@code en} or {@code ru}.
   *
   * @param path the attribute path
   * @param language the language
   */
  public static void language(String path, Locale language) {
    if (WELL_FORMED_LANGUAGES.containsKey(language)) {
      return;
    }
    String tag = language.toLanguageTag();
    if (language.getLanguage().isEmpty() || tag.equals("und")) {
      throw new InvalidValueException(path, "must be a BCP 47 language tag with a language, such as 'en'", tag);
    }
    if (!Locale.forLanguageTag(tag).equals(language)) {
      throw new InvalidValueException(path, "must be a well-formed BCP 47 language tag", language.toString());
    }
    if (WELL_FORMED_LANGUAGES.size() < MAX_REMEMBERED_LANGUAGES) {
      WELL_FORMED_LANGUAGES.put(language, Boolean.TRUE);
    }
  }

  /**
   * Languages {@link #language} has accepted: every text may carry one, and parsing its tag again is
   * most of the rule's cost. Bounded, so a stream of distinct tags cannot grow it without end.
   */
  private static final Map<Locale, Boolean> WELL_FORMED_LANGUAGES = new ConcurrentHashMap<>();

  private static final int MAX_REMEMBERED_LANGUAGES = 512;

  /** Optional variant of {@link #language}. */
  public static void language(String path, Optional<Locale> language) {
    language.ifPresent(l -> language(path, l));
  }

  /**
   * The first instant a newsmodel time may have, {@code 0001-01-02T00:00:00Z}: in every offset up to
   * {@code ±18:00}, and so in every reader's zone, its year is still 0001, the first year that RFC 3339
   * and HTML's {@code datetime} can both write (HTML has no year 0).
   */
  public static final Instant FIRST_INSTANT = Instant.parse("0001-01-02T00:00:00Z");

  /**
   * The last instant a newsmodel time may have, {@code 9999-12-30T23:59:59.999999999Z}: in every offset
   * up to {@code ±18:00} its year is still 9999, the last year of RFC 3339's four digits.
   */
  public static final Instant LAST_INSTANT = Instant.parse("9999-12-30T23:59:59.999999999Z");

  /** The zone ids of the IANA time zone database, read once: the names RFC 9557 brackets may hold. */
  private static final Set<String> TZDB = Set.copyOf(ZoneId.getAvailableZoneIds());

  /**
   * Returns why a time cannot be written and read back as RFC 9557 text, or null if it can: the
   * instant must lie from {@link #FIRST_INSTANT} to {@link #LAST_INSTANT}, and the zone must be a name
   * of the IANA database ({@code Europe/Moscow}, {@code UTC}, {@code Etc/GMT-3}) or a bare offset in
   * whole minutes ({@code +03:00}). Java also builds zones such as {@code UTC+03:00} or
   * {@code GMT+3}, which no RFC 9557 reader knows. This is the one home of the rule: the model, the
   * reader and the writers all ask here.
   *
   * @param time the time
   * @return the reason, such as {@code must be from 0001-01-02 to 9999-12-30 (UTC) …}, or null
   */
  public static @Nullable String unwritable(ZonedDateTime time) {
    Instant instant = time.toInstant();
    if (instant.isBefore(FIRST_INSTANT) || instant.isAfter(LAST_INSTANT)) {
      return "must be from 0001-01-02 to 9999-12-30 (UTC), so that in every offset its year has the four "
          + "digits RFC 3339 and HTML write";
    }
    return unknownZone(time.getZone());
  }

  /**
   * Returns why a zone cannot be written in RFC 9557 brackets, or null if it can.
   *
   * @param zone the zone
   * @return the reason, or null
   */
  public static @Nullable String unknownZone(ZoneId zone) {
    if (zone instanceof ZoneOffset) {
      return ((ZoneOffset) zone).getTotalSeconds() % 60 == 0
          ? null
          : "must have a zone offset in whole minutes, as RFC 3339 writes, not '" + zone.getId() + "'";
    }
    if (!TZDB.contains(zone.getId())) {
      return "must be in a time zone of the IANA database such as 'Europe/Moscow', or a bare offset such as "
          + "'+03:00', not '" + zone.getId() + "'";
    }
    return null;
  }

  /**
   * Requires a time that RFC 9557 text can carry: see {@link #unwritable}. A {@link ZonedDateTime}
   * always holds an offset its zone had; text with any other offset is refused by
   * {@link dev.newsmodel.core.Rfc9557#parse}.
   *
   * @param path the attribute path
   * @param time the time
   */
  public static void time(String path, ZonedDateTime time) {
    String reason = unwritable(time);
    if (reason != null) {
      throw new InvalidValueException(path, reason, time.toString());
    }
  }

  /**
   * Requires a time in a region zone such as {@code Asia/Baku}, not a bare offset. Zones with one fixed
   * offset and no place ({@code UTC}, {@code GMT+3}, {@code Etc/GMT-3}) count as bare offsets.
   *
   * @param path the attribute path
   * @param time the time
   */
  public static void regionTime(String path, ZonedDateTime time) {
    time(path, time);
    if (time.getZone().normalized() instanceof ZoneOffset) {
      throw new InvalidValueException(path,
          "must be in a region time zone such as 'Asia/Baku', not the bare offset '" + time.getZone().getId() + "'",
          dev.newsmodel.core.Rfc9557.format(time));
    }
  }

  /**
   * Requires {@code later} not to be before {@code earlier}.
   *
   * @param path the attribute path of {@code later}
   * @param later the later time
   * @param earlierName the attribute name of {@code earlier}, for the message
   * @param earlier the earlier time
   */
  public static void notBefore(String path, ZonedDateTime later, String earlierName, ZonedDateTime earlier) {
    if (later.toInstant().isBefore(earlier.toInstant())) {
      throw new InvalidValueException(path,
          "must not be before " + earlierName + " (" + dev.newsmodel.core.Rfc9557.format(earlier) + ")",
          dev.newsmodel.core.Rfc9557.format(later));
    }
  }

  /**
   * Requires a positive number.
   *
   * @param path the attribute path
   * @param value the number
   */
  public static void positive(String path, int value) {
    if (value <= 0) {
      throw new InvalidValueException(path, "must be a positive number", Integer.toString(value));
    }
  }

  /**
   * Requires a non-empty list.
   *
   * @param path the attribute path
   * @param list the list
   */
  public static void notEmpty(String path, List<?> list) {
    if (list.isEmpty()) {
      throw new InvalidValueException(path, "must hold at least one item", "[]");
    }
  }
}
