package dev.herald.cli;

import dev.herald.config.HeraldConfig;
import dev.herald.store.Store;
import java.io.PrintWriter;
import java.time.Instant;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "retry", description = "Send a failed, in-doubt or skipped post again (its channel is resumed if paused).")
final class RetryCommand extends StoreCommand {

  @Parameters(paramLabel = "ID", description = "The post's id, as `status` shows it.")
  long id;

  @Override
  int run(HeraldConfig config, Store store, PrintWriter out, PrintWriter err) {
    return PostVerbs.apply(store, id, out, err, "retry works on failed, in_doubt or skipped posts", post -> {
      boolean done = store.posts().retry(id, Instant.now());
      if (done && store.channels().get(post.channelId()).paused()) store.channels().resume(post.channelId());
      return done ? "post #" + id + " is queued again on " + post.channelId() : null;
    });
  }
}
