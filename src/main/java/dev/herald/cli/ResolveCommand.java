package dev.herald.cli;

import dev.herald.config.HeraldConfig;
import dev.herald.pipeline.PostedUrlRule;
import dev.herald.store.Store;
import java.io.PrintWriter;
import java.time.Instant;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "resolve", description = "Record that an in-doubt (or failed) post did go out, at the given URL.")
final class ResolveCommand extends StoreCommand {

  @Parameters(paramLabel = "ID", description = "The post's id, as `status` shows it.")
  long id;

  @Option(names = "--posted", required = true, paramLabel = "URL", description = "Where the post is on the platform: an http(s) URL on the channel's own platform host.")
  String url;

  @Override
  int run(HeraldConfig config, Store store, PrintWriter out, PrintWriter err) {
    var refusal = store.posts().find(id).flatMap(p -> PostedUrlRule.refusal(config, p.channelId(), url));
    if (refusal.isPresent()) {
      err.println("herald: post #" + id + " not resolved: " + refusal.get());
      return Main.BAD_CONFIG;
    }
    return PostVerbs.apply(store, id, out, err, "resolve works on in_doubt, failed or queued posts",
        post -> store.posts().resolve(id, url, Instant.now()) ? "post #" + id + " recorded as posted: " + url : null);
  }
}
