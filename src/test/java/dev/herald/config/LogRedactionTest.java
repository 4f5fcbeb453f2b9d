package dev.herald.config;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.ConsoleAppender;
import ch.qos.logback.core.encoder.Encoder;
import ch.qos.logback.core.read.ListAppender;
import ch.qos.logback.core.status.Status;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Runs Herald's shipped logging setup in a private LoggerContext and encodes events with its own encoder. */
class LogRedactionTest {

  private static final String REGISTERED = "admin-token-7f3a9c";
  private static final String TELEGRAM_SHAPED = "7000000001:AAE-unregistered-token-abcdefghijklmn";

  private final LoggerContext context = new LoggerContext();
  private final ListAppender<ILoggingEvent> captured = new ListAppender<>();

  @BeforeEach
  void configureAsShipped() {
    Secrets.register(REGISTERED);
    HeraldLogging.apply(context);
    captured.setContext(context);
    captured.start();
    context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).addAppender(captured);
  }

  @AfterEach
  void stop() {
    context.stop();
    Secrets.clear();
  }

  @Test
  void registeredSecretAndTelegramTokenNeverReachTheLogLine() {
    var log = context.getLogger("dev.herald.channel.telegram.TelegramChannel");
    log.info("POST https://api.telegram.org/bot{}/sendPhoto with admin token {}", TELEGRAM_SHAPED, REGISTERED);

    String line = encoded();
    assertThat(line).contains("INFO ", "d.h.c.t.TelegramChannel - POST https://api.telegram.org/bot***/sendPhoto with admin token ***");
    assertThat(line).doesNotContain(REGISTERED).doesNotContain(TELEGRAM_SHAPED);
  }

  @Test
  void stackTracesAreRedactedToo() {
    var failure = new IOException("unexpected end of stream on https://api.telegram.org/bot" + TELEGRAM_SHAPED + "/getMe",
        new IllegalStateException("token " + REGISTERED + " rejected"));

    context.getLogger("dev.herald.schedule.PublishJob").warn("publish failed", failure);

    String text = encoded();
    assertThat(text).contains("publish failed", "java.io.IOException: unexpected end of stream", "Caused by: java.lang.IllegalStateException");
    assertThat(text).doesNotContain(REGISTERED).doesNotContain(TELEGRAM_SHAPED);
  }

  @Test
  void feedTextCannotForgeALineOrDriveTheTerminal() {
    String title = "Budget passed\r\n12:00:00.000 INFO  d.h.p.Publisher - Posted everything\u001B[2J\u001B]8;;https://evil\u0007x\u009B31m\u202Egnp.exe";

    context.getLogger("dev.herald.pipeline.Poller").info("New article: {}", title);

    String line = encoded();
    assertThat(line.lines()).hasSize(1);
    assertThat(line).contains("Budget passed\\r\\n12:00:00.000 INFO", "\\u001B[2J", "\\u001B]8;;https://evil\\u0007x",
        "\\u009B31m", "\\u202Egnp.exe");
    assertThat(line.chars().filter(c -> c < 0x20 && c != '\n' || c >= 0x7F && c <= 0x9F || c == 0x202E)).isEmpty();
  }

  @Test
  void anExceptionMessageStaysOnItsLineOfTheTrace() {
    var failure = new IOException("bad feed\nCaused by: forged.Exception: " + REGISTERED + "\u001B[31m",
        new IllegalStateException("inner\r\nforged line"));

    context.getLogger("dev.herald.pipeline.Poller").warn("poll failed", failure);

    String text = encoded();
    assertThat(text).contains("java.io.IOException: bad feed\\nCaused by: forged.Exception: ***\\u001B[31m",
        "Caused by: java.lang.IllegalStateException: inner\\r\\nforged line");
    assertThat(text.lines()).noneMatch(l -> l.startsWith("Caused by: forged") || l.startsWith("forged line"));
    assertThat(text).doesNotContain("\u001B", REGISTERED);
  }

  @Test
  void consoleWritesToStandardErrorWithTheAgreedPattern() {
    var console = (ConsoleAppender<ILoggingEvent>) context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).getAppender("STDERR");

    assertThat(console.getTarget()).isEqualTo("System.err");
    context.getLogger("dev.herald.cli.Main").info("started");
    assertThat(encoded()).matches("\\d\\d:\\d\\d:\\d\\d\\.\\d{3} INFO  dev.herald.cli.Main - started\\R");
  }

  @Test
  void logbackFindsTheShippedSetupAsAServiceAndItStepsAsideForAUsersOwnFile() {
    var found = java.util.ServiceLoader.load(Configurator.class).stream().map(p -> p.type().getName()).toList();
    assertThat(found).contains(HeraldLogging.class.getName());

    // The test class path carries logback-test.xml: Logback's own rules pick a user's file first.
    var other = new LoggerContext();
    var configurator = new HeraldLogging();
    configurator.setContext(other);
    assertThat(configurator.configure(other)).isEqualTo(Configurator.ExecutionStatus.INVOKE_NEXT_IF_ANY);
    assertThat(other.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).getAppender("STDERR")).isNull();
  }

  @Test
  void shippedSetupConfiguresWithoutWarnings() {
    var statuses = context.getStatusManager().getCopyOfStatusList().stream()
        .filter(s -> s.getLevel() >= Status.WARN).map(Status::getMessage).toList();

    assertThat(statuses).isEmpty();
  }

  @Test
  void noisyLibrariesAreQuietBelowWarn() {
    assertThat(context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).getLevel()).isEqualTo(Level.INFO);
    for (String name : new String[] {"com.zaxxer.hikari", "org.flywaydb", "org.quartz", "org.eclipse.jetty", "io.javalin"})
      assertThat(context.getLogger(name + ".Anything").getEffectiveLevel()).as(name).isEqualTo(Level.WARN);
    assertThat(context.getLogger("org.quartz.core.QuartzScheduler").getEffectiveLevel()).isEqualTo(Level.WARN);
  }

  /** Every captured event through the shipped console encoder: exactly what would reach stderr. */
  @SuppressWarnings("unchecked")
  private String encoded() {
    var console = (ConsoleAppender<ILoggingEvent>) context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).getAppender("STDERR");
    Encoder<ILoggingEvent> encoder = console.getEncoder();
    return captured.list.stream()
        .map(event -> new String(encoder.encode(event), StandardCharsets.UTF_8))
        .collect(Collectors.joining());
  }
}
