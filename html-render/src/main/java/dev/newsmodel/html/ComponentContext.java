package dev.newsmodel.html;

import java.io.IOException;
import java.time.ZonedDateTime;
import java.util.Locale;

/**
 * What a {@link Component} may use while it renders: the safe writer, the phrases and language in
 * force, time formatting with the renderer's settings, and the default rendering of its slot.
 *
 * <p>Valid only during the {@link Component#render} call it is passed to.
 *
 * @param <T> the model value rendered
 */
public interface ComponentContext<T> {
  /**
   * Returns the writer of the output.
   *
   * @return the writer, not null
   */
  HtmlWriter html();

  /**
   * Returns the phrases in force, such as {@link Phrases#english()} for an English article.
   *
   * @return the phrases, not null
   */
  Phrases phrases();

  /**
   * Returns the language of the surrounding output, such as the article's.
   *
   * @return the language, not null
   */
  Locale language();

  /**
   * Returns the heading level a heading inside this part should use, from 2 to 6.
   *
   * @return the level
   */
  int headingLevel();

  /**
   * Writes a {@code <time>} element with the exact {@code datetime} attribute and the human text
   * (in the reader's zone when the renderer has one), such as
   * {@code <time datetime="2021-04-06T02:24:00+03:00">April 6, 2021, 02:24 MSK</time>}.
   *
   * @param time the time, not null
   * @param withTimeOfDay true for date and time, false for the date alone
   * @throws IOException if the output fails
   */
  void time(ZonedDateTime time, boolean withTimeOfDay) throws IOException;

  /**
   * Writes the default rendering of this slot for a value.
   *
   * @param value the value, not null
   * @throws IOException if the output fails
   */
  void renderDefault(T value) throws IOException;
}
