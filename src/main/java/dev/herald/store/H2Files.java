package dev.herald.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Prepares an embedded H2 file URL: a private directory to live in, commits that survive a crash,
 * and no TCP server: a second process (such as {@code herald status}) asks the running daemon's
 * admin API instead of opening the file.
 */
final class H2Files {

  private static final String FILE_PREFIX = "jdbc:h2:file:";
  private static final String ASYNC_PREFIX = "jdbc:h2:async:";

  private H2Files() {}

  /** Returns the URL to connect with; creates the database's parent directory (0700) as a side effect. */
  static String prepare(String url) {
    Optional<Path> file = databaseFile(url);
    if (file.isEmpty()) return url;
    String rest = url.substring(FILE_PREFIX.length());
    int semicolon = rest.indexOf(';');
    String path = semicolon < 0 ? rest : rest.substring(0, semicolon);
    String options = semicolon < 0 ? "" : rest.substring(semicolon);
    // H2 2.x refuses paths implicitly relative to the working directory; the config promises them.
    if (!path.startsWith("/") && !path.startsWith(".") && !path.startsWith("~") && !isWindowsAbsolute(path)) {
      path = "./" + path;
    }
    createParent(file.get());
    // H2 writes commits to the file up to half a second late by default: a claim (queued → sending) lost
    // in a crash would send the post again. WRITE_DELAY=0 writes each commit before it returns.
    if (!options.toUpperCase(Locale.ROOT).contains(";WRITE_DELAY=")) options += ";WRITE_DELAY=0";
    // Same file, but through AsynchronousFileChannel: a plain FileChannel is closed by Thread.interrupt(),
    // and Quartz interrupts its threads on shutdown — H2 then reports the database closed mid-write and
    // Quartz retries forever. The async file system is not affected by interrupts.
    return ASYNC_PREFIX + path + options;
  }

  /** The database's base path ({@code ./data/herald} for {@code jdbc:h2:file:./data/herald}), for file URLs only. */
  static Optional<Path> databaseFile(String url) {
    if (url == null || !url.startsWith(FILE_PREFIX)) return Optional.empty();
    String rest = url.substring(FILE_PREFIX.length());
    int semicolon = rest.indexOf(';');
    String path = semicolon < 0 ? rest : rest.substring(0, semicolon);
    String expanded = path.startsWith("~") ? System.getProperty("user.home") + path.substring(1) : path;
    return Optional.of(Path.of(expanded).toAbsolutePath().normalize());
  }

  private static boolean isWindowsAbsolute(String path) {
    return path.length() > 2 && path.charAt(1) == ':';
  }

  private static void createParent(Path file) {
    Path parent = file.getParent();
    if (parent == null) return;
    try {
      PrivateFiles.createDirectories(parent);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the database directory " + parent, e);
    }
  }
}
