package dev.herald.cli;

import com.fasterxml.jackson.databind.JsonNode;
import dev.herald.config.HeraldConfig;
import dev.herald.config.Invocation;
import dev.herald.ops.PostHistory;
import dev.herald.pipeline.StatusReport;
import dev.herald.pipeline.StatusJson;
import dev.herald.store.Store;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "status", description = {
    "What was posted, what is queued (with each channel's next slot), what failed or is in doubt and why.",
    "--json prints the same as one JSON document for scripts."})
final class StatusCommand extends StoreCommand {

  @Option(names = "--json", description = "Print one JSON document.")
  boolean json;

  @Option(names = "--limit", defaultValue = "20", description = "Recent posts to list (default ${DEFAULT-VALUE}; --json lists 200 unless set).")
  int limit;

  @Option(names = "--channel", paramLabel = "ID", description = "Only this channel.")
  String channel;

  @Option(names = "--post", paramLabel = "ID", description = "One post and its whole history: each state it entered and who did what (the audit log).")
  Long post;

  @Override
  int run(HeraldConfig config, Store store, PrintWriter out, PrintWriter err) {
    if (post != null) {
      return history(PostHistory.of(store, post).map(h -> (JsonNode) StatusJson.mapper().valueToTree(h)), out, err);
    }
    return print(config, StatusReport.build(config, store, Clock.systemUTC(), recent()), out);
  }

  @Override
  int run(HeraldConfig config, DaemonClient daemon, PrintWriter out, PrintWriter err) throws DaemonClient.Unreachable {
    if (post != null) {
      DaemonClient.Reply reply = daemon.get("/api/posts/" + post);
      return history(reply.code() == 200 ? Optional.of(reply.json()) : Optional.empty(), out, err);
    }
    return print(config, daemon.status(recent()), out);
  }

  private int recent() {
    return json && spec.commandLine().getParseResult().matchedOption("--limit") == null ? 200 : limit;
  }

  private int history(Optional<JsonNode> found, PrintWriter out, PrintWriter err) {
    if (found.isEmpty()) {
      err.println("herald: there is no post #" + post + " (see `" + Invocation.command("status") + "`)");
      return Main.POST_FAILED;
    }
    JsonNode h = found.get();
    if (json) {
      out.println(h.toPrettyString());
      return Main.OK;
    }
    out.println(TerminalText.clean("#" + h.path("id").asText() + " " + h.path("channel").asText() + " " + h.path("state").asText()
        + " — " + h.path("headline").asText("")));
    out.println(TerminalText.clean(h.path("text").asText("")));
    for (JsonNode e : h.path("history")) {
      String what = e.path("kind").asText().equals("action")
          ? e.path("actor").asText() + " " + e.path("action").asText()
              + (e.hasNonNull("after") ? ": " + e.path("before").asText("—") + " → " + e.path("after").asText() : "")
          : e.path("state").asText() + (e.hasNonNull("message") ? ": " + e.path("message").asText() : "");
      out.println("  " + e.path("at").asText() + "  " + TerminalText.clean(what));
    }
    return Main.OK;
  }

  private int print(HeraldConfig config, StatusReport report, PrintWriter out) {
    StatusReport shown = report.only(channel);
    out.println(json ? StatusJson.write(shown) : new StatusText(config.outlet().timezone()).render(shown));
    return Main.OK;
  }
}
