package dev.newsmodel.cli.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine.IVersionProvider;

/** The command's version, from a resource the build fills in, such as {@code newsmodel 0.1.0}. */
public final class Version implements IVersionProvider {
  private static final String VERSION = load();

  /** Creates the provider picocli asks. */
  public Version() {}

  /**
   * Returns the version, such as {@code 0.1.0}.
   *
   * @return the version, not null
   */
  public static String number() {
    return VERSION;
  }

  @Override
  public String[] getVersion() {
    return lines();
  }

  /**
   * Returns the lines {@code --version} prints: the command's version, then the Java running it.
   *
   * @return the lines, not null
   */
  static String[] lines() {
    return new String[] {"newsmodel " + VERSION,
        "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
  }

  private static String load() {
    try (InputStream in = Version.class.getResourceAsStream("version.properties")) {
      if (in == null) {
        throw new IllegalStateException("version.properties is missing from the newsmodel-cli jar");
      }
      Properties properties = new Properties();
      properties.load(in);
      return properties.getProperty("version");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
