package dev.newsmodel.core.internal;

import dev.newsmodel.core.InvalidValueException;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Thrown by generated builders when required attributes were not set. Immutables creates it with its
 * own message ({@code Cannot build Article, some of required attributes are not set [headline]}), which
 * this class turns into the project's path form ({@code article.headline: is required}).
 */
public final class IncompleteValueException extends InvalidValueException {
  private static final long serialVersionUID = 1L;
  private static final Pattern IMMUTABLES_MESSAGE =
      Pattern.compile("Cannot build (\\w+), some of required attributes are not set \\[([^\\]]*)\\]");

  /**
   * Creates the exception from the message of a generated builder.
   *
   * @param message the message Immutables composed, not null
   */
  public IncompleteValueException(String message) {
    super(pathOf(message), ruleOf(message), null);
  }

  private static String pathOf(String message) {
    Matcher m = IMMUTABLES_MESSAGE.matcher(message);
    if (!m.find()) {
      return "value";
    }
    String type = m.group(1);
    String first = m.group(2).split(",\\s*")[0];
    return decapitalize(type) + "." + first;
  }

  private static String ruleOf(String message) {
    Matcher m = IMMUTABLES_MESSAGE.matcher(message);
    if (!m.find()) {
      return message;
    }
    String[] attributes = m.group(2).split(",\\s*");
    if (attributes.length == 1) {
      return "is required";
    }
    StringBuilder rule = new StringBuilder("is required (also missing:");
    String type = decapitalize(m.group(1));
    for (int i = 1; i < attributes.length; i++) {
      rule.append(i == 1 ? " " : ", ").append(type).append('.').append(attributes[i]);
    }
    return rule.append(')').toString();
  }

  private static String decapitalize(String type) {
    return type.substring(0, 1).toLowerCase(Locale.ROOT) + type.substring(1);
  }
}
