package dev.herald.channel.telegram;

import dev.herald.card.CardLayout;
import dev.herald.channel.Channel;
import dev.herald.channel.ChannelContext;
import dev.herald.channel.ChannelProvider;
import dev.herald.compose.TextRules;
import dev.herald.config.ChannelConfig;
import dev.herald.config.SettingsSchema;
import java.io.IOException;
import okhttp3.MediaType;
import okhttp3.Response;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;

/** The {@code type: telegram} plug-in: a bot posting to a channel or group through telegrambots-client. */
public final class TelegramChannelProvider implements ChannelProvider {

  @Override
  public String type() {
    return "telegram";
  }

  /**
   * HTML parse mode: only Telegram's tags, every value escaped. One call to action: the "Read on
   * <outlet>" button under the post carries the link (the default, {@code button: true}).
   */
  static final String TEMPLATE = """
      <b>{{headline}}</b>

      {{summary}}

      {{hashtags}}
      """;

  /** With {@code button: false} the link is the call to action, in the article's language. */
  static final String TEMPLATE_WITH_LINK = """
      <b>{{headline}}</b>

      {{summary}}

      {{hashtags}}
      <a href="{{url}}">{{readMore}}</a>
      """;

  @Override
  public SettingsSchema settings() {
    return TelegramSettings.SCHEMA;
  }

  /** Caption rules: a post must fit a photo caption to go out with its card. */
  @Override
  public TextRules textRules(ChannelConfig config) {
    return TelegramTextRules.caption();
  }

  @Override
  public String defaultTemplate() {
    return TEMPLATE;
  }

  @Override
  public String defaultTemplate(ChannelConfig config) {
    return TelegramSettings.SCHEMA.readWithoutCredentials(config).bool("button") ? TEMPLATE : TEMPLATE_WITH_LINK;
  }

  @Override
  public CardLayout defaultCard() {
    return CardLayout.LANDSCAPE;
  }

  @Override
  public long maxImageBytes() {
    return 10L * 1024 * 1024;
  }

  /** Builds the channel; throws IllegalArgumentException naming the key when a setting is missing or malformed. */
  @Override
  public Channel create(ChannelConfig config, ChannelContext context) {
    var settings = TelegramSettings.from(config);
    var http = context.http().newBuilder().addInterceptor(TelegramChannelProvider::refuseNonJsonServerErrors).build();
    var client = new OkHttpTelegramClient(http, settings.botToken(), settings.apiUrl());
    var outletName = context.outlet() == null ? null : context.outlet().name();
    return new TelegramChannel(config.id(), settings, client, outletName);
  }

  // A proxy's HTML 502 page would otherwise reach the library's JSON parser and look like an
  // unreadable success; as a ServerError it is classified retryable, as a 5xx should be.
  private static Response refuseNonJsonServerErrors(okhttp3.Interceptor.Chain chain) throws IOException {
    var response = chain.proceed(chain.request());
    if (response.code() < 500 || isJson(response.body() == null ? null : response.body().contentType())) return response;
    int code = response.code();
    response.close();
    throw new ServerError(code);
  }

  /** An HTTP 5xx with no Bot API body: the server said it failed, so sending again is right. */
  static final class ServerError extends IOException {
    ServerError(int code) {
      super("Telegram answered HTTP " + code + " without a Bot API body");
    }
  }

  private static boolean isJson(MediaType type) {
    return type != null && type.subtype().contains("json");
  }
}
