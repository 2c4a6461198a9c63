package dev.newsmodel.html.internal;

/**
 * Makes JSON safe as the content of a {@code <script>} element, whoever wrote it: {@code <}, {@code >}
 * and {@code &} become {@code \u003c}, {@code \u003e} and {@code \u0026}. In JSON these characters can
 * only stand inside strings, where the escapes mean the same, so the data is unchanged while
 * {@code </script>} and {@code <!--} can never appear. The JSON module already escapes them; this is
 * the renderer's own second line of defence.
 */
public final class ScriptData {
  private ScriptData() {}

  /**
   * Returns the JSON with {@code <}, {@code >} and {@code &} escaped.
   *
   * @param json JSON text, not null
   * @return the same JSON, safe inside a script element, not null
   */
  public static String json(String json) {
    StringBuilder out = null;
    for (int i = 0; i < json.length(); i++) {
      char c = json.charAt(i);
      String escape = c == '<' ? "\\u003c" : c == '>' ? "\\u003e" : c == '&' ? "\\u0026" : null;
      if (escape != null) {
        if (out == null) {
          out = new StringBuilder(json.length() + 16).append(json, 0, i);
        }
        out.append(escape);
      } else if (out != null) {
        out.append(c);
      }
    }
    return out == null ? json : out.toString();
  }
}
