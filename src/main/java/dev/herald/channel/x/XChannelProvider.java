package dev.herald.channel.x;

import dev.herald.card.CardLayout;
import dev.herald.channel.Channel;
import dev.herald.channel.ChannelContext;
import dev.herald.channel.ChannelProvider;
import dev.herald.compose.TextRules;
import dev.herald.config.ChannelConfig;
import dev.herald.config.SettingsSchema;
import twitter4j.Twitter;
import twitter4j.TwitterFactory;
import twitter4j.TwitterV2ExKt;
import twitter4j.V2ConfigurationKt;
import twitter4j.conf.Configuration;
import twitter4j.conf.ConfigurationBuilder;

/** The {@code type: x} plug-in: X (Twitter) through Twitter4J 4 with its v2 extension, OAuth 1.0a user context. */
public final class XChannelProvider implements ChannelProvider {

  static {
    // Twitter4J talks through HttpURLConnection, which silently re-sends a POST whose connection
    // dropped: a tweet could go out twice. The JDK reads this once, so the launcher should set it too.
    if (System.getProperty("sun.net.http.retryPost") == null) System.setProperty("sun.net.http.retryPost", "false");
  }

  /** Plain text; twitter-text counts the link as 23 however long it is. */
  static final String TEMPLATE = """
      {{headline}}

      {{summary}}

      {{url}}
      {{hashtags}}
      """;

  @Override
  public String type() {
    return "x";
  }

  @Override
  public SettingsSchema settings() {
    return XSettings.SCHEMA;
  }

  @Override
  public TextRules textRules(ChannelConfig config) {
    return new XTextRules();
  }

  @Override
  public String defaultTemplate() {
    return TEMPLATE;
  }

  @Override
  public CardLayout defaultCard() {
    return CardLayout.LANDSCAPE;
  }

  @Override
  public long maxImageBytes() {
    return 5L * 1024 * 1024;
  }

  /** Builds the channel; throws IllegalArgumentException naming the key when a setting is missing or malformed. */
  @Override
  public Channel create(ChannelConfig config, ChannelContext context) {
    var settings = XSettings.from(config);
    var conf = twitter4jConfiguration(settings);
    Twitter twitter = new TwitterFactory(conf).getInstance();
    var signer = new OAuthSigner(conf);
    var uploader = new XMediaUploader(settings, context.http(), signer, twitter, context.clock());
    var timeline = settings.reconcile() ? new XTimeline(settings, context.http(), signer, context.clock()) : null;
    return new XChannel(config.id(), settings, TwitterV2ExKt.getV2(twitter), uploader, timeline, context.clock());
  }

  static Configuration twitter4jConfiguration(XSettings settings) {
    var conf = new ConfigurationBuilder()
        .setOAuthConsumerKey(settings.apiKey())
        .setOAuthConsumerSecret(settings.apiSecret())
        .setOAuthAccessToken(settings.accessToken())
        .setOAuthAccessTokenSecret(settings.accessTokenSecret())
        .setRestBaseURL(settings.apiBaseUrl() + "/1.1/")
        .setUploadBaseURL(settings.uploadBaseUrl() + "/1.1/")
        .setHttpConnectionTimeout(10_000)
        .setHttpReadTimeout(30_000)
        .setHttpRetryCount(0) // retries are the scheduler's job, with backoff and the store's bookkeeping
        .build();
    V2ConfigurationKt.getV2Configuration(conf).setBaseURL(settings.apiBaseUrl() + "/2/");
    return conf;
  }
}
