package dev.herald.config;

/** JDBC store: {@code jdbc:h2:file:./data/herald} (embedded default) or {@code jdbc:postgresql://…}. */
public record StoreSettings(String url, String user, String password, int poolSize) {

  public boolean isPostgres() {
    return url.startsWith("jdbc:postgresql:");
  }
}
