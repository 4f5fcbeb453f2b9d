package dev.herald.cli;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.herald.config.StoreSettings;
import dev.herald.store.Database;
import dev.herald.store.PrivateFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Optional;

/**
 * {@code data/herald.run} beside an embedded store: which process holds the H2 file, where its admin API
 * answers on this machine, and the per-run token the CLI shows it. Written 0600 by {@code run} once the
 * admin server is up, deleted on a clean stop; a crash leaves it behind, so readers check the pid.
 * {@code url} and {@code token} are null when the admin server is disabled.
 */
record RunFile(long pid, String url, String token) {

  private static final SecureRandom RANDOM = new SecureRandom();

  /** Where the run file of this store lives; empty for PostgreSQL and other non-file stores. */
  static Optional<Path> path(StoreSettings store) {
    return Database.embeddedFile(store).map(base -> base.resolveSibling(base.getFileName() + ".run"));
  }

  /** A fresh, unguessable token for one run (256 bits). */
  static String newToken() {
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** The run file of a live daemon, if one holds this store; a file left by a crashed run is ignored. */
  static Optional<RunFile> live(StoreSettings store) {
    Optional<Path> file = path(store).filter(Files::isRegularFile);
    if (file.isEmpty()) return Optional.empty();
    try {
      RunFile run = Json.MAPPER.readValue(file.get().toFile(), RunFile.class);
      return ProcessHandle.of(run.pid()).filter(ProcessHandle::isAlive).map(p -> run);
    } catch (IOException e) {
      return Optional.empty(); // half-written or foreign: not a daemon we can ask
    }
  }

  void write(Path file) throws IOException {
    PrivateFiles.write(file, Json.MAPPER.writeValueAsString(this) + "\n");
  }

  // Built on first use: every store command asks for the run file, and without one Jackson's
  // databind (about half a second to start) is never needed.
  private static final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
  }
}
