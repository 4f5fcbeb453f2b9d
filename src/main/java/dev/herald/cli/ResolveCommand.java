package dev.herald.cli;

import dev.herald.config.HeraldConfig;
import dev.herald.store.Store;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "resolve", description = "Record that an in-doubt (or failed) post did go out, at the given URL.")
final class ResolveCommand extends StoreCommand {

  private static final String RULE = "resolve works on in_doubt, failed or queued posts";

  @Parameters(paramLabel = "ID", description = "The post's id, as `herald status` shows it.")
  long id;

  @Option(names = "--posted", required = true, paramLabel = "URL", description = "Where the post is on the platform.")
  String url;

  @Override
  int run(HeraldConfig config, Store store, PrintWriter out, PrintWriter err) {
    return PostVerbs.apply(store, id, out, err, RULE,
        post -> store.posts().resolve(id, url, Instant.now()) ? "post #" + id + " recorded as posted: " + url : null);
  }

  @Override
  int run(HeraldConfig config, DaemonClient daemon, PrintWriter out, PrintWriter err) throws DaemonClient.Unreachable {
    return PostVerbs.apply(daemon, id, "resolve", Map.of("posted", url), out, err, RULE,
        reply -> "post #" + id + " recorded as posted: " + url);
  }
}
