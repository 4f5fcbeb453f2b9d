package dev.herald.config;

import ch.qos.logback.classic.pattern.MessageConverter;
import ch.qos.logback.classic.spi.ILoggingEvent;

/**
 * Logback's {@code %msg}, passed through {@link Secrets#redact} and {@link LogText#escape}: no
 * registered secret and no Telegram-shaped bot token reaches a log line, whatever a library put in
 * its message, and a feed's CR/LF or escape sequences cannot forge a line or drive the terminal.
 */
public final class RedactingMessageConverter extends MessageConverter {

  @Override
  public String convert(ILoggingEvent event) {
    return LogText.escape(Secrets.redact(super.convert(event)));
  }
}
