package dev.herald.channel.linkedin;

import dev.herald.card.CardLayout;
import dev.herald.channel.Channel;
import dev.herald.channel.ChannelContext;
import dev.herald.channel.ChannelProvider;
import dev.herald.channel.NumericIds;
import dev.herald.compose.TextRules;
import dev.herald.config.ChannelConfig;
import dev.herald.config.PlatformSettings;
import dev.herald.config.Setting;
import dev.herald.config.SettingsSchema;
import okhttp3.HttpUrl;

/** The {@code linkedin} channel type: a LinkedIn Company Page, posted to as the organization. */
public final class LinkedInProvider implements ChannelProvider {

  public static final String DEFAULT_API_BASE_URL = "https://api.linkedin.com";
  /** The newest LinkedIn-Version Herald is tested with; LinkedIn retires each about a year after release. */
  public static final String DEFAULT_VERSION = "202511";

  static final SettingsSchema SETTINGS = SettingsSchema.of(
      Setting.url("apiBaseUrl", DEFAULT_API_BASE_URL),
      Setting.text("organizationId").required(),
      Setting.text("accessToken").required().secret(),
      Setting.text("version", DEFAULT_VERSION));

  /** Links in a LinkedIn post are clickable; the card carries the headline, the text the teaser. */
  static final String TEMPLATE = """
      {{headline}}

      {{summary}}

      {{readMore}}: {{url}}

      {{hashtags}}
      """;

  @Override
  public String type() {
    return "linkedin";
  }

  @Override
  public SettingsSchema settings() {
    return SETTINGS;
  }

  @Override
  public TextRules textRules(ChannelConfig config) {
    return new LinkedInTextRules();
  }

  @Override
  public String defaultTemplate() {
    return TEMPLATE;
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
    PlatformSettings s = SETTINGS.read(config);
    String organizationId = NumericIds.read(s, "organizationId");
    // Setting has no pattern kind, so the yyyyMM shape is checked here, still naming the key.
    String version = s.text("version");
    if (!version.matches("20\\d{2}(0[1-9]|1[0-2])(\\.\\d{2})?")) {
      throw new IllegalArgumentException("channel " + config.id() + ": version must be a LinkedIn-Version like 202511, not '" + version + "'");
    }
    return new LinkedInChannel(config.id(), HttpUrl.get(s.url("apiBaseUrl")), organizationId, s.text("accessToken"), version,
        context.http());
  }
}
