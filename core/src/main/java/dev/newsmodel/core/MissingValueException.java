package dev.newsmodel.core;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Thrown by a builder's {@code build()} when required attributes were not set, such as
 * {@code article.headline: is required (also missing: article.language)}.
 *
 * <p>It is an {@link InvalidValueException}: {@link #path()} names the first missing attribute,
 * {@link #rule()} says it is required and lists the others, and {@link #value()} is empty. Catch
 * {@code InvalidValueException} to handle every broken rule, this one included.
 *
 * <p>Instances are immutable once thrown.
 */
public final class MissingValueException extends InvalidValueException {
  private static final long serialVersionUID = 1L;
  private static final Pattern BUILDER_MESSAGE =
      Pattern.compile("Cannot build (\\w+), some of required attributes are not set \\[([^\\]]*)\\]");

  /**
   * Creates the exception from the message of a builder, which has the form {@code Cannot build
   * Article, some of required attributes are not set [headline, language]}; the builders of this
   * library call it, applications have no need to.
   *
   * @param message the builder's message, not null
   */
  public MissingValueException(String message) {
    super(pathOf(message), ruleOf(message), null);
  }

  private static String pathOf(String message) {
    Matcher m = BUILDER_MESSAGE.matcher(message);
    if (!m.find()) {
      return "value";
    }
    String type = m.group(1);
    String first = m.group(2).split(",\\s*")[0];
    return decapitalize(type) + "." + first;
  }

  private static String ruleOf(String message) {
    Matcher m = BUILDER_MESSAGE.matcher(message);
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
