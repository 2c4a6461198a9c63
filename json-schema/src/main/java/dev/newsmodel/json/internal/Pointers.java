package dev.newsmodel.json.internal;

/**
 * JSON Pointers (RFC 6901), such as {@code /corrections/0/date}, and their link to the model's attribute
 * paths, such as {@code article.corrections[0].date}.
 */
public final class Pointers {
  private Pointers() {}

  /**
   * Returns the pointer to a property of the object at {@code parent}, escaping {@code ~} and {@code /}.
   *
   * @param parent the object's pointer, not null
   * @param name the property name, not null
   * @return the child pointer, not null
   */
  public static String child(String parent, String name) {
    if (name.indexOf('~') < 0 && name.indexOf('/') < 0) {
      return parent + '/' + name;
    }
    return parent + '/' + name.replace("~", "~0").replace("/", "~1");
  }

  /**
   * Returns the pointer to an element of the array at {@code parent}.
   *
   * @param parent the array's pointer, not null
   * @param index the index, from 0
   * @return the child pointer, not null
   */
  public static String child(String parent, int index) {
    return parent + '/' + index;
  }

  /**
   * Returns the pointer of the enclosing value, {@code ""} for the root and for {@code ""}.
   *
   * @param pointer the pointer, not null
   * @return the parent pointer, not null
   */
  public static String parent(String pointer) {
    int slash = pointer.lastIndexOf('/');
    return slash <= 0 ? "" : pointer.substring(0, slash);
  }

  /**
   * Returns the pointer, relative to the value the path's first segment names, for a model attribute
   * path: {@code article.corrections[0].date} becomes {@code /corrections/0/date},
   * {@code image.alt} becomes {@code /alt} and {@code attribution} becomes {@code ""}. This works
   * because the document's property names are the model's attribute names.
   *
   * @param path the attribute path, not null
   * @return the relative pointer, not null
   */
  public static String fromModelPath(String path) {
    int start = 0;
    while (start < path.length() && path.charAt(start) != '.' && path.charAt(start) != '[') {
      start++;
    }
    StringBuilder out = new StringBuilder();
    int i = start;
    while (i < path.length()) {
      char c = path.charAt(i);
      if (c == '.') {
        int end = i + 1;
        while (end < path.length() && path.charAt(end) != '.' && path.charAt(end) != '[') {
          end++;
        }
        out.append('/').append(path, i + 1, end);
        i = end;
      } else if (c == '[') {
        int end = path.indexOf(']', i);
        if (end < 0) {
          break;
        }
        out.append('/').append(path, i + 1, end);
        i = end + 1;
      } else {
        i++;
      }
    }
    return out.toString();
  }

  /**
   * Returns the last token of a pointer, unescaped, such as {@code date} for {@code /corrections/0/date}.
   *
   * @param pointer the pointer, not null
   * @return the last token, empty for the root, not null
   */
  public static String lastToken(String pointer) {
    return pointer.substring(pointer.lastIndexOf('/') + 1).replace("~1", "/").replace("~0", "~");
  }
}
