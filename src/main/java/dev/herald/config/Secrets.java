package dev.herald.config;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The process-wide list of secret values (tokens, passwords, API keys) and the one place that masks
 * them. The config loader registers every secret it reads; logs, exception messages, {@code status}
 * and the admin UI pass text through {@link #redact} before showing it.
 */
public final class Secrets {

  public static final String MASK = "***";

  // Backstop for secrets Herald never registered: a Telegram bot token has this shape and
  // travels in the request URL path, where client libraries like to quote it.
  private static final Pattern TELEGRAM_TOKEN = Pattern.compile("\\d{6,12}:[A-Za-z0-9_-]{30,}");

  private static final Set<String> VALUES = ConcurrentHashMap.newKeySet();

  private Secrets() {}

  /** Registers a secret; values shorter than 4 characters are ignored (masking them would mangle text). */
  public static void register(String value) {
    if (value != null && value.strip().length() >= 4) VALUES.add(value.strip());
  }

  public static String redact(String text) {
    if (text == null || text.isEmpty()) return text;
    String out = text;
    for (String secret : VALUES) {
      if (out.contains(secret)) out = out.replace(secret, MASK);
    }
    return TELEGRAM_TOKEN.matcher(out).replaceAll(MASK);
  }

  /** For tests: forget every registered secret. */
  static void clear() {
    VALUES.clear();
  }
}
