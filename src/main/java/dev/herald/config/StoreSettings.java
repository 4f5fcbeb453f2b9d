package dev.herald.config;

import java.util.Locale;
import java.util.regex.Pattern;

/** JDBC store: {@code jdbc:h2:file:./data/herald} (embedded default) or {@code jdbc:postgresql://…}. */
public record StoreSettings(String url, String user, String password, int poolSize) {

  private static final Pattern H2_AUTO_SERVER = Pattern.compile("(?i);\\s*AUTO_SERVER\\s*=\\s*TRUE");

  public boolean isPostgres() {
    return url.startsWith("jdbc:postgresql:");
  }

  /** An H2 URL asking H2 to open its own TCP server for other processes. */
  public boolean opensTcpServer() {
    return url.startsWith("jdbc:h2:") && H2_AUTO_SERVER.matcher(url).find();
  }

  /** Reached over a network: an H2 tcp/ssl URL, or PostgreSQL on a host other than loopback (or a socket). */
  public boolean isNetworked() {
    String lower = url.toLowerCase(Locale.ROOT);
    if (lower.startsWith("jdbc:h2:tcp:") || lower.startsWith("jdbc:h2:ssl:")) return true;
    if (!isPostgres() || !url.startsWith("jdbc:postgresql://")) return false;
    String authority = url.substring("jdbc:postgresql://".length()).split("[/?]", 2)[0];
    authority = authority.substring(authority.lastIndexOf('@') + 1);
    if (authority.isEmpty()) return false;
    for (String hostPort : authority.split(",")) {
      String host = hostPort.startsWith("[") ? hostPort.substring(0, hostPort.indexOf(']') + 1) : hostPort.split(":", 2)[0];
      if (!host.equalsIgnoreCase("localhost") && !host.equals("[::1]") && !host.startsWith("127.")) return true;
    }
    return false;
  }
}
