package dev.herald.cli;

import dev.herald.channel.ChannelProviders;
import dev.herald.config.ConfigLoader;
import dev.herald.config.ConfigProblem;
import dev.herald.config.ConfigResult;
import dev.herald.config.HeraldConfig;
import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --config FILE}: defaults to {@code $HERALD_CONFIG}, else {@code config/herald.yml}. */
final class ConfigOption {

  @Option(names = {"-c", "--config"}, paramLabel = "FILE",
      description = "Config file (default: $HERALD_CONFIG, else config/herald.yml).")
  Path file;

  Path path() {
    if (file != null) return file;
    String fromEnv = System.getenv("HERALD_CONFIG");
    return Path.of(fromEnv != null && !fromEnv.isBlank() ? fromEnv : "config/herald.yml");
  }

  ConfigResult read() {
    return ConfigLoader.load(path(), System.getenv(), ChannelProviders.catalog());
  }

  /** For {@code preview}: the config without its channels' credentials, which composing never needs. */
  HeraldConfig loadWithoutCredentials(PrintWriter err) {
    return refuseOnErrors(ConfigLoader.loadWithoutCredentials(path(), System.getenv(), ChannelProviders.catalog()), err, false);
  }

  /** The validated config; on errors prints them all and refuses (exit 2). Warnings are for `check` and `run`. */
  HeraldConfig load(PrintWriter err) {
    return load(err, false);
  }

  HeraldConfig load(PrintWriter err, boolean showWarnings) {
    return refuseOnErrors(read(), err, showWarnings);
  }

  private HeraldConfig refuseOnErrors(ConfigResult result, PrintWriter err, boolean showWarnings) {
    for (ConfigProblem problem : result.problems()) {
      if (problem.isError() || showWarnings) err.println(label(problem) + problem);
    }
    err.flush();
    return result.config().orElseThrow(() -> new ConfigRefused(
        path() + " has " + result.errors().size() + " error(s); `herald check` lists them"));
  }

  /** Errors read {@code error: <path> (line N): …}; a warning's own text already starts with "warning: ". */
  static String label(ConfigProblem problem) {
    return problem.isError() ? "error: " : "";
  }
}
