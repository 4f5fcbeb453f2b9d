package dev.herald.config;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * How a person runs Herald from here, for every hint Herald prints: there is no {@code herald} on the
 * PATH, so a hint names {@code java -jar target/herald.jar retry 12}, with the jar's real path relative to
 * the working directory (absolute when it lies elsewhere) and the {@code --config} in use when it is not
 * the default.
 */
public final class Invocation {

  private static final String DEFAULT_JAR = "target/herald.jar";
  private static volatile String configArg = "";

  private Invocation() {}

  /** The command that runs Herald's {@code verb} ("retry 12"), ready to paste. */
  public static String command(String verb) {
    return "java -jar " + jar() + " " + verb + configArg;
  }

  /** Remembers a non-default config file, so hints carry {@code --config FILE}. */
  public static void usingConfig(Path file, boolean isDefault) {
    configArg = isDefault || file == null ? "" : " --config " + quoted(file.toString());
  }

  static String jar() {
    try {
      var source = Invocation.class.getProtectionDomain().getCodeSource();
      if (source == null) return DEFAULT_JAR;
      Path jar = Path.of(source.getLocation().toURI());
      if (!jar.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".jar")) return DEFAULT_JAR;
      Path here = Path.of("").toAbsolutePath();
      Path relative = here.relativize(jar.toAbsolutePath());
      return quoted(relative.startsWith("..") ? jar.toAbsolutePath().toString() : relative.toString());
    } catch (URISyntaxException | RuntimeException e) {
      return DEFAULT_JAR;
    }
  }

  private static String quoted(String path) {
    return path.matches("[\\w./:@=+-]+") ? path : "'" + path.replace("'", "'\\''") + "'";
  }
}
