package dev.herald.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.herald.pipeline.StatusJson;
import dev.herald.pipeline.StatusReport;
import dev.herald.pipeline.StatusReport.ChannelView;
import dev.herald.pipeline.StatusReport.PostView;
import dev.herald.pipeline.StatusReport.SourceView;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What {@code status} prints cannot colour, retitle, clear or reorder the manager's terminal. */
class StatusTextTerminalTest {

  static final String HOSTILE = "Budget passed\u001B[2J\u001B[31m red\u001B[0m\r\nFORGED LINE\u001B]0;pwned\u0007"
      + "\u001B]8;;https://evil.example\u001B\\click\u001B]8;;\u001B\\\u009B1m\u202Egnp.exe\u0000 बजट पास";
  static final Instant AT = Instant.parse("2026-01-26T06:30:00Z");

  final StatusReport report = new StatusReport(AT,
      List.of(new SourceView("main", "https://j.com/feed?\u001B[8m", true, true, AT, AT, "HTTP 500: " + HOSTILE, 3)),
      List.of(new ChannelView("x-main", "x", true, true, "auth failed: " + HOSTILE, Map.of("failed", 1), null,
          "paused: " + HOSTILE, List.of(post("queued")), null, "expires: " + HOSTILE)),
      List.of(post("failed")));

  @Test
  void textDropsEscapeSequencesAndControlsButKeepsTheWords() {
    String text = new StatusText(ZoneId.of("Asia/Kolkata")).render(report);

    assertThat(text.chars().filter(c -> c < 0x20 && c != '\n' || c >= 0x7F && c <= 0x9F || c == 0x202E)).isEmpty();
    assertThat(text).doesNotContain("pwned", "evil.example", "[2J", "[31m")
        .contains("Budget passed red FORGED LINEclickgnp.exe बजट पास");
    assertThat(text.lines()).noneMatch(line -> line.startsWith("FORGED LINE"));
  }

  @Test
  void jsonEscapesEveryControlAndReadsBackToTheSameText() throws Exception {
    String json = StatusJson.write(report);

    assertThat(json.chars().filter(c -> c < 0x20 && c != '\n' && c != ' ' || c >= 0x7F && c <= 0x9F || c == 0x202E)).isEmpty();
    assertThat(json).contains("\\u001B[2J", "\\u009b1m", "\\u202e", "बजट पास");
    assertThat(new ObjectMapper().readTree(json).path("posts").get(0).path("headline").asText()).isEqualTo(HOSTILE);
  }

  private static PostView post(String state) {
    return new PostView(7, "x-main", "https://j.com/a", HOSTILE, state, "X said: " + HOSTILE, null, 1, null, AT);
  }
}
