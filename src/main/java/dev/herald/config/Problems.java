package dev.herald.config;

import dev.herald.config.ConfigProblem.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Collects problems while a config is read; nothing here throws. */
final class Problems {

  private final List<ConfigProblem> found = new ArrayList<>();

  void error(String path, Integer line, String message) {
    found.add(new ConfigProblem(Severity.ERROR, path, line, message));
  }

  void error(Node node, String message) {
    error(node.path(), lineOf(node), message);
  }

  void warn(String path, Integer line, String message) {
    found.add(new ConfigProblem(Severity.WARNING, path, line, message));
  }

  void warn(Node node, String message) {
    warn(node.path(), lineOf(node), message);
  }

  /** Line 0 means the parser did not know it. */
  static Integer lineOf(Node node) {
    return node.line() > 0 ? node.line() : null;
  }

  boolean hasErrors() {
    return found.stream().anyMatch(ConfigProblem::isError);
  }

  boolean mentions(String path) {
    return found.stream().anyMatch(p -> p.path().equals(path));
  }

  /** File order: by line (file-wide problems first), then as found; every message redacted. */
  List<ConfigProblem> sorted() {
    return found.stream()
        .sorted(Comparator.comparing(ConfigProblem::line, Comparator.nullsFirst(Comparator.naturalOrder())))
        .map(p -> new ConfigProblem(p.severity(), p.path(), p.line(), Secrets.redact(p.message())))
        .toList();
  }
}
