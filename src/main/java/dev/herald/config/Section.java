package dev.herald.config;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Typed reads from one YAML map, reporting wrong types and bad values at their key path. Every
 * key read is remembered as known, so {@link #rejectUnknownKeys} can name the ones nobody asked for.
 * A missing or malformed value yields the fallback, so reading goes on and finds every problem.
 */
final class Section {

  private final String path;
  private final int line;
  private final Map<String, Node> entries;
  private final Problems problems;
  private final Set<String> known = new LinkedHashSet<>();
  private final boolean broken;

  private Section(String path, int line, Map<String, Node> entries, Problems problems, boolean broken) {
    this.path = path;
    this.line = line;
    this.entries = entries;
    this.problems = problems;
    this.broken = broken;
  }

  /** A section over {@code node}; an absent or null node is an empty section, anything but a map is an error. */
  static Section of(Node node, String path, int line, Problems problems) {
    if (node instanceof Node.Mapping map) return new Section(map.path(), map.line(), map.entries(), problems, false);
    boolean broken = node != null && !(node instanceof Node.Scalar s && s.text() == null);
    if (broken) problems.error(node, "expected a map of keys, got " + node.kind());
    int at = node == null ? line : node.line();
    return new Section(path, at, Map.of(), problems, broken);
  }

  String path() {
    return path;
  }

  String childPath(String key) {
    return Node.child(path, key);
  }

  Optional<Node> node(String key) {
    known.add(key);
    Node node = entries.get(key);
    if (node instanceof Node.Scalar s && s.text() == null) return Optional.empty();
    return Optional.ofNullable(node);
  }

  Section section(String key) {
    return Section.of(node(key).orElse(null), childPath(key), line, problems);
  }

  /** A single value, trimmed; blank counts as absent. */
  Optional<Node.Scalar> scalar(String key) {
    Optional<Node> node = node(key);
    if (node.isEmpty()) return Optional.empty();
    if (!(node.get() instanceof Node.Scalar s)) {
      problems.error(node.get(), "expected a single value, got " + node.get().kind());
      return Optional.empty();
    }
    return s.isBlank() ? Optional.empty() : Optional.of(s);
  }

  String text(String key, String fallback) {
    return scalar(key).map(s -> s.text().strip()).orElse(fallback);
  }

  /** Text that may contain a secret: kept exactly as written (no trimming). */
  String rawText(String key, String fallback) {
    return scalar(key).map(Node.Scalar::text).orElse(fallback);
  }

  /** A value that must be present and non-blank; reports "missing" (naming an unset variable) and returns null. */
  String required(String key) {
    String value = text(key, null);
    if (value == null) missing(key);
    return value;
  }

  /** Reports a missing key, unless the section or the value was already reported as the wrong kind. */
  void missing(String key) {
    Node node = entries.get(key);
    if (broken || (node != null && !(node instanceof Node.Scalar))) return;
    List<String> unset = node instanceof Node.Scalar s ? s.unsetVars() : List.of();
    Integer at = node != null ? Problems.lineOf(node) : (line > 0 ? line : null);
    String why = unset.isEmpty() ? "missing" : "missing — " + unsetPhrase(unset);
    problems.error(childPath(key), at, why);
  }

  static String unsetPhrase(List<String> unset) {
    return unset.size() == 1
        ? "environment variable " + unset.get(0) + " is not set"
        : "environment variables " + String.join(", ", unset) + " are not set";
  }

  <T> T parsed(String key, T fallback, Function<String, T> parser, String expected) {
    Optional<Node.Scalar> scalar = scalar(key);
    if (scalar.isEmpty()) return fallback;
    try {
      return parser.apply(scalar.get().text().strip());
    } catch (IllegalArgumentException e) {
      String text = scalar.get().text().strip();
      String reason = e instanceof NumberFormatException || e.getMessage() == null || e.getMessage().equals(text) ? "" : " (" + e.getMessage() + ")";
      problems.error(scalar.get(), "expected " + expected + ", got '" + text + "'" + reason);
      return fallback;
    }
  }

  /** YAML 1.1's yes/no/on/off are accepted too: Jackson reads them as booleans, and people write them. */
  boolean bool(String key, boolean fallback) {
    return parsed(key, fallback, Section::parseBoolean, "true or false");
  }

  int integer(String key, int fallback, int min, int max) {
    String expected = max == Integer.MAX_VALUE ? "a whole number ≥ " + min : "a whole number from " + min + " to " + max;
    return parsed(key, fallback, text -> {
      int n = Integer.parseInt(text);
      if (n < min || n > max) throw new IllegalArgumentException(text);
      return n;
    }, expected);
  }

  Duration duration(String key, Duration fallback, Duration min) {
    String expected = "a duration like 30s, 5m, 1h, 1d or PT2M, at least " + Durations.format(min);
    return parsed(key, fallback, text -> {
      Duration d = Values.duration(text);
      if (d.compareTo(min) < 0) throw new IllegalArgumentException(text);
      return d;
    }, expected);
  }

  /** A list of single values; one value alone is accepted as a one-item list. */
  List<String> strings(String key) {
    Optional<Node> node = node(key);
    if (node.isEmpty()) return List.of();
    if (node.get() instanceof Node.Scalar s) return s.isBlank() ? List.of() : List.of(s.text().strip());
    var out = new ArrayList<String>();
    for (Node item : items(node.get())) {
      if (item instanceof Node.Scalar s && !s.isBlank()) out.add(s.text().strip());
      else if (!(item instanceof Node.Scalar)) problems.error(item, "expected a single value, got " + item.kind());
    }
    return out;
  }

  /** The items of a list; anything else is reported and yields none. */
  List<Node> items(Node node) {
    if (node instanceof Node.Sequence seq) return seq.items();
    problems.error(node, "expected a list, got " + node.kind());
    return List.of();
  }

  /** Keys not read so far, in file order, with their nodes. */
  Map<String, Node> unread() {
    var out = new LinkedHashMap<String, Node>();
    entries.forEach((k, v) -> {
      if (!known.contains(k)) out.put(k, v);
    });
    return out;
  }

  /** Reports every key not read so far as unknown, listing the known ones. */
  void rejectUnknownKeys() {
    unread().forEach((key, node) -> problems.error(node, "unknown key '" + key + "' — known keys here: " + String.join(", ", known)));
  }

  void markKnown(Set<String> keys) {
    known.addAll(keys);
  }

  private static boolean parseBoolean(String text) {
    return switch (text.toLowerCase(java.util.Locale.ROOT)) {
      case "true", "yes", "on" -> true;
      case "false", "no", "off" -> false;
      default -> throw new IllegalArgumentException(text);
    };
  }
}
