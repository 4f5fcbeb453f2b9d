package dev.herald.channel.threads;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.herald.channel.CredentialExpiry;
import dev.herald.channel.PersistentState;
import dev.herald.channel.PublishException;
import dev.herald.config.Secrets;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The channel's long-lived Threads token. Refreshed ({@code GET /refresh_access_token?grant_type=th_refresh_token},
 * answering a new 60-day token) when it nears expiry or on {@code check --live}; the new token is kept
 * with {@code putSecret} and its expiry recorded as the channel's credential expiry, so {@code status},
 * the UI and {@code check} warn 7 days ahead. A stored token is used only while the configured one is
 * unchanged (matched by its hash), so pasting a new token into the config takes effect. Threads takes the
 * token only in the query string here, so the URL never reaches a message.
 */
public final class ThreadsToken {

  static final String TOKEN = "accessToken";
  static final String ISSUED_FROM = "accessToken.from";
  /** Refreshing fails for tokens younger than a day; an hour between tries keeps a failing refresh cheap. */
  private static final Duration RETRY_AFTER = Duration.ofHours(1);
  /** What Threads documents for a long-lived token, used when the answer names no expires_in. */
  private static final Duration LIFETIME = Duration.ofDays(60);
  private static final ObjectMapper JSON = new ObjectMapper();

  /** A refreshed token and when it expires. */
  public record Refreshed(String accessToken, Instant expiresAt) {}

  private final HttpUrl base;
  private final OkHttpClient http;
  private final Clock clock;
  private final PersistentState state;
  private final String configured;
  private volatile Instant lastTry = Instant.MIN;

  ThreadsToken(HttpUrl base, OkHttpClient http, Clock clock, PersistentState state, String configured) {
    this.base = base;
    this.http = http;
    this.clock = clock;
    this.state = state;
    this.configured = configured;
  }

  /** The newest token: the stored refreshed one while the config still holds the token it came from. */
  String current() {
    if (!state.get(ISSUED_FROM).map(fingerprint(configured)::equals).orElse(false)) return configured;
    return state.get(TOKEN).orElse(configured);
  }

  /**
   * Whether the token should be refreshed before a post: its recorded expiry is within the warning window and
   * no refresh was tried lately. An unknown expiry is learnt by {@code check --live}, which always refreshes.
   */
  boolean due() {
    Instant now = clock.instant();
    if (lastTry.plus(RETRY_AFTER).isAfter(now)) return false;
    Optional<Instant> expiry = state.credentialExpiry();
    return expiry.isPresent() && CredentialExpiry.warning(expiry.get(), now).isPresent();
  }

  /** Refreshes the current token, keeps the new one and its expiry, and returns it. */
  Refreshed refresh() throws PublishException {
    lastTry = clock.instant();
    Refreshed fresh = refresh(current());
    state.putSecret(TOKEN, fresh.accessToken(), fresh.expiresAt());
    state.putSecret(ISSUED_FROM, fingerprint(configured), null);
    state.credentialExpiresAt(fresh.expiresAt());
    return fresh;
  }

  /** Tokens younger than a day, or expired ones, cannot be refreshed: Threads answers an error. */
  public Refreshed refresh(String token) throws PublishException {
    HttpUrl url = base.newBuilder().addPathSegment("refresh_access_token")
        .addQueryParameter("grant_type", "th_refresh_token").addQueryParameter("access_token", token).build();
    try (Response response = http.newCall(new Request.Builder().url(url).get().build()).execute()) {
      String body = response.body() == null ? "" : response.body().string();
      JsonNode answer = JSON.readTree(body.isBlank() ? "{}" : body);
      if (!response.isSuccessful() || !answer.hasNonNull("access_token")) {
        String message = Secrets.redact("Threads token refresh answered " + response.code() + ": "
            + answer.path("error").path("message").asText(body));
        throw response.code() >= 500 ? PublishException.retryable(message, null) : PublishException.auth(message);
      }
      String fresh = answer.get("access_token").asText();
      Secrets.register(fresh);
      long seconds = answer.path("expires_in").asLong(0);
      return new Refreshed(fresh, clock.instant().plus(seconds > 0 ? Duration.ofSeconds(seconds) : LIFETIME));
    } catch (IOException e) {
      throw PublishException.retryable(Secrets.redact("Threads token refresh failed: " + e.getClass().getSimpleName()), null);
    }
  }

  private static String fingerprint(String token) {
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
