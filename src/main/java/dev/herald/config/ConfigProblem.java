package dev.herald.config;

/**
 * One thing wrong (or worth knowing) about a config file, at the key path a person would look for
 * ({@code channels[1].botToken}, {@code sources[0].every}; index from 0) and the line the YAML
 * parser saw it on, or null when no line is known. {@code path} is empty for the file as a whole.
 */
public record ConfigProblem(Severity severity, String path, Integer line, String message) {

  public enum Severity {
    ERROR,
    WARNING
  }

  public ConfigProblem {
    if (severity == null) throw new IllegalArgumentException("severity == null");
    path = path == null ? "" : path;
    message = message == null ? "" : message;
  }

  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** Reads like {@code channels[1].botToken (line 23): missing}; warnings start with "warning: ". */
  @Override
  public String toString() {
    var where = path.isEmpty() ? (line == null ? "" : "line " + line) : path + (line == null ? "" : " (line " + line + ")");
    var prefix = severity == Severity.WARNING ? "warning: " : "";
    return prefix + (where.isEmpty() ? message : where + ": " + message);
  }
}
