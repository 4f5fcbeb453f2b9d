package dev.herald.config;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ConfiguratorRank;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.util.ContextInitializer;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.encoder.LayoutWrappingEncoder;
import ch.qos.logback.core.spi.ContextAwareBase;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Herald's logging, set up in code (registered in {@code META-INF/services}): parsing a logback.xml
 * with Joran cost about half a second of every command's start. Lines go to stderr — stdout is kept
 * for command output such as the JSON of {@code status} — and every message and stack trace passes
 * through {@link RedactingMessageConverter} and {@link RedactingThrowableConverter}.
 *
 * <p>A user's own configuration still wins by Logback's rules: with {@code -Dlogback.configurationFile=}
 * or a {@code logback-test.xml}/{@code logback.xml} on the class path this steps aside.
 */
@ConfiguratorRank(ConfiguratorRank.CUSTOM_NORMAL_PRIORITY)
public final class HeraldLogging extends ContextAwareBase implements Configurator {

  /** What {@link HeraldLayout} writes, as a Logback pattern (for a user's own logback.xml). */
  static final String PATTERN = "%d{HH:mm:ss.SSS} %-5level %logger{20} - %msg%n%ex";
  static final String APPENDER = "STDERR";
  /** Libraries that narrate their start-up at INFO; their warnings still show. */
  static final List<String> QUIET = List.of("com.zaxxer.hikari", "org.flywaydb", "org.quartz", "org.eclipse.jetty", "io.javalin");

  @Override
  public ExecutionStatus configure(LoggerContext context) {
    if (userConfigured()) return ExecutionStatus.INVOKE_NEXT_IF_ANY;
    apply(context);
    return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
  }

  private static boolean userConfigured() {
    if (System.getProperty(ContextInitializer.CONFIG_FILE_PROPERTY) != null) return true;
    ClassLoader loader = HeraldLogging.class.getClassLoader();
    return loader.getResource(ContextInitializer.TEST_AUTOCONFIG_FILE) != null
        || loader.getResource(ContextInitializer.AUTOCONFIG_FILE) != null;
  }

  /** Configures {@code context} as Herald ships it. */
  public static void apply(LoggerContext context) {
    var layout = new HeraldLayout();
    layout.setContext(context);
    layout.start();

    var encoder = new LayoutWrappingEncoder<ILoggingEvent>();
    encoder.setContext(context);
    encoder.setCharset(StandardCharsets.UTF_8);
    encoder.setLayout(layout);
    encoder.start();

    var console = new ConsoleAppender<ILoggingEvent>();
    console.setName(APPENDER);
    console.setContext(context);
    console.setTarget("System.err");
    console.setEncoder(encoder);
    console.start();

    for (String name : QUIET) context.getLogger(name).setLevel(Level.WARN);
    var root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    root.setLevel(Level.INFO);
    root.addAppender(console);
  }
}
