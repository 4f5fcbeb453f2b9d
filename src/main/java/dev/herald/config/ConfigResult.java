package dev.herald.config;

import java.util.List;
import java.util.Optional;

/**
 * What {@link ConfigLoader} found: every problem (errors and warnings, in file order) and the
 * config, present only when no problem is an error.
 */
public record ConfigResult(Optional<HeraldConfig> config, List<ConfigProblem> problems) {

  public ConfigResult {
    problems = List.copyOf(problems);
    if (config.isPresent() && problems.stream().anyMatch(ConfigProblem::isError))
      throw new IllegalArgumentException("a config with errors must not be offered");
  }

  /** True when there are no errors (warnings allowed). */
  public boolean ok() {
    return config.isPresent();
  }

  public List<ConfigProblem> errors() {
    return problems.stream().filter(ConfigProblem::isError).toList();
  }

  public List<ConfigProblem> warnings() {
    return problems.stream().filter(p -> !p.isError()).toList();
  }
}
