package dev.newsmodel.htmlimport.internal;

import dev.newsmodel.core.convert.ConversionCode;
import dev.newsmodel.core.convert.ConversionProblem;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The problems of one import, in the order met. Attributes the model has no place for are counted by
 * name and reported once each, at their first occurrence, so that a page full of {@code class}
 * attributes gives one warning, not hundreds; so are removed characters.
 */
public final class Report {
  private final List<ConversionProblem> problems = new ArrayList<>();
  private final Map<String, int[]> attributeCounts = new LinkedHashMap<>();
  private final Map<String, Integer> attributeIndex = new LinkedHashMap<>();
  private final Map<String, String> attributeFirst = new LinkedHashMap<>();
  private final Map<ConversionCode, Integer> onceIndex = new LinkedHashMap<>();
  private int removedCharacters;
  private int removedIndex = -1;
  private String removedFirst = "";

  /** Adds a warning. */
  public void warn(ConversionCode code, String location, String message) {
    problems.add(ConversionProblem.warning(code, location, message));
  }

  /** Adds an error. */
  public void error(ConversionCode code, String location, String message) {
    problems.add(ConversionProblem.error(code, location, message));
  }

  /** Adds a warning unless one with this code was already added through this method. */
  public void warnOnce(ConversionCode code, String location, String message) {
    if (!onceIndex.containsKey(code)) {
      onceIndex.put(code, problems.size());
      warn(code, location, message);
    }
  }

  /** Counts an attribute that was not carried over; reported once per name. */
  public void attribute(String name, String elementLocation) {
    int[] count = attributeCounts.get(name);
    if (count == null) {
      attributeCounts.put(name, new int[] {1});
      attributeIndex.put(name, problems.size());
      attributeFirst.put(name, elementLocation + " @" + name);
      problems.add(ConversionProblem.warning(ConversionCode.HTML_UNSUPPORTED_ATTRIBUTE, "", ""));
    } else {
      count[0]++;
    }
  }

  /** Counts a character removed from text because no model text may hold it. */
  public void removedCharacter(int codePoint, String location) {
    if (removedCharacters == 0) {
      removedIndex = problems.size();
      removedFirst = location;
      problems.add(ConversionProblem.warning(ConversionCode.INPUT_INVALID, "", ""));
      removedFirstCodePoint = codePoint;
    }
    removedCharacters++;
  }

  private int removedFirstCodePoint;

  /** Returns whether any error was reported. */
  public boolean hasErrors() {
    return problems.stream().anyMatch(p -> p.severity() == ConversionProblem.Severity.ERROR);
  }

  /** Returns the problems, the counted ones with their final counts. */
  public List<ConversionProblem> problems() {
    List<ConversionProblem> out = new ArrayList<>(problems);
    Set<String> names = attributeCounts.keySet();
    for (String name : names) {
      int n = attributeCounts.get(name)[0];
      String where = n == 1 ? "" : " (on " + n + " elements; this is the first)";
      String what = name.startsWith("on") ? "The event handler attribute '" + name + "' was dropped"
          : "The attribute '" + name + "' has no place in the model and was not carried over";
      out.set(attributeIndex.get(name), ConversionProblem.warning(ConversionCode.HTML_UNSUPPORTED_ATTRIBUTE,
          attributeFirst.get(name), what + where + "."));
    }
    if (removedCharacters > 0) {
      String where = removedCharacters == 1 ? "" : " (" + removedCharacters + " in all; this is the first)";
      out.set(removedIndex, ConversionProblem.warning(ConversionCode.INPUT_INVALID, removedFirst,
          String.format(java.util.Locale.ROOT, "The character U+%04X", removedFirstCodePoint)
              + " was removed: no article text may hold a control character, a noncharacter or an unpaired "
              + "surrogate" + where + "."));
    }
    return out;
  }
}
