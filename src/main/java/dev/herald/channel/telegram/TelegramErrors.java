package dev.herald.channel.telegram;

import dev.herald.channel.PublishException;
import dev.herald.channel.PublishException.Kind;
import dev.herald.config.Secrets;
import dev.herald.channel.NetworkFailures;
import java.io.IOException;
import java.time.Duration;
import java.util.Locale;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/**
 * Turns the Bot API's answers into classified {@link PublishException}s. The bot token travels in
 * every request path ({@code /bot<token>/sendPhoto}), so every text that leaves here is scrubbed of it.
 */
final class TelegramErrors {

  private final String token;

  TelegramErrors(String token) {
    this.token = token;
  }

  String scrub(String text) {
    if (text == null) return null;
    return Secrets.redact(token.isEmpty() ? text : text.replace(token, Secrets.MASK));
  }

  /** For calls that post nothing (getMe, getChat): any failure to get an answer can simply be tried again. */
  PublishException classify(TelegramApiException e) {
    if (e instanceof TelegramApiRequestException request && request.getErrorCode() != null && request.getErrorCode() > 0)
      return answered(request);
    if (causedByIo(e)) return new PublishException(Kind.RETRYABLE, scrub("Telegram could not be reached: " + describe(e)), null, null);
    return new PublishException(Kind.RETRYABLE, scrub("Telegram answered with unreadable JSON: " + describe(e)), null, null);
  }

  /**
   * For a send: once the request left, a lost or unreadable answer means the message may be in the
   * chat, so it is in doubt rather than retried (Telegram cannot deduplicate).
   */
  PublishException classifySend(TelegramApiException e) {
    if (e instanceof TelegramApiRequestException request && request.getErrorCode() != null && request.getErrorCode() > 0)
      return answered(request);
    if (causedByIo(e) && (NetworkFailures.neverSent(e) || serverError(e))) {
      return new PublishException(Kind.RETRYABLE, scrub("Telegram could not be reached: " + describe(e)), null, null);
    }
    String what = causedByIo(e) ? "Telegram did not answer (" + describe(e) + ")" : "Telegram answered with unreadable JSON (" + describe(e) + ")";
    return new PublishException(Kind.IN_DOUBT,
        scrub(what + "; the message may have gone out: check the chat, then resolve or retry it (see status)"), null, null);
  }

  private PublishException answered(TelegramApiRequestException e) {
    int code = e.getErrorCode();
    var description = e.getApiResponse() == null ? "(no description)" : e.getApiResponse();
    var lower = description.toLowerCase(Locale.ROOT);
    var message = scrub("Telegram answered " + code + ": " + description);
    var kind = switch (code) {
      case 429 -> Kind.RETRYABLE;
      case 401, 403 -> Kind.AUTH;
      case 400 -> lower.contains("chat not found") ? Kind.CONFIG : Kind.PERMANENT;
      default -> code >= 500 ? Kind.RETRYABLE : Kind.PERMANENT;
    };
    var retryAfter = e.getParameters() == null || e.getParameters().getRetryAfter() == null
        ? null : Duration.ofSeconds(e.getParameters().getRetryAfter());
    // The cause is dropped on purpose: its text (and its cause's) may quote the request URL with the token.
    return new PublishException(kind, message, retryAfter, null);
  }

  private static boolean serverError(Throwable e) {
    for (var t = e; t != null; t = t.getCause()) if (t instanceof TelegramChannelProvider.ServerError) return true;
    return false;
  }

  private static boolean causedByIo(Throwable e) {
    for (var t = e; t != null; t = t.getCause()) if (t instanceof IOException && !isJson(t)) return true;
    return false;
  }

  private static boolean isJson(Throwable t) {
    return t.getClass().getName().startsWith("com.fasterxml.jackson");
  }

  private static String describe(Throwable e) {
    var text = new StringBuilder(String.valueOf(e.getMessage()));
    for (var t = e.getCause(); t != null; t = t.getCause()) text.append(" (").append(t.getMessage()).append(')');
    return text.toString();
  }
}
