package dev.herald.cli;

/** The config has errors: they were printed with their key paths; the command exits 2. */
final class ConfigRefused extends RuntimeException {

  ConfigRefused(String message) {
    super(message);
  }
}
