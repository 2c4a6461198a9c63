package dev.newsmodel.maven;

import dev.newsmodel.json.Limits;

/**
 * The {@code <limits>} parameter: how much one article file may hold before reading stops with a located
 * problem, as json-schema's {@link Limits} names them. Every limit left out keeps its default:
 *
 * <pre>{@code
 * <limits>
 *   <maxDocumentBytes>1048576</maxDocumentBytes>
 *   <maxProblems>20</maxProblems>
 * </limits>
 * }</pre>
 *
 * <p>Maven fills in the fields; the plugin then reads them with {@link #toLimits()}.
 */
public class LimitSettings {
  private Integer maxDocumentBytes;
  private Integer maxDepth;
  private Integer maxStringLength;
  private Integer maxNameLength;
  private Integer maxNumberLength;
  private Integer maxValues;
  private Integer maxArrayItems;
  private Integer maxProblems;

  /** Creates settings with every limit at its default; Maven calls this for {@code <limits>}. */
  public LimitSettings() {}

  /**
   * Returns json-schema's defaults with the limits given here.
   *
   * @return the limits, not null
   * @throws IllegalArgumentException if a limit is out of range; the message names it
   */
  public Limits toLimits() {
    Limits limits = Limits.defaults();
    if (maxDocumentBytes != null) {
      limits = limits.withMaxDocumentBytes(maxDocumentBytes);
    }
    if (maxDepth != null) {
      limits = limits.withMaxDepth(maxDepth);
    }
    if (maxStringLength != null) {
      limits = limits.withMaxStringLength(maxStringLength);
    }
    if (maxNameLength != null) {
      limits = limits.withMaxNameLength(maxNameLength);
    }
    if (maxNumberLength != null) {
      limits = limits.withMaxNumberLength(maxNumberLength);
    }
    if (maxValues != null) {
      limits = limits.withMaxValues(maxValues);
    }
    if (maxArrayItems != null) {
      limits = limits.withMaxArrayItems(maxArrayItems);
    }
    if (maxProblems != null) {
      limits = limits.withMaxProblems(maxProblems);
    }
    return limits;
  }

  /**
   * Sets the largest document, in bytes (default 10 MiB).
   *
   * @param bytes the size, positive
   */
  public void setMaxDocumentBytes(int bytes) {
    this.maxDocumentBytes = bytes;
  }

  /**
   * Sets the deepest nesting of arrays and objects (default 64, at most 256).
   *
   * @param depth the depth
   */
  public void setMaxDepth(int depth) {
    this.maxDepth = depth;
  }

  /**
   * Sets the longest string, in characters (default 1 MiB).
   *
   * @param length the length, positive
   */
  public void setMaxStringLength(int length) {
    this.maxStringLength = length;
  }

  /**
   * Sets the longest property name, in characters (default 256).
   *
   * @param length the length, positive
   */
  public void setMaxNameLength(int length) {
    this.maxNameLength = length;
  }

  /**
   * Sets the longest number, in characters (default 64).
   *
   * @param length the length, positive
   */
  public void setMaxNumberLength(int length) {
    this.maxNumberLength = length;
  }

  /**
   * Sets the largest number of JSON values in one document (default 10,000).
   *
   * @param count the count, positive
   */
  public void setMaxValues(int count) {
    this.maxValues = count;
  }

  /**
   * Sets the largest number of items in one array (default 5,000).
   *
   * @param count the count, positive
   */
  public void setMaxArrayItems(int count) {
    this.maxArrayItems = count;
  }

  /**
   * Sets the largest number of problems listed for one document (default 100); the rest are counted.
   *
   * @param count the count, positive
   */
  public void setMaxProblems(int count) {
    this.maxProblems = count;
  }
}
