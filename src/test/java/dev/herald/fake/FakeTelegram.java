package dev.herald.fake;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.mockwebserver.MockResponse;

/**
 * The Telegram Bot API on loopback ({@code /bot<token>/<method>}), answering {"ok":true,"result":…}. A test
 * plays an approver with {@link #pressButton} and {@link #reply}: the bot sees those updates through
 * {@code getUpdates} (honouring {@code offset}), and {@code answerCallbackQuery} is recorded.
 */
public final class FakeTelegram extends FakeApi {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final String token;
  private final AtomicInteger messageIds = new AtomicInteger(100);
  private final AtomicInteger updateIds = new AtomicInteger(500);
  private final List<ObjectNode> updates = new CopyOnWriteArrayList<>();

  public FakeTelegram(String token) {
    this.token = token;
  }

  @Override
  protected MockResponse answer(Recorded r) {
    String prefix = "/bot" + token + "/";
    if (!r.path().startsWith(prefix)) {
      return json(401, """
          {"ok":false,"error_code":401,"description":"Unauthorized"}""");
    }
    // telegrambots-client writes some method names in lower case; the Bot API accepts either.
    String method = r.path().substring(prefix.length()).replaceFirst("\\?.*", "").toLowerCase(java.util.Locale.ROOT);
    return switch (method) {
      case "sendphoto" -> json(200, message("""
          "photo":[{"file_id":"AgAD1","file_unique_id":"u1","width":1200,"height":675,"file_size":90000}]"""));
      case "sendmessage" -> json(200, message("\"text\":\"ok\""));
      case "getme" -> json(200, """
          {"ok":true,"result":{"id":7000001,"is_bot":true,"first_name":"Herald","username":"jaano_herald_bot"}}""");
      case "getupdates" -> json(200, updatesFrom(FakeX.tree(r).path("offset").asLong(0)));
      case "answercallbackquery" -> json(200, """
          {"ok":true,"result":true}""");
      case "getchat" -> json(200, """
          {"ok":true,"result":{"id":-1001234567890,"type":"channel","title":"Jaano Junction","username":"jaanojunction",
           "accent_color_id":1,"max_reaction_count":11}}""");
      default -> json(404, """
          {"ok":false,"error_code":404,"description":"Not Found"}""");
    };
  }

  private String message(String extra) {
    return """
        {"ok":true,"result":{"message_id":%d,"sender_chat":{"id":-1001234567890,"title":"Jaano Junction","type":"channel"},
         "chat":{"id":-1001234567890,"title":"Jaano Junction","username":"jaanojunction","type":"channel"},
         "date":1764270000,%s}}""".formatted(messageIds.incrementAndGet(), extra);
  }

  /** An approver ({@code userId}, {@code username}) presses an inline button under message {@code messageId} in {@code chatId}. */
  public void pressButton(long chatId, long userId, String username, long messageId, String data) {
    ObjectNode update = update();
    ObjectNode query = update.putObject("callback_query");
    query.put("id", "cbq-" + update.get("update_id").asInt());
    from(query.putObject("from"), userId, username);
    ObjectNode message = query.putObject("message");
    message.put("message_id", messageId).put("date", 1764270000);
    message.putObject("chat").put("id", chatId).put("type", "private");
    query.put("chat_instance", "ci-" + chatId);
    query.put("data", data);
    updates.add(update);
  }

  /** An approver writes {@code text} in {@code chatId} as a reply to message {@code replyTo}. */
  public void reply(long chatId, long userId, String username, long replyTo, String text) {
    ObjectNode update = update();
    ObjectNode message = update.putObject("message");
    message.put("message_id", messageIds.incrementAndGet()).put("date", 1764270000);
    from(message.putObject("from"), userId, username);
    message.putObject("chat").put("id", chatId).put("type", "private");
    message.put("text", text);
    ObjectNode original = message.putObject("reply_to_message");
    original.put("message_id", replyTo).put("date", 1764270000);
    original.putObject("chat").put("id", chatId).put("type", "private");
    updates.add(update);
  }

  /** The texts the bot answered callback queries with, in order. */
  public List<String> callbackAnswers() {
    return requests().stream().filter(r -> r.path().toLowerCase(java.util.Locale.ROOT).endsWith("/answercallbackquery"))
        .map(r -> FakeX.tree(r).path("text").asText()).toList();
  }

  /** Requests sent to {@code chatId} (drafts and notes to an approver), in order. */
  public List<Recorded> sentTo(long chatId) {
    String id = Long.toString(chatId);
    return requests().stream().filter(r -> r.path().toLowerCase(java.util.Locale.ROOT).matches(".*/send(photo|message)$"))
        .filter(r -> id.equals(r.fields().containsKey("chat_id") ? r.fields().get("chat_id") : FakeX.tree(r).path("chat_id").asText(null)))
        .toList();
  }

  private ObjectNode update() {
    ObjectNode update = JSON.createObjectNode();
    update.put("update_id", updateIds.incrementAndGet());
    return update;
  }

  private static void from(ObjectNode from, long userId, String username) {
    from.put("id", userId).put("is_bot", false).put("first_name", "Approver");
    if (username != null) from.put("username", username);
  }

  private String updatesFrom(long offset) {
    ObjectNode answer = JSON.createObjectNode().put("ok", true);
    var result = answer.putArray("result");
    updates.stream().filter(u -> u.get("update_id").asLong() >= offset).forEach(result::add);
    return answer.toString();
  }

  public List<Recorded> sendPhotos() {
    return requests().stream().filter(r -> r.path().toLowerCase(java.util.Locale.ROOT).endsWith("/sendphoto")).toList();
  }

  /** Captions (sendPhoto) and texts (sendMessage) Telegram accepted, in order. */
  public List<String> posts() {
    return requests().stream()
        .filter(r -> r.path().toLowerCase(java.util.Locale.ROOT).matches(".*/send(photo|message)$"))
        .map(r -> r.fields().containsKey("caption") ? r.fields().get("caption") : r.fields().getOrDefault("text",
            FakeX.tree(r).path("text").asText()))
        .toList();
  }
}
