package dev.herald.config;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** Ids of sources and channels: the pattern they follow and uniqueness within their list. */
final class IdChecks {

  static final String EXPECTED = "an id of lower-case letters, digits, '-' and '_', starting with a letter or digit";

  private IdChecks() {}

  /** Reports each repeated id at the later item's {@code id} key, naming where it was first used. */
  static <T> void unique(String listName, List<T> items, List<Node> nodes, Function<T, String> id, Problems problems) {
    Map<String, Integer> first = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      String value = id.apply(items.get(i));
      if (value == null) continue;
      Integer earlier = first.putIfAbsent(value, i);
      if (earlier == null) continue;
      Node node = nodes.get(i);
      Node idNode = node instanceof Node.Mapping m ? m.entries().getOrDefault("id", node) : node;
      problems.error(listName + "[" + i + "].id", Problems.lineOf(idNode),
          "duplicate id '" + value + "' — " + listName + "[" + earlier + "] already uses it");
    }
  }
}
