package dev.herald.channel.linkedin;

import dev.herald.card.CardLayout;
import dev.herald.channel.Channel;
import dev.herald.channel.ChannelContext;
import dev.herald.channel.ChannelProvider;
import dev.herald.channel.SettingReader;
import dev.herald.compose.TextRules;
import dev.herald.config.ChannelConfig;
import java.util.Set;
import okhttp3.HttpUrl;

/** The {@code linkedin} channel type: a LinkedIn Company Page, posted to as the organization. */
public final class LinkedInProvider implements ChannelProvider {

  public static final String DEFAULT_API_BASE_URL = "https://api.linkedin.com";
  /** The newest LinkedIn-Version Herald is tested with; LinkedIn retires each about a year after release. */
  public static final String DEFAULT_VERSION = "202511";

  /** Links in a LinkedIn post are clickable; the card carries the headline, the text the teaser. */
  public static final String DEFAULT_TEMPLATE = """
      {{headline}}

      {{summary}}

      Read more: {{url}}

      {{hashtags}}
      """;

  @Override
  public String type() {
    return "linkedin";
  }

  @Override
  public Set<String> keys() {
    return Set.of("apiBaseUrl", "organizationId", "accessToken", "version");
  }

  @Override
  public Set<String> requiredKeys() {
    return Set.of("organizationId", "accessToken");
  }

  @Override
  public Set<String> secretKeys() {
    return Set.of("accessToken");
  }

  @Override
  public TextRules textRules(ChannelConfig config) {
    return new LinkedInTextRules();
  }

  @Override
  public String defaultTemplate() {
    return DEFAULT_TEMPLATE;
  }

  @Override
  public CardLayout defaultCard() {
    return CardLayout.LANDSCAPE;
  }

  /** LinkedIn's image API takes up to 36 megapixels; 5 MB keeps uploads quick. */
  @Override
  public long maxImageBytes() {
    return 5_000_000L;
  }

  @Override
  public Channel create(ChannelConfig config, ChannelContext context) {
    var settings = new SettingReader(config);
    String token = settings.secret("accessToken");
    String organizationId = settings.numericId("organizationId");
    String version = settings.optional("version", DEFAULT_VERSION);
    if (!version.matches("\\d{6}(\\.\\d{2})?")) throw settings.invalid("version", "must be a LinkedIn-Version like 202511, not '" + version + "'");
    HttpUrl base = HttpUrl.get(settings.url("apiBaseUrl", DEFAULT_API_BASE_URL));
    return new LinkedInChannel(config.id(), base, organizationId, token, version, context.http());
  }
}
