package dev.herald.config;

import ch.qos.logback.classic.pattern.ThrowableProxyConverter;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.StackTraceElementProxy;
import java.util.Arrays;

/**
 * Logback's {@code %ex}, passed through {@link Secrets#redact}: exception messages from HTTP clients
 * often quote the request URL, and a Telegram bot token travels in that URL. Each exception's message
 * is also {@link LogText#escape escaped}, so it stays on its line of the trace.
 */
public final class RedactingThrowableConverter extends ThrowableProxyConverter {

  @Override
  protected String throwableProxyToString(IThrowableProxy proxy) {
    return Secrets.redact(super.throwableProxyToString(new EscapedMessages(proxy)));
  }

  /** The same exception chain with every message escaped. */
  private record EscapedMessages(IThrowableProxy delegate) implements IThrowableProxy {

    @Override
    public String getMessage() {
      return LogText.escape(Secrets.redact(delegate.getMessage()));
    }

    @Override
    public String getClassName() {
      return delegate.getClassName();
    }

    @Override
    public StackTraceElementProxy[] getStackTraceElementProxyArray() {
      return delegate.getStackTraceElementProxyArray();
    }

    @Override
    public int getCommonFrames() {
      return delegate.getCommonFrames();
    }

    @Override
    public IThrowableProxy getCause() {
      return delegate.getCause() == null ? null : new EscapedMessages(delegate.getCause());
    }

    @Override
    public IThrowableProxy[] getSuppressed() {
      IThrowableProxy[] suppressed = delegate.getSuppressed();
      return suppressed == null ? null : Arrays.stream(suppressed).map(EscapedMessages::new).toArray(IThrowableProxy[]::new);
    }

    @Override
    public boolean isCyclic() {
      return delegate.isCyclic();
    }
  }
}
