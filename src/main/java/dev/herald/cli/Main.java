package dev.herald.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code java -jar herald.jar <command>}: exit 0 success, 1 a post failed for good, 2 bad config or usage. */
@Command(
    name = "herald",
    mixinStandardHelpOptions = true,
    version = "Herald 0.1.0",
    description = "Watches a news outlet's feeds and posts every new article to its social channels.",
    subcommands = {
      RunCommand.class, OnceCommand.class, PreviewCommand.class, CheckCommand.class, StatusCommand.class,
      RetryCommand.class, SkipCommand.class, ResolveCommand.class
    })
public final class Main implements Runnable {

  public static final int OK = 0;
  public static final int POST_FAILED = 1;
  public static final int BAD_CONFIG = 2;

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
    return new CommandLine(new Main())
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
