package dev.herald.config;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Reads {@code herald.yml}: interpolates {@code ${VAR}} / {@code ${VAR:-default}} from {@code env},
 * validates every key (platform keys against the {@link ChannelCatalog} passed in), fills defaults
 * and registers every secret with {@link Secrets}. Never throws for bad input: a missing file, broken
 * YAML and bad values all come back as problems with their key path and line. Safe to call again
 * (e.g. for {@code check} and then {@code run}).
 */
public final class ConfigLoader {

  private ConfigLoader() {}

  /** Loads with the installed channel types ({@link ChannelCatalog#installed()}). */
  public static ConfigResult load(Path file, Map<String, String> env) {
    return load(file, env, ChannelCatalog.installed());
  }

  /** Loads with exactly these channel types and card layouts. */
  public static ConfigResult load(Path file, Map<String, String> env, ChannelCatalog catalog) {
    return load(file, env, catalog, true);
  }

  /**
   * As {@link #load(Path, Map, ChannelCatalog)}, but a channel's missing required keys (its
   * credentials, typically unset environment variables) are no error: for {@code preview}, which
   * composes without ever reaching a platform. Malformed values are still errors.
   */
  public static ConfigResult loadWithoutCredentials(Path file, Map<String, String> env, ChannelCatalog catalog) {
    return load(file, env, catalog, false);
  }

  /** Loads YAML given as text (for tools and tests); problems read as for a file. */
  public static ConfigResult parse(String yaml, Map<String, String> env, ChannelCatalog catalog) {
    return parse(yaml, env, catalog, true, new Problems());
  }

  private static ConfigResult load(Path file, Map<String, String> env, ChannelCatalog catalog, boolean requireCredentials) {
    var problems = new Problems();
    Optional<String> text = read(file, problems);
    if (text.isEmpty()) return new ConfigResult(Optional.empty(), problems.sorted());
    return parse(text.get(), env, catalog, requireCredentials, problems);
  }

  private static ConfigResult parse(String yaml, Map<String, String> env, ChannelCatalog catalog, boolean requireCredentials,
      Problems problems) {
    var reader = new YamlTreeReader(new EnvInterpolator(env), problems);
    Optional<Node> root = reader.read(yaml);
    if (root.isEmpty()) return new ConfigResult(Optional.empty(), problems.sorted());
    HeraldConfig config = new ConfigBinder(problems, env, catalog, requireCredentials).bind(root.get());
    for (Node.Scalar emptied : reader.emptiedByEnv()) {
      if (!problems.mentions(emptied.path()))
        problems.warn(emptied, Section.unsetPhrase(emptied.unsetVars()) + ", so this value is empty");
    }
    boolean valid = config != null && !problems.hasErrors();
    return new ConfigResult(valid ? Optional.of(config) : Optional.empty(), problems.sorted());
  }

  private static Optional<String> read(Path file, Problems problems) {
    try {
      return Optional.of(Files.readString(file));
    } catch (NoSuchFileException e) {
      problems.error("", null, "config file not found: " + file.toAbsolutePath());
    } catch (CharacterCodingException e) {
      problems.error("", null, "config file is not UTF-8 text: " + file);
    } catch (IOException e) {
      problems.error("", null, "cannot read config file " + file + ": " + e.getMessage());
    }
    return Optional.empty();
  }
}
