package dev.herald.config;

import static dev.herald.config.Fixtures.errorLines;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code approval: required} on any channel; {@code approvers} (Telegram chat ids) only on a telegram channel. */
class ApprovalConfigTest {

  @Test
  void approvalAndTelegramApproversAreReadIntoTheChannel() {
    var config = load("""
          - {id: x-main, type: x, enabled: false, approval: required}
          - {id: tg, type: telegram, enabled: false, approvers: ["424242", "-1001234567890"]}
        """).config().orElseThrow();

    assertThat(config.channel("x-main").orElseThrow().approvalRequired()).isTrue();
    assertThat(config.channel("tg").orElseThrow().approvalRequired()).isFalse();
    assertThat(config.channel("tg").orElseThrow().approvers()).containsExactly("424242", "-1001234567890");
  }

  @Test
  void approversOffTelegramOrNotChatIdsAndUnknownApprovalValuesAreRefused() {
    var result = load("""
          - {id: x-main, type: x, approval: maybe, approvers: ["424242"]}
          - {id: tg, type: telegram, approvers: ["@priya"]}
        """);

    assertThat(errorLines(result))
        .anyMatch(l -> l.startsWith("channels[0].approval") && l.contains("expected required or none, got 'maybe'"))
        .anyMatch(l -> l.startsWith("channels[0].approvers") && l.contains("put them on a telegram channel"))
        .anyMatch(l -> l.startsWith("channels[1].approvers") && l.contains("expected Telegram chat ids (numbers), got '@priya'"));
  }

  private static ConfigResult load(String channels) {
    return ConfigLoader.parse("outlet: {name: Jaano Junction}\nchannels:\n" + channels, Map.of(),
        dev.herald.channel.ChannelProviders.catalog());
  }
}
