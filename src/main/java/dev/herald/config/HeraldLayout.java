package dev.herald.config;

import ch.qos.logback.classic.pattern.TargetLengthBasedClassNameAbbreviator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.CoreConstants;
import ch.qos.logback.core.LayoutBase;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/**
 * Herald's log line, {@code HH:mm:ss.SSS LEVEL logger - message} and the stack trace, written directly:
 * Logback's {@code PatternLayout} would parse {@link HeraldLogging#PATTERN} and load some two hundred
 * classes on every command's start for the same result. The message and the trace still go through
 * {@link RedactingMessageConverter} and {@link RedactingThrowableConverter}.
 */
final class HeraldLayout extends LayoutBase<ILoggingEvent> {

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS");

  private final TargetLengthBasedClassNameAbbreviator abbreviator = new TargetLengthBasedClassNameAbbreviator(20);
  private final RedactingMessageConverter message = new RedactingMessageConverter();
  private final RedactingThrowableConverter trace = new RedactingThrowableConverter();
  private final ZoneId zone = ZoneId.systemDefault();

  @Override
  public void start() {
    message.setContext(getContext());
    trace.setContext(getContext());
    message.start();
    trace.start();
    super.start();
  }

  @Override
  public String doLayout(ILoggingEvent event) {
    var line = new StringBuilder(128);
    TIME.formatTo(Instant.ofEpochMilli(event.getTimeStamp()).atZone(zone), line);
    String level = event.getLevel().toString();
    line.append(' ').append(level);
    for (int pad = level.length(); pad < 5; pad++) line.append(' ');
    line.append(' ').append(abbreviator.abbreviate(event.getLoggerName())).append(" - ").append(message.convert(event))
        .append(CoreConstants.LINE_SEPARATOR).append(trace.convert(event));
    return line.toString();
  }
}
