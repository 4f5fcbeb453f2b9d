package dev.herald.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** Prepares an embedded H2 file URL: a directory to live in, room for a second process, commits that survive a crash. */
final class H2Files {

  private static final String FILE_PREFIX = "jdbc:h2:file:";
  private static final String ASYNC_PREFIX = "jdbc:h2:async:";

  private H2Files() {}

  /** Returns the URL to connect with; creates the database's parent directory as a side effect. */
  static String prepare(String url) {
    if (!url.startsWith(FILE_PREFIX)) return url;
    String rest = url.substring(FILE_PREFIX.length());
    int semicolon = rest.indexOf(';');
    String path = semicolon < 0 ? rest : rest.substring(0, semicolon);
    String options = semicolon < 0 ? "" : rest.substring(semicolon);
    // H2 2.x refuses paths implicitly relative to the working directory; the config promises them.
    if (!path.startsWith("/") && !path.startsWith(".") && !path.startsWith("~") && !isWindowsAbsolute(path)) {
      path = "./" + path;
    }
    createParent(path);
    // AUTO_SERVER lets `herald status` read the file while `herald run` holds it open.
    if (!options.toUpperCase(Locale.ROOT).contains(";AUTO_SERVER=")) options += ";AUTO_SERVER=TRUE";
    // H2 writes commits to the file up to half a second late by default: a claim (queued → sending) lost
    // in a crash would send the post again. WRITE_DELAY=0 writes each commit before it returns.
    if (!options.toUpperCase(Locale.ROOT).contains(";WRITE_DELAY=")) options += ";WRITE_DELAY=0";
    // Same file, but through AsynchronousFileChannel: a plain FileChannel is closed by Thread.interrupt(),
    // and Quartz interrupts its threads on shutdown — H2 then reports the database closed mid-write and
    // Quartz retries forever. The async file system is not affected by interrupts.
    return ASYNC_PREFIX + path + options;
  }

  private static boolean isWindowsAbsolute(String path) {
    return path.length() > 2 && path.charAt(1) == ':';
  }

  private static void createParent(String path) {
    String expanded = path.startsWith("~") ? System.getProperty("user.home") + path.substring(1) : path;
    Path parent = Path.of(expanded).toAbsolutePath().getParent();
    if (parent == null) return;
    try {
      Files.createDirectories(parent);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the database directory " + parent, e);
    }
  }
}
