package dev.newsmodel.json.internal;

/**
 * The sentences of the count limits and of the problem cap, in one place, written with string
 * concatenation only, so they read the same in every default locale.
 */
public final class LimitMessages {
  private LimitMessages() {}

  /**
   * Returns the message of {@link ProblemCodes#LIMIT_VALUES}.
   *
   * @param max the limit
   * @return the message, not null
   */
  public static String values(int max) {
    return "Expected at most " + max + " JSON values in the document (limit maxValues), but found more; "
        + "reading stopped at value " + ((long) max + 1) + ".";
  }

  /**
   * Returns the message of {@link ProblemCodes#LIMIT_ARRAY_ITEMS}.
   *
   * @param max the limit
   * @return the message, not null
   */
  public static String arrayItems(int max) {
    return "Expected at most " + max + " items in one array (limit maxArrayItems), but found more; "
        + "reading stopped at item " + ((long) max + 1) + ".";
  }

  /**
   * Returns the line that ends a report whose problems were cut at the cap, such as
   * {@code article.json: and 3 more problems (limit maxProblems is 100)}.
   *
   * @param fileName the file name, not null
   * @param omitted how many problems were left out, positive
   * @param max the cap
   * @return the line, not null
   */
  public static String omitted(String fileName, long omitted, int max) {
    return fileName + ": and " + omitted + " more problem" + (omitted == 1 ? "" : "s")
        + " (limit maxProblems is " + max + ")";
  }
}
