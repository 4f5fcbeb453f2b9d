package dev.herald.channel.x;

import static dev.herald.channel.x.XFakes.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.herald.card.CardLayout;
import dev.herald.channel.ChannelProvider;
import java.util.HashMap;
import java.util.Map;
import java.util.ServiceLoader;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.Test;

class XChannelProviderTest {

  private final XChannelProvider provider = new XChannelProvider();

  @Test
  void serviceLoaderFindsTheXProvider() {
    assertThat(ServiceLoader.load(ChannelProvider.class).stream().map(p -> p.get().type())).contains("x");
  }

  @Test
  void declaresItsKeysSecretsAndDefaults() {
    assertThat(provider.settings().requiredKeys()).containsExactlyInAnyOrder("apiKey", "apiSecret", "accessToken", "accessTokenSecret");
    assertThat(provider.settings().secretKeys()).isEqualTo(provider.settings().requiredKeys());
    assertThat(provider.settings().keys()).contains("apiBaseUrl", "uploadBaseUrl", "mediaUpload", "thread");
    assertThat(provider.defaultTemplate()).isEqualTo(XChannelProvider.TEMPLATE);
    assertThat(provider.defaultCard()).isEqualTo(CardLayout.LANDSCAPE);
    assertThat(provider.maxImageBytes()).isEqualTo(5L * 1024 * 1024);
  }

  @Test
  void unknownMediaUploadValueIsRefusedNamingTheKey() throws Exception {
    try (var server = new MockWebServer()) {
      var config = config(server, Map.of("mediaUpload", "v3"));
      assertThatThrownBy(() -> provider.create(config, context())).hasMessageContaining("mediaUpload");
    }
  }

  @Test
  void missingCredentialIsRefusedNamingTheKeyButNotTheOtherSecrets() throws Exception {
    try (var server = new MockWebServer()) {
      var settings = new HashMap<>(config(server, Map.of()).settings());
      settings.remove("accessTokenSecret");
      var base = config(server, Map.of());
      var config = new dev.herald.config.ChannelConfig(base.id(), base.type(), true, null, null, base.minSpacing(),
          base.quietHours(), 40, base.maxAge(), base.priority(), base.utm(), base.hashtags(), settings);
      assertThatThrownBy(() -> provider.create(config, context()))
          .hasMessageContaining("accessTokenSecret").hasMessageNotContaining(API_SECRET);
    }
  }

  @Test
  void defaultsPointAtTheRealApis() throws Exception {
    try (var server = new MockWebServer()) {
      var settings = new HashMap<>(config(server, Map.of()).settings());
      settings.remove("apiBaseUrl");
      settings.remove("uploadBaseUrl");
      var base = config(server, Map.of());
      var x = XSettings.from(new dev.herald.config.ChannelConfig(base.id(), "x", true, null, null, base.minSpacing(),
          base.quietHours(), 40, base.maxAge(), base.priority(), base.utm(), base.hashtags(), settings));
      assertThat(x.apiBaseUrl()).isEqualTo("https://api.x.com");
      assertThat(x.uploadBaseUrl()).isEqualTo("https://upload.twitter.com");
      assertThat(x.mediaUpload()).isEqualTo(XSettings.MediaUpload.V2);
      assertThat(x.thread()).isFalse();
    }
  }
}
