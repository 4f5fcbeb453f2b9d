package dev.herald.config;

import java.util.List;
import java.util.Map;

/**
 * A parsed YAML value that remembers its key path and the line a person finds it on: the key's
 * line for a map entry, the item's first line for a list item.
 */
sealed interface Node permits Node.Scalar, Node.Mapping, Node.Sequence {

  String path();

  int line();

  /** How a message names this kind of value: "a map", "a list", "a single value". */
  String kind();

  /** {@code text} is null for YAML null; {@code unsetVars} are ${VAR}s without default that were unset. */
  record Scalar(String path, int line, String text, List<String> unsetVars) implements Node {
    public Scalar {
      unsetVars = List.copyOf(unsetVars);
    }

    boolean isBlank() {
      return text == null || text.isBlank();
    }

    @Override
    public String kind() {
      return "a single value";
    }
  }

  record Mapping(String path, int line, Map<String, Node> entries) implements Node {
    @Override
    public String kind() {
      return "a map";
    }
  }

  record Sequence(String path, int line, List<Node> items) implements Node {
    public Sequence {
      items = List.copyOf(items);
    }

    @Override
    public String kind() {
      return "a list";
    }
  }

  static String child(String path, String key) {
    return path.isEmpty() ? key : path + "." + key;
  }
}
