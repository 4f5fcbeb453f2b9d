package dev.herald.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The hub a feed announces: in a Link header or as an atom:link in the feed's head, never in an item. */
class HubLinksTest {

  static final String FEED = "https://www.jaanojunction.com/feed";

  @Test
  void anAtomLinkInAnRssHeadNamesTheHubAndTheSelfLinkTheTopic() {
    String rss = """
        <rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom"><channel><title>JJ</title>
        <atom:link href="https://www.jaanojunction.com/feed/?x=1&amp;y=2" rel="self" type="application/rss+xml"/>
        <atom:link rel='hub' href='https://pubsubhubbub.appspot.com/'/>
        <item><title>t</title></item></channel></rss>""";

    var hub = HubLinks.find(rss.getBytes(StandardCharsets.UTF_8), null, FEED).orElseThrow();

    assertThat(hub.hub()).isEqualTo("https://pubsubhubbub.appspot.com/");
    assertThat(hub.topic()).isEqualTo("https://www.jaanojunction.com/feed/?x=1&y=2");
  }

  @Test
  void aLinkHeaderWinsAndTheFeedUrlIsTheTopicWithoutSelf() {
    var hub = HubLinks.find("<feed/>".getBytes(StandardCharsets.UTF_8),
        "<https://websub.example/hub>; rel=\"hub\", <https://cdn.example/x>; rel=\"preload\"", FEED).orElseThrow();

    assertThat(hub.hub()).isEqualTo("https://websub.example/hub");
    assertThat(hub.topic()).isEqualTo(FEED);
  }

  @Test
  void aHubLinkInsideAnItemOrNoneAtAllIsNoHub() {
    String atom = """
        <feed xmlns="http://www.w3.org/2005/Atom"><title>JJ</title><link rel="alternate" href="https://www.jaanojunction.com/"/>
        <entry><link rel="hub" href="https://evil.example/hub"/></entry></feed>""";

    assertThat(HubLinks.find(atom.getBytes(StandardCharsets.UTF_8), null, FEED)).isEmpty();
    assertThat(HubLinks.find(new byte[0], "<https://x.example/>; rel=\"next\"", FEED)).isEmpty();
  }
}
