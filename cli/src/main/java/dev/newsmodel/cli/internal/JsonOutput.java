package dev.newsmodel.cli.internal;

import java.io.Writer;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.ObjectWriteContext;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.Separators;

/**
 * Streaming JSON output, indented by two spaces with {@code \n} line breaks on every machine, so reports
 * are byte-identical everywhere and are written as outcomes arrive.
 */
final class JsonOutput {
  private static final JsonFactory FACTORY = JsonFactory.builder().build();
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
