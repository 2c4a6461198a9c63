package dev.newsmodel.json.internal;

import dev.newsmodel.core.Article;
import dev.newsmodel.core.lint.LintFinding;
import dev.newsmodel.core.lint.Linter;
import dev.newsmodel.json.Problem;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Lints what can be known of a document that has errors: the article read from its tree with every
 * value that stops the read left out, and only the findings that the left-out values cannot have
 * caused.
 *
 * <p>The reader runs on a copy of the tree; at each value it refuses (a schema keyword, a model rule,
 * a missing required property, which refuses the enclosing object) that value is removed, a property
 * from its object or an item from its array, and the reader runs again, until it builds an article.
 * When what it refuses is the root itself (a required property of the article, such as its headline),
 * or after {@link #MAX_REMOVALS} removals, nothing is linted. A finding is then kept only if its
 * pointer is neither a removed value, nor inside one, nor encloses one (a "no byline" finding is
 * dropped when an invalid byline was removed), the root aside; its pointer and location are those of
 * the original document.
 */
final class BestEffortLint {
  /** Removals after which the document is given up: each costs one more read of the tree. */
  static final int MAX_REMOVALS = 100;

  private BestEffortLint() {}

  /**
   * Returns the lint problems of a document's tree that failed the schema or the model's rules.
   *
   * @param root the document's tree, not changed, not null
   * @param locations where each value of the original starts, not null
   * @param linter the linter, not null
   * @return the problems, possibly empty, not null
   */
  static List<Problem> problems(JsonNode root, Locations locations, Linter linter) {
    JsonNode tree = root.deepCopy();
    Map<JsonNode, String> original = new IdentityHashMap<>();
    index(tree, "", original);
    List<String> removed = new ArrayList<>();
    Article article = null;
    for (int attempt = 0; attempt <= MAX_REMOVALS && article == null; attempt++) {
      try {
        article = ArticleReader.article(tree);
      } catch (ReadFailure f) {
        if (attempt == MAX_REMOVALS || !remove(tree, f.pointer(), original, removed)) {
          return List.of();
        }
      } catch (RuntimeException e) {
        return List.of(); // not one value to blame: nothing can be known
      }
    }
    if (article == null) {
      return List.of();
    }
    List<Problem> problems = new ArrayList<>();
    for (LintFinding finding : linter.lint(article)) {
      String pointer = originalPointer(tree, Pointers.fromModelPath(finding.path()), original);
      if (related(pointer, removed)) {
        continue;
      }
      int[] at = locations.of(pointer);
      problems.add(Problem.of(finding.code(), finding.severity(), pointer, at[0], at[1], finding.message()));
    }
    return problems;
  }

  /**
   * Records the original pointer of every object, array and non-empty string, which are distinct nodes
   * (Jackson shares the nodes of small numbers, booleans, null and the empty string).
   */
  private static void index(JsonNode node, String pointer, Map<JsonNode, String> original) {
    if (node.isObject() || node.isArray() || (node.isString() && !node.stringValue().isEmpty())) {
      original.put(node, pointer);
    }
    if (node.isObject()) {
      for (String name : node.propertyNames()) {
        index(node.get(name), Pointers.child(pointer, name), original);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        index(node.get(i), Pointers.child(pointer, i), original);
      }
    }
  }

  /**
   * Removes the deepest value on the pointer's path (the value itself when the tree has it); returns
   * false when that is the root.
   */
  private static boolean remove(JsonNode tree, String pointer, Map<JsonNode, String> original, List<String> removed) {
    List<String> tokens = tokens(pointer);
    JsonNode parent = null;
    JsonNode node = tree;
    String token = null;
    for (String t : tokens) {
      JsonNode child = child(node, t);
      if (child == null) {
        break;
      }
      parent = node;
      node = child;
      token = t;
    }
    if (parent == null || token == null) {
      return false;
    }
    String at = original.get(node);
    removed.add(at != null ? at : Pointers.child(originalOf(parent, original), token));
    if (parent instanceof ObjectNode) {
      ((ObjectNode) parent).remove(token);
    } else {
      ((ArrayNode) parent).remove(Locations.index(token));
    }
    return true;
  }

  /** Returns the original pointer of a pointer into the pruned tree, whose array items may have moved. */
  private static String originalPointer(JsonNode tree, String pointer, Map<JsonNode, String> original) {
    JsonNode node = tree;
    String at = "";
    List<String> tokens = tokens(pointer);
    for (int i = 0; i < tokens.size(); i++) {
      JsonNode child = child(node, tokens.get(i));
      if (child == null) {
        // Not in the tree (a missing attribute): the rest of the path names no array item of it.
        StringBuilder rest = new StringBuilder(at);
        for (int k = i; k < tokens.size(); k++) {
          rest.append('/').append(tokens.get(k).replace("~", "~0").replace("/", "~1"));
        }
        return rest.toString();
      }
      String known = original.get(child);
      at = known != null ? known : Pointers.child(at, tokens.get(i));
      node = child;
    }
    return at;
  }

  private static String originalOf(JsonNode node, Map<JsonNode, String> original) {
    String at = original.get(node);
    return at == null ? "" : at;
  }

  private static @Nullable JsonNode child(JsonNode node, String token) {
    if (node.isObject()) {
      return node.get(token);
    }
    if (node.isArray()) {
      int index = Locations.index(token);
      return index < 0 || index >= node.size() ? null : node.get(index);
    }
    return null;
  }

  /** Whether a finding's pointer is a removed value, inside one or encloses one (the root encloses none). */
  private static boolean related(String pointer, List<String> removed) {
    for (String r : removed) {
      if (within(pointer, r) || (!pointer.isEmpty() && within(r, pointer))) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code inner} is {@code outer} or a pointer below it. */
  private static boolean within(String inner, String outer) {
    return inner.equals(outer) || (inner.startsWith(outer) && inner.charAt(outer.length()) == '/');
  }

  /** The unescaped tokens of a pointer. */
  private static List<String> tokens(String pointer) {
    List<String> tokens = new ArrayList<>();
    int start = 0;
    while (start < pointer.length() && pointer.charAt(start) == '/') {
      int end = pointer.indexOf('/', start + 1);
      if (end < 0) {
        end = pointer.length();
      }
      tokens.add(pointer.substring(start + 1, end).replace("~1", "/").replace("~0", "~"));
      start = end;
    }
    return tokens;
  }
}
