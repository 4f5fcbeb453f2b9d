package dev.herald.channel.telegram;

import static dev.herald.channel.telegram.TelegramFakes.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.herald.channel.Channel;
import dev.herald.channel.OutgoingPost;
import dev.herald.channel.PublishException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

class TelegramChannelPublishTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private MockWebServer server;

  @BeforeEach
  void start() throws Exception {
    server = new MockWebServer();
    server.start();
  }

  @AfterEach
  void stop() throws Exception {
    server.shutdown();
  }

  private Channel channel(Map<String, String> extra) {
    return new TelegramChannelProvider().create(config(server, extra), context());
  }

  // Bot API method names are case-insensitive and the client library sends some in lower case ("sendphoto").
  @Test
  void cardGoesOutAsPhotoWithHtmlCaptionAndReadOnButtonInTheArticlesLanguage() throws Exception {
    server.enqueue(json(200, "send-photo-ok.json"));
    var caption = "<b>मानसून केरल पहुंचा</b>\n\nकेरल में मानसून तय समय से दो दिन पहले पहुंच गया।";

    var receipt = channel(Map.of()).publish(post(caption, card()));

    assertThat(receipt.platformId()).isEqualTo("4521");
    assertThat(receipt.url()).isEqualTo("https://t.me/jaanojunction/4521");
    var request = server.takeRequest();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getPath()).isEqualToIgnoringCase("/bot" + TOKEN + "/sendPhoto");
    assertThat(request.getHeader("Content-Type")).startsWith("multipart/form-data");
    var raw = request.getBody().readByteArray();
    var body = new String(raw, StandardCharsets.UTF_8);
    assertThat(part(body, "chat_id")).isEqualTo("@jaanojunction");
    assertThat(part(body, "caption")).isEqualTo(caption);
    assertThat(part(body, "parse_mode")).isEqualTo("HTML");
    assertThat(part(body, "disable_notification")).isNull();
    // The library attaches the file as its own part and points "photo" at it (Bot API attach://).
    assertThat(part(body, "photo")).isEqualTo("attach://card.png");
    assertThat(body).contains("name=\"card.png\"; filename=\"card.png\"");
    assertThat(part(new String(raw, StandardCharsets.ISO_8859_1), "card.png"))
        .isEqualTo(new String(CARD_BYTES, StandardCharsets.ISO_8859_1));
    JsonNode markup = JSON.readTree(part(body, "reply_markup"));
    assertThat(markup.at("/inline_keyboard/0/0/text").asText()).isEqualTo("Jaano Junction पर पढ़ें");
    assertThat(markup.at("/inline_keyboard/0/0/url").asText()).isEqualTo(LINK);
  }

  @Test
  void anEnglishPostGetsAnEnglishButton() throws Exception {
    server.enqueue(json(200, "send-photo-ok.json"));
    var post = post("<b>Monsoon reaches Kerala</b>", card());
    var english = new OutgoingPost(post.postId(), post.channelId(), post.text(), post.link(), post.headline(),
        post.description(), "en", post.card(), post.idempotencyKey());

    channel(Map.of()).publish(english);

    JsonNode markup = JSON.readTree(part(server.takeRequest().getBody().readUtf8(), "reply_markup"));
    assertThat(markup.at("/inline_keyboard/0/0/text").asText()).isEqualTo("Read on Jaano Junction");
  }

  @Test
  void noCardSendsAMessageWhoseLinkPreviewShowsTheArticleImageLargeAndAbove() throws Exception {
    server.enqueue(json(200, "send-message-ok.json"));

    var receipt = channel(Map.of()).publish(post("<b>Monsoon reaches Kerala</b>", null));

    assertThat(receipt.platformId()).isEqualTo("4522");
    var request = server.takeRequest();
    assertThat(request.getPath()).isEqualToIgnoringCase("/bot" + TOKEN + "/sendMessage");
    JsonNode body = JSON.readTree(request.getBody().readUtf8());
    assertThat(body.at("/chat_id").asText()).isEqualTo("@jaanojunction");
    assertThat(body.at("/text").asText()).isEqualTo("<b>Monsoon reaches Kerala</b>");
    assertThat(body.at("/parse_mode").asText()).isEqualTo("HTML");
    assertThat(body.at("/link_preview_options/url").asText()).isEqualTo(LINK);
    assertThat(body.at("/link_preview_options/prefer_large_media").asBoolean()).isTrue();
    assertThat(body.at("/link_preview_options/show_above_text").asBoolean()).isTrue();
    assertThat(body.at("/reply_markup/inline_keyboard/0/0/url").asText()).isEqualTo(LINK);
  }

  @Test
  void textTooLongForACaptionFallsBackToAMessage() throws Exception {
    server.enqueue(json(200, "send-message-ok.json"));
    var text = "<b>Monsoon</b> " + "क".repeat(1100);

    channel(Map.of()).publish(post(text, card()));

    var request = server.takeRequest();
    assertThat(request.getPath()).endsWithIgnoringCase("/sendMessage");
    assertThat(JSON.readTree(request.getBody().readUtf8()).at("/text").asText()).isEqualTo(text);
  }

  @Test
  void captionAtExactlyTheLimitAfterEntitiesAreParsedStillGoesAsPhoto() throws Exception {
    server.enqueue(json(200, "send-photo-ok.json"));
    // 1020 visible characters plus "&amp;" counted as one and a tag counted as none: 1024 in all.
    var text = "<b>" + "a".repeat(1020) + "</b> R&amp;D";

    channel(Map.of()).publish(post(text, card()));

    assertThat(server.takeRequest().getPath()).endsWithIgnoringCase("/sendPhoto");
  }

  @Test
  void overlongTextFailsPermanentlyWithoutCallingTelegram() {
    var e = catchThrowableOfType(PublishException.class,
        () -> channel(Map.of()).publish(post("a".repeat(4097), null)));
    assertThat(e.kind()).isEqualTo(PublishException.Kind.PERMANENT);
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void silentChannelSendsWithoutNotificationAndButtonCanBeTurnedOff() throws Exception {
    server.enqueue(json(200, "send-photo-ok.json"));

    channel(Map.of("silent", "true", "button", "false")).publish(post("Monsoon", card()));

    var body = server.takeRequest().getBody().readString(StandardCharsets.UTF_8);
    assertThat(part(body, "disable_notification")).isEqualTo("true");
    assertThat(part(body, "reply_markup")).isNull();
  }

  @Test
  void numericChatIdHasNoPublicLink() throws Exception {
    server.enqueue(json(200, "send-photo-ok.json"));

    var receipt = channel(Map.of("chatId", "-1001234567890")).publish(post("Monsoon", card()));

    assertThat(receipt.platformId()).isEqualTo("4521");
    assertThat(receipt.url()).isNull();
  }

  @Test
  void migratedGroupIsResentOnceToTheNewChatAndTheManagerIsWarned() throws Exception {
    var appender = capture(TelegramChannel.class);
    server.enqueue(json(400, "error-400-migrated.json"));
    server.enqueue(json(200, "send-message-migrated-chat-ok.json"));

    var receipt = channel(Map.of("chatId", "-4012345678")).publish(post("Monsoon", null));

    assertThat(receipt.platformId()).isEqualTo("17");
    assertThat(JSON.readTree(server.takeRequest().getBody().readUtf8()).at("/chat_id").asText()).isEqualTo("-4012345678");
    assertThat(JSON.readTree(server.takeRequest().getBody().readUtf8()).at("/chat_id").asText()).isEqualTo("-1001987654321");
    assertThat(appender.list).anySatisfy(event -> {
      assertThat(event.getLevel()).isEqualTo(Level.WARN);
      assertThat(event.getFormattedMessage()).contains("chatId").contains("-1001987654321");
    });
  }

  @Test
  void migrationIsFollowedOnlyOnce() {
    server.enqueue(json(400, "error-400-migrated.json"));
    server.enqueue(json(400, "error-400-migrated.json"));

    var e = catchThrowableOfType(PublishException.class, () -> channel(Map.of()).publish(post("Monsoon", null)));

    assertThat(e.kind()).isEqualTo(PublishException.Kind.PERMANENT);
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void verifyNamesTheBotAndTheChat() throws Exception {
    server.enqueue(json(200, "get-me-ok.json"));
    server.enqueue(json(200, "get-chat-ok.json"));

    assertThat(channel(Map.of()).verify()).isEqualTo("@jaanojunction_bot → Jaano Junction");
    assertThat(server.takeRequest().getPath()).isEqualToIgnoringCase("/bot" + TOKEN + "/getMe");
    var getChat = server.takeRequest();
    assertThat(getChat.getPath()).isEqualToIgnoringCase("/bot" + TOKEN + "/getChat");
    assertThat(JSON.readTree(getChat.getBody().readUtf8()).at("/chat_id").asText()).isEqualTo("@jaanojunction");
  }

  static ListAppender<ILoggingEvent> capture(Class<?> type) {
    var logger = (Logger) LoggerFactory.getLogger(type);
    var appender = new ListAppender<ILoggingEvent>();
    appender.start();
    logger.addAppender(appender);
    return appender;
  }
}
