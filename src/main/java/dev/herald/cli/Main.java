package dev.herald.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code java -jar herald.jar <command>}: exit 0 success, 1 a post failed for good, 2 bad config or usage. */
@Command(
    name = "herald",
    mixinStandardHelpOptions = true,
    version = "Herald 0.1.0",
    description = "Watches a news outlet's feeds and posts every new article to its social channels.")
public final class Main implements Runnable {

  public static final int OK = 0;
  public static final int POST_FAILED = 1;
  public static final int BAD_CONFIG = 2;

  /** The commands, by name, in the order help lists them. */
  private static final Map<String, Supplier<Object>> COMMANDS = commands();

  private static Map<String, Supplier<Object>> commands() {
    var commands = new LinkedHashMap<String, Supplier<Object>>();
    commands.put("run", RunCommand::new);
    commands.put("once", OnceCommand::new);
    commands.put("preview", PreviewCommand::new);
    commands.put("check", CheckCommand::new);
    commands.put("status", StatusCommand::new);
    commands.put("retry", RetryCommand::new);
    commands.put("skip", SkipCommand::new);
    commands.put("resolve", ResolveCommand::new);
    return commands;
  }

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    // Twitter4J rides on HttpURLConnection, which silently re-sends a POST whose connection dropped:
    // that would be a second tweet. The JDK reads this once, so it must be set before any request.
    System.setProperty("sun.net.http.retryPost", "false");
    System.setProperty("java.awt.headless", "true");
    System.exit(execute(args));
  }

  /** Runs a command and returns its exit code (tests call this in-process). */
  public static int execute(String... args) {
    var line = new CommandLine(new Main());
    // Picocli builds a model for every command it is given: a command line that names one gets that one
    // only (a tenth of a second off every short command); help, typos and no command get them all.
    var named = args.length > 0 ? COMMANDS.get(args[0]) : null;
    if (named != null) {
      StoreWarmUp.startFor(args[0]);
      line.addSubcommand(args[0], named.get());
    } else {
      COMMANDS.forEach((name, command) -> line.addSubcommand(name, command.get()));
    }
    return line
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setExecutionExceptionHandler((e, cmd, parsed) -> {
          cmd.getErr().println("herald: " + dev.herald.config.Secrets.redact(String.valueOf(e.getMessage())));
          return e instanceof ConfigRefused ? BAD_CONFIG : POST_FAILED;
        })
        .execute(args);
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: run, once, preview, check, status, retry, skip or resolve");
  }
}
