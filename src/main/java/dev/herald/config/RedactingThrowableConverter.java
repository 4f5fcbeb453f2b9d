package dev.herald.config;

import ch.qos.logback.classic.pattern.ThrowableProxyConverter;
import ch.qos.logback.classic.spi.IThrowableProxy;

/**
 * Logback's {@code %ex}, passed through {@link Secrets#redact}: exception messages from HTTP
 * clients often quote the request URL, and a Telegram bot token travels in that URL.
 */
public final class RedactingThrowableConverter extends ThrowableProxyConverter {

  @Override
  protected String throwableProxyToString(IThrowableProxy proxy) {
    return Secrets.redact(super.throwableProxyToString(proxy));
  }
}
