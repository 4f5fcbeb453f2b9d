package dev.herald.channel.telegram;

import static dev.herald.channel.telegram.TelegramFakes.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.herald.card.CardLayout;
import dev.herald.channel.ChannelProvider;
import dev.herald.config.Secrets;
import java.util.Map;
import java.util.ServiceLoader;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.Test;

class TelegramChannelProviderTest {

  private final TelegramChannelProvider provider = new TelegramChannelProvider();

  @Test
  void serviceLoaderFindsTheTelegramProvider() {
    assertThat(ServiceLoader.load(ChannelProvider.class).stream().map(p -> p.get().type())).contains("telegram");
  }

  @Test
  void declaresItsKeysSecretsAndDefaults() {
    assertThat(provider.settings().requiredKeys()).containsExactlyInAnyOrder("botToken", "chatId");
    assertThat(provider.settings().secretKeys()).containsExactly("botToken");
    assertThat(provider.settings().keys()).contains("apiBaseUrl", "button", "silent");
    assertThat(provider.defaultTemplate()).isEqualTo(TelegramChannelProvider.TEMPLATE);
    assertThat(provider.defaultCard()).isEqualTo(CardLayout.LANDSCAPE);
    assertThat(provider.maxImageBytes()).isEqualTo(10L * 1024 * 1024);
    assertThat(provider.textRules(null).maxLength()).isEqualTo(1024);
  }

  @Test
  void apiBaseUrlBecomesSchemeHostAndPort() throws Exception {
    try (var server = new MockWebServer()) {
      var url = TelegramSettings.from(config(server, Map.of("apiBaseUrl", "http://127.0.0.1:8081"))).apiUrl();
      assertThat(url.getSchema()).isEqualTo("http");
      assertThat(url.getHost()).isEqualTo("127.0.0.1");
      assertThat(url.getPort()).isEqualTo(8081);
      var real = TelegramSettings.from(config(server, Map.of("apiBaseUrl", "https://api.telegram.org"))).apiUrl();
      assertThat(real.getPort()).isEqualTo(443);
    }
  }

  @Test
  void malformedFlagIsRefusedNamingTheKey() throws Exception {
    try (var server = new MockWebServer()) {
      assertThatThrownBy(() -> provider.create(config(server, Map.of("silent", "yes")), context()))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("silent");
    }
  }

  @Test
  void createdChannelRegistersTheTokenAsASecretAndNeverPrintsIt() throws Exception {
    try (var server = new MockWebServer()) {
      var settings = TelegramSettings.from(config(server, Map.of()));
      provider.create(config(server, Map.of()), context());
      assertThat(Secrets.redact("GET /bot" + TOKEN + "/getMe")).doesNotContain(TOKEN);
      assertThat(settings.toString()).doesNotContain(TOKEN);
    }
  }
}
