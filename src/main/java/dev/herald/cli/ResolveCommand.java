package dev.herald.cli;

import dev.herald.config.HeraldConfig;
import dev.herald.pipeline.PostedUrlRule;
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

  @Parameters(paramLabel = "ID", description = "The post's id, as `status` shows it.")
  long id;

  @Option(names = "--posted", required = true, paramLabel = "URL", description = "Where the post is on the platform: an http(s) URL on the channel's own platform host.")
  String url;

  @Override
  int run(HeraldConfig config, Store store, PrintWriter out, PrintWriter err) {
    // The daemon applies the same rule (AdminServer), so both paths refuse the same URLs alike.
    var refusal = store.posts().find(id).flatMap(p -> PostedUrlRule.refusal(config, p.channelId(), url));
    if (refusal.isPresent()) return PostVerbs.refused(id, "resolve", refusal.get(), err);
    return PostVerbs.apply(store, id, out, err, RULE,
        post -> store.posts().resolve(id, url, Instant.now()) ? "post #" + id + " recorded as posted: " + url : null);
  }

  @Override
  int run(HeraldConfig config, DaemonClient daemon, PrintWriter out, PrintWriter err) throws DaemonClient.Unreachable {
    return PostVerbs.apply(daemon, id, "resolve", Map.of("posted", url), out, err, RULE,
        reply -> "post #" + id + " recorded as posted: " + url);
  }
}
