package dev.newsmodel.html.internal;

import dev.newsmodel.html.Phrase;
import java.util.List;
import org.owasp.encoder.Encode;

/**
 * A phrase template prepared once per phrase set for rendering: literals already encoded for
 * element content, placeholders numbered by their position in {@link Phrase#placeholders()}, and the
 * phrase's plain text (its literals outside optional groups, as a heading or label uses it).
 * Immutable and thread-safe.
 */
public final class CompiledPhrase {
  /** One step: a literal (encoded markup), a placeholder (its number), or an optional group. */
  public static final class Step {
    /** Encoded markup of a literal, or null. */
    public final String markup;
    /** The placeholder's number, or -1. */
    public final int fill;
    /** The steps of an optional group, or null. */
    public final Step[] group;
    /** The numbers of the placeholders a group needs. */
    public final int[] needs;

    private Step(String markup, int fill, Step[] group, int[] needs) {
      this.markup = markup;
      this.fill = fill;
      this.group = group;
      this.needs = needs;
    }
  }

  private static final int[] NONE = new int[0];

  /** The steps in order. */
  public final Step[] steps;
  /** The literals outside optional groups, not encoded. */
  public final String plain;
  /** The number of placeholders the phrase offers, filled or not. */
  public final int fills;

  /**
   * Prepares a template of a phrase.
   *
   * @param phrase the phrase, whose placeholders number the fills
   * @param template the template, using only the phrase's placeholders
   * @throws IllegalStateException if the template names another placeholder
   */
  public CompiledPhrase(Phrase phrase, Template template) {
    List<String> names = phrase.placeholders();
    this.steps = steps(template.pieces(), names);
    StringBuilder text = new StringBuilder();
    for (Template.Piece piece : template.pieces()) {
      if (piece instanceof Template.Literal) {
        text.append(((Template.Literal) piece).text());
      }
    }
    this.plain = text.toString();
    this.fills = names.size();
  }

  private static Step[] steps(List<Template.Piece> pieces, List<String> names) {
    Step[] steps = new Step[pieces.size()];
    for (int i = 0; i < steps.length; i++) {
      Template.Piece piece = pieces.get(i);
      if (piece instanceof Template.Literal) {
        steps[i] = new Step(Encode.forHtmlContent(((Template.Literal) piece).text()), -1, null, NONE);
      } else if (piece instanceof Template.Placeholder) {
        steps[i] = new Step(null, number(((Template.Placeholder) piece).name(), names), null, NONE);
      } else {
        Template.Group group = (Template.Group) piece;
        int[] needs = group.names().stream().mapToInt(name -> number(name, names)).toArray();
        steps[i] = new Step(null, -1, steps(group.pieces(), names), needs);
      }
    }
    return steps;
  }

  private static int number(String name, List<String> names) {
    int number = names.indexOf(name);
    if (number < 0) {
      // Phrases.with refuses such templates; built-in ones are checked when the class loads.
      throw new IllegalStateException("Placeholder {" + name + "} is not one of " + names);
    }
    return number;
  }
}
