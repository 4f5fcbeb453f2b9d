package dev.herald.bench;

import dev.herald.config.Secrets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** Redaction runs on every log line: it must stay in the microseconds. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SecretsBenchmark {

  private final String line = "POST https://api.telegram.org/bot123456789:AAbbccddeeffgghhiijjkkllmmnnooppqqr/sendPhoto failed";

  /** A config's worth of secrets, each registered with its encoded forms. */
  @Setup
  public void registerSecrets() {
    for (int i = 0; i < 10; i++) Secrets.register("platform-secret-" + i + "-0f9e8d7c6b5a");
  }

  @Benchmark
  public String redactLogLine() {
    return Secrets.redact(line);
  }
}
