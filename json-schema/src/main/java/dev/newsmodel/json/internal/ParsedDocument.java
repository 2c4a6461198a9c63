package dev.newsmodel.json.internal;

import dev.newsmodel.json.Problem;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A document parsed into a tree with the location of every value, or the one syntax or limit problem
 * that stopped parsing.
 */
public final class ParsedDocument {
  private final @Nullable JsonNode root;
  private final Locations locations;
  private final @Nullable Problem problem;

  ParsedDocument(@Nullable JsonNode root, Locations locations, @Nullable Problem problem) {
    this.root = root;
    this.locations = locations;
    this.problem = problem;
  }

  /** Returns the tree, or null when parsing failed. */
  public @Nullable JsonNode root() {
    return root;
  }

  /** Returns where each value starts. */
  public Locations locations() {
    return locations;
  }

  /** Returns the problem that stopped parsing, or null. */
  public @Nullable Problem problem() {
    return problem;
  }
}
