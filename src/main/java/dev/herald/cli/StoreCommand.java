package dev.herald.cli;

import dev.herald.config.HeraldConfig;
import dev.herald.store.Database;
import dev.herald.store.Store;
import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A command that works on the store alone: no channel client is built, no platform called. While
 * {@code herald run} holds an embedded store (its {@code herald.run} names a live process) the command
 * asks that daemon's admin API instead, with the same output and exit code; with PostgreSQL it always
 * talks to the database.
 */
abstract class StoreCommand implements Callable<Integer> {

  @Mixin ConfigOption config;
  @Spec CommandSpec spec;

  @Override
  public final Integer call() {
    HeraldConfig cfg = config.load(spec.commandLine().getErr());
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Optional<RunFile> daemon = RunFile.live(cfg.store());
    if (daemon.isPresent()) {
      Integer code = askDaemon(cfg, daemon.get(), out, err);
      if (code != null) return code;
    }
    try (Database db = Database.open(cfg.store())) {
      int code = run(cfg, new Store(db), out, err);
      out.flush();
      return code;
    }
  }

  /** The exit code, or null when the daemon did not answer and the store may be free (a stale run file). */
  private Integer askDaemon(HeraldConfig cfg, RunFile run, PrintWriter out, PrintWriter err) {
    if (run.url() == null) {
      err.println("herald: `herald run` (pid " + run.pid() + ") holds the store and its admin server is disabled;"
          + " set admin.enabled: true (the token may stay blank) or stop it to use `" + spec.name() + "`");
      err.flush();
      return Main.BAD_CONFIG;
    }
    try {
      int code = run(cfg, new DaemonClient(run), out, err);
      out.flush();
      err.flush();
      return code;
    } catch (DaemonClient.Unreachable e) {
      return null;
    }
  }

  abstract int run(HeraldConfig config, Store store, PrintWriter out, PrintWriter err);

  /** The same command through the running daemon's admin API; same output, same exit code. */
  abstract int run(HeraldConfig config, DaemonClient daemon, PrintWriter out, PrintWriter err) throws DaemonClient.Unreachable;
}
