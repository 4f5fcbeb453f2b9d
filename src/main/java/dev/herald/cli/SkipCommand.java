package dev.herald.cli;

import dev.herald.config.HeraldConfig;
import dev.herald.store.Store;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "skip", description = "Drop a queued, failed or in-doubt post: it will not be sent.")
final class SkipCommand extends StoreCommand {

  private static final String RULE = "skip works on queued, failed or in_doubt posts";

  @Parameters(paramLabel = "ID", description = "The post's id, as `herald status` shows it.")
  long id;

  @Override
  int run(HeraldConfig config, Store store, PrintWriter out, PrintWriter err) {
    return PostVerbs.apply(store, id, out, err, RULE,
        post -> store.posts().skip(id, "skipped by hand", Instant.now()) ? "post #" + id + " skipped" : null);
  }

  @Override
  int run(HeraldConfig config, DaemonClient daemon, PrintWriter out, PrintWriter err) throws DaemonClient.Unreachable {
    return PostVerbs.apply(daemon, id, "skip", Map.of("by", "cli"), out, err, RULE, reply -> "post #" + id + " skipped");
  }
}
