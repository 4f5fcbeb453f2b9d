package dev.herald.cli;

import dev.herald.config.HeraldConfig;
import dev.herald.pipeline.StatusReport;
import dev.herald.pipeline.StatusJson;
import dev.herald.store.Store;
import java.io.PrintWriter;
import java.time.Clock;
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

  @Override
  int run(HeraldConfig config, Store store, PrintWriter out, PrintWriter err) {
    return print(config, StatusReport.build(config, store, Clock.systemUTC(), recent()), out);
  }

  @Override
  int run(HeraldConfig config, DaemonClient daemon, PrintWriter out, PrintWriter err) throws DaemonClient.Unreachable {
    return print(config, daemon.status(recent()), out);
  }

  private int recent() {
    return json && spec.commandLine().getParseResult().matchedOption("--limit") == null ? 200 : limit;
  }

  private int print(HeraldConfig config, StatusReport report, PrintWriter out) {
    StatusReport shown = report.only(channel);
    out.println(json ? StatusJson.write(shown) : new StatusText(config.outlet().timezone()).render(shown));
    return Main.OK;
  }
}
