package dev.herald.cli;

import dev.herald.config.HeraldConfig;
import dev.herald.store.Store;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "retry", description = "Send a failed, in-doubt or skipped post again (its channel is resumed if paused).")
final class RetryCommand extends StoreCommand {

  private static final String RULE = "retry works on failed, in_doubt or skipped posts";

  @Parameters(paramLabel = "ID", description = "The post's id, as `herald status` shows it.")
  long id;

  @Override
  int run(HeraldConfig config, Store store, PrintWriter out, PrintWriter err) {
    return PostVerbs.apply(store, id, out, err, RULE, post -> {
      boolean done = store.posts().retry(id, Instant.now());
      if (done && store.channels().get(post.channelId()).paused()) store.channels().resume(post.channelId());
      return done ? queued(post.channelId()) : null;
    });
  }

  @Override
  int run(HeraldConfig config, DaemonClient daemon, PrintWriter out, PrintWriter err) throws DaemonClient.Unreachable {
    return PostVerbs.apply(daemon, id, "retry", Map.of(), out, err, RULE, reply -> queued(reply.path("channel").asText()));
  }

  private String queued(String channel) {
    return "post #" + id + " is queued again on " + channel;
  }
}
