package dev.herald.config;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces {@code ${VAR}} and {@code ${VAR:-default}} in a scalar with values from the environment
 * map. As in a shell, the default also applies when VAR is set but empty.
 */
final class EnvInterpolator {

  private static final Pattern REFERENCE = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?::-([^}]*))?}");

  /** The text with references replaced, the unset variables that became empty, those defaulted, and the values taken from the environment. */
  record Result(String text, List<String> unset, List<String> defaulted, List<String> values) {

    Result(String text, List<String> unset, List<String> defaulted) {
      this(text, unset, defaulted, List.of());
    }
  }

  private final Map<String, String> env;

  EnvInterpolator(Map<String, String> env) {
    this.env = Map.copyOf(env);
  }

  Result apply(String text) {
    if (text == null || !text.contains("${")) return new Result(text, List.of(), List.of());
    var unset = new ArrayList<String>();
    var defaulted = new ArrayList<String>();
    var values = new ArrayList<String>();
    Matcher m = REFERENCE.matcher(text);
    var out = new StringBuilder();
    while (m.find()) {
      String name = m.group(1);
      String value = env.get(name);
      String fallback = m.group(2);
      if (value == null || (value.isEmpty() && fallback != null)) {
        if (fallback == null) unset.add(name);
        else defaulted.add(name);
        value = fallback == null ? "" : fallback;
      } else {
        values.add(value);
      }
      m.appendReplacement(out, Matcher.quoteReplacement(value));
    }
    m.appendTail(out);
    return new Result(out.toString(), unset, defaulted, values);
  }
}
