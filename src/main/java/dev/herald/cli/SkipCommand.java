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

@Command(name = "skip", description = "Drop a queued, failed or in-doubt post: it will not be sent.")
final class SkipCommand extends StoreCommand {

  private static final String RULE = Operations.SKIP_RULE;

  @Parameters(paramLabel = "ID", description = "The post's id, as `status` shows it.")
  long id;

  @Override
  int run(HeraldConfig config, Store store, PrintWriter out, PrintWriter err) {
    OpResult result = Operations.offline(config, store, Clock.systemUTC()).skip(id, "skipped by hand", Actor.CLI);
    return PostVerbs.report(id, "skip", result, out, err, "post #" + id + " skipped");
  }

  @Override
  int run(HeraldConfig config, DaemonClient daemon, PrintWriter out, PrintWriter err) throws DaemonClient.Unreachable {
    return PostVerbs.apply(daemon, id, "skip", Map.of("by", "cli"), out, err, RULE, reply -> "post #" + id + " skipped");
  }
}
