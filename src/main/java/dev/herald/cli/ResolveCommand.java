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
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "resolve", description = "Record that an in-doubt (or failed) post did go out, at the given URL.")
final class ResolveCommand extends StoreCommand {

  private static final String RULE = Operations.RESOLVE_RULE;

  @Parameters(paramLabel = "ID", description = "The post's id, as `status` shows it.")
  long id;

  @Option(names = "--posted", required = true, paramLabel = "URL", description = "Where the post is on the platform: an http(s) URL on the channel's own platform host.")
  String url;

  @Override
  int run(HeraldConfig config, Store store, PrintWriter out, PrintWriter err) {
    // The daemon runs the same operation, so both paths refuse the same URLs alike.
    OpResult result = Operations.offline(config, store, Clock.systemUTC()).resolve(id, url, Actor.CLI);
    return PostVerbs.report(id, "resolve", result, out, err, "post #" + id + " recorded as posted: " + url);
  }

  @Override
  int run(HeraldConfig config, DaemonClient daemon, PrintWriter out, PrintWriter err) throws DaemonClient.Unreachable {
    return PostVerbs.apply(daemon, id, "resolve", Map.of("posted", url), out, err, RULE,
        reply -> "post #" + id + " recorded as posted: " + url);
  }
}
