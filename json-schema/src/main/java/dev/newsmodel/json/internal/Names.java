package dev.newsmodel.json.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The JSON names of the model's enums: lower case, words joined by hyphens, such as
 * {@code TRANSLATION_OF} as {@code translation-of}.
 */
public final class Names {
  private Names() {}

  /**
   * Returns the JSON name of an enum constant, such as {@code editors-note}.
   *
   * @param value the constant, not null
   * @return the name, not null
   */
  public static String of(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** The constants of an enum by their JSON names; exact match only, no case folding. */
  static final class Table<E extends Enum<E>> {
    private final Map<String, E> byName = new HashMap<>();
    private final String list;

    Table(Class<E> type) {
      StringBuilder names = new StringBuilder();
      for (E e : type.getEnumConstants()) {
        byName.put(of(e), e);
        names.append(names.length() == 0 ? "" : ", ").append('"').append(of(e)).append('"');
      }
      this.list = names.toString();
    }

    Optional<E> get(String name) {
      return Optional.ofNullable(byName.get(name));
    }

    String list() {
      return list;
    }
  }
}
