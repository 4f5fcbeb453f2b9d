package dev.herald.cli;

import dev.herald.config.HeraldConfig;
import dev.herald.store.Store;
import java.io.PrintWriter;
import dev.herald.ops.Actor;
import dev.herald.ops.OpResult;
import dev.herald.ops.Operations;
import java.time.Clock;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "retry", description = "Send a failed, in-doubt or skipped post again (its channel is resumed if paused).")
final class RetryCommand extends StoreCommand {

  private static final String RULE = Operations.RETRY_RULE;

  @Parameters(paramLabel = "ID", description = "The post's id, as `status` shows it.")
  long id;

  @Override
  int run(HeraldConfig config, Store store, PrintWriter out, PrintWriter err) {
    OpResult result = Operations.offline(config, store, Clock.systemUTC()).retry(id, Actor.CLI);
    return PostVerbs.report(id, "retry", result, out, err, result.done() ? queued(result.post().channelId()) : null);
  }

  @Override
  int run(HeraldConfig config, DaemonClient daemon, PrintWriter out, PrintWriter err) throws DaemonClient.Unreachable {
    return PostVerbs.apply(daemon, id, "retry", Map.of(), out, err, RULE, reply -> queued(reply.path("channel").asText()));
  }

  private String queued(String channel) {
    return "post #" + id + " is queued again on " + channel;
  }
}
