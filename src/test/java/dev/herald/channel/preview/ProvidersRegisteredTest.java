package dev.herald.channel.preview;

import static org.assertj.core.api.Assertions.assertThat;

import dev.herald.channel.ChannelProvider;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

class ProvidersRegisteredTest {

  @Test
  void serviceLoaderFindsMastodonBlueskyAndPreview() {
    var types = ServiceLoader.load(ChannelProvider.class).stream().map(p -> p.get().type()).toList();
    assertThat(types).contains("mastodon", "bluesky", "preview");
  }
}
