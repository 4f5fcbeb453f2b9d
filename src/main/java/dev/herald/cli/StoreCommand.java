package dev.herald.cli;

import dev.herald.config.HeraldConfig;
import dev.herald.store.Database;
import dev.herald.store.Store;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** A command that works on the store alone: no channel client is built, no platform called. */
abstract class StoreCommand implements Callable<Integer> {

  @Mixin ConfigOption config;
  @Spec CommandSpec spec;

  @Override
  public final Integer call() {
    HeraldConfig cfg = config.load(spec.commandLine().getErr());
    try (Database db = Database.open(cfg.store())) {
      int code = run(cfg, new Store(db), spec.commandLine().getOut(), spec.commandLine().getErr());
      spec.commandLine().getOut().flush();
      return code;
    }
  }

  abstract int run(HeraldConfig config, Store store, PrintWriter out, PrintWriter err);
}
