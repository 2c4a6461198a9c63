package dev.newsmodel.cli.internal;

import java.io.Writer;
import java.util.Locale;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.CharacterEscapes;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;

/**
 * Streaming JSON output, indented by two spaces with {@code \n} line breaks on every machine, so reports
 * are byte-identical everywhere and are written as outcomes arrive.
 *
 * <p>Strings are written so that printing a report on a terminal cannot run a control sequence or
 * reorder text: besides the C0 controls that JSON always escapes, DEL, the C1 controls, U+2028, U+2029,
 * the bidirectional controls ({@link Visible#isBidiControl}) and every surrogate are written as JSON
 * <code>&#92;uXXXX</code> escapes. A JSON reader gives back exactly the same strings (a surrogate pair decodes to its
 * character; a lone surrogate survives, where writing it as UTF-8 would have replaced it by {@code ?}).
 */
final class JsonOutput {
  private static final JsonFactory FACTORY = JsonFactory.builder().characterEscapes(new Escapes()).build();
  private static final DefaultIndenter INDENTER = new DefaultIndenter("  ", "\n");
  private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter(
      Separators.createDefaultInstance()
          .withObjectNameValueSpacing(Separators.Spacing.AFTER)
          .withObjectEmptySeparator("")
          .withArrayEmptySeparator(""))
      .withObjectIndenter(INDENTER)
      .withArrayIndenter(INDENTER);

  private JsonOutput() {}

  /**
   * Returns a generator writing indented JSON to the writer; closing it does not close the writer.
   *
   * @param out the writer, not null
   * @return the generator, not null
   */
  static JsonGenerator generator(Writer out) {
    ObjectWriteContext context = new ObjectWriteContext.Base() {
      @Override
      public PrettyPrinter getPrettyPrinter() {
        return PRETTY.createInstance();
      }

      @Override
      public boolean hasPrettyPrinter() {
        return true;
      }
    };
    return FACTORY.createGenerator(context, new NonClosingWriter(out));
  }

  /** The escapes described above, on top of JSON's standard ones. */
  private static final class Escapes extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    private static final int[] ASCII = ascii();

    private static int[] ascii() {
      int[] codes = CharacterEscapes.standardAsciiEscapesForJSON();
      codes[0x7F] = CharacterEscapes.ESCAPE_STANDARD;
      return codes;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return ASCII.clone();
    }

    @Override
    public SerializableString getEscapeSequence(int c) {
      if ((c >= 0x80 && c <= 0x9F) || c == 0x2028 || c == 0x2029 || Character.isSurrogate((char) c)
          || Visible.isBidiControl((char) c)) {
        return new SerializedString(String.format(Locale.ROOT, "\\u%04X", c));
      }
      return null;
    }
  }

  /** Lets a generator be closed (to flush it) without closing standard output. */
  private static final class NonClosingWriter extends java.io.FilterWriter {
    NonClosingWriter(Writer out) {
      super(out);
    }

    @Override
    public void close() throws java.io.IOException {
      flush();
    }
  }
}
