package dev.herald.ops;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.herald.channel.PersistentState;
import dev.herald.config.ChannelConfig;
import dev.herald.config.HeraldConfig;
import dev.herald.config.Secrets;
import dev.herald.store.Post;
import dev.herald.store.Store;
import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Approval from a private Telegram chat. A telegram channel's {@code approvers} (chat ids) get, from that
 * channel's bot, every draft of every channel with {@code approval: required}: its card, its text and two
 * buttons, Approve and Skip. A button press (a callback query) or a reply to the draft with new text (an
 * edit) acts through {@link Operations} as {@code telegram:@user}, and only from an approver's chat.
 * {@link #tick} does one pass (send new drafts, read updates); the daemon calls it every few seconds.
 */
public final class TelegramApprovals {

  private static final Logger log = LoggerFactory.getLogger(TelegramApprovals.class);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final MediaType JSON_TYPE = MediaType.get("application/json");
  private static final String OFFSET = "approvals.offset";
  // Telegram's caption limit is 1024; the header and the "reply to edit" line need room.
  private static final int MAX_DRAFT_TEXT = 850;

  /** One bot that asks its approvers. */
  private record Bot(String channelId, String baseUrl, String token, List<String> approvers) {}

  private final HeraldConfig config;
  private final Store store;
  private final Operations ops;
  private final OkHttpClient http;
  private final Clock clock;
  private final Function<String, PersistentState> states;
  private final List<Bot> bots;

  public TelegramApprovals(HeraldConfig config, Store store, Operations ops, OkHttpClient http, Clock clock,
      Function<String, PersistentState> states) {
    this.config = config;
    this.store = store;
    this.ops = ops;
    this.http = http;
    this.clock = clock;
    this.states = states;
    this.bots = config.enabledChannels().stream().filter(c -> "telegram".equals(c.type()) && !c.approvers().isEmpty())
        .map(c -> new Bot(c.id(), c.setting("apiBaseUrl", "https://api.telegram.org"), c.setting("botToken", ""), c.approvers()))
        .toList();
  }

  /** True when some telegram channel names approvers (otherwise {@link #tick} has nothing to do). */
  public boolean active() {
    return !bots.isEmpty();
  }

  /** Sends drafts not sent yet, then handles the approvers' button presses and replies. Never throws. */
  public void tick() {
    for (Bot bot : bots) {
      try {
        sendDrafts(bot);
        readUpdates(bot);
      } catch (IOException | RuntimeException e) {
        log.warn("Telegram approvals via {}: {}", bot.channelId(), Secrets.redact(e.toString()));
      }
    }
  }

  private void sendDrafts(Bot bot) throws IOException {
    for (ChannelConfig channel : config.enabledChannels()) {
      if (!channel.approvalRequired()) continue;
      for (Post post : store.posts().awaitingApproval(channel.id())) {
        for (String chat : bot.approvers()) {
          if (!store.drafts().claim(post.id(), chat, clock.instant())) continue;
          try {
            store.drafts().sent(post.id(), chat, sendDraft(bot, chat, post));
          } catch (IOException | RuntimeException e) {
            store.drafts().release(post.id(), chat);
            throw e;
          }
        }
      }
    }
  }

  private long sendDraft(Bot bot, String chat, Post post) throws IOException {
    String caption = "Draft #" + post.id() + " for " + post.channelId() + " — approve, skip, or reply with new text\n\n"
        + shorten(post.text());
    String keyboard = JSON.writeValueAsString(JSON.createObjectNode().set("inline_keyboard", JSON.createArrayNode()
        .add(JSON.createArrayNode()
            .add(JSON.createObjectNode().put("text", "Approve").put("callback_data", "approve:" + post.id()))
            .add(JSON.createObjectNode().put("text", "Skip").put("callback_data", "skip:" + post.id())))));
    var card = store.cards().get(post.articleId(), post.cardLayout());
    JsonNode answer;
    if (card.isPresent()) {
      var body = new MultipartBody.Builder().setType(MultipartBody.FORM)
          .addFormDataPart("chat_id", chat).addFormDataPart("caption", caption).addFormDataPart("reply_markup", keyboard)
          .addFormDataPart("photo", "card." + card.get().extension(),
              RequestBody.create(card.get().bytes(), MediaType.get(card.get().mime())))
          .build();
      answer = call(bot, "sendPhoto", body);
    } else {
      ObjectNode message = JSON.createObjectNode().put("chat_id", chat).put("text", caption);
      message.set("reply_markup", JSON.readTree(keyboard));
      answer = call(bot, "sendMessage", RequestBody.create(message.toString(), JSON_TYPE));
    }
    return answer.path("result").path("message_id").asLong();
  }

  private void readUpdates(Bot bot) throws IOException {
    PersistentState state = states.apply(bot.channelId());
    long offset = state.get(OFFSET).map(Long::parseLong).orElse(0L);
    ObjectNode ask = JSON.createObjectNode().put("offset", offset).put("timeout", 0);
    ask.putArray("allowed_updates").add("callback_query").add("message");
    JsonNode updates = call(bot, "getUpdates", RequestBody.create(ask.toString(), JSON_TYPE)).path("result");
    for (JsonNode update : updates) {
      offset = Math.max(offset, update.path("update_id").asLong() + 1);
      if (update.has("callback_query")) pressed(bot, update.get("callback_query"));
      else if (update.path("message").has("reply_to_message")) replied(bot, update.get("message"));
    }
    state.put(OFFSET, Long.toString(offset), null);
  }

  private void pressed(Bot bot, JsonNode query) throws IOException {
    String chat = query.path("message").path("chat").path("id").asText();
    JsonNode from = query.path("from");
    String answer;
    if (!approver(bot, chat, from)) {
      answer = "You are not an approver of this Herald";
    } else {
      String[] data = query.path("data").asText().split(":", 2);
      Optional<Long> id = data.length == 2 ? parse(data[1]) : Optional.empty();
      Actor who = Actor.telegram(from.path("username").asText(null), from.path("id").asLong());
      OpResult result = id.isEmpty() ? null : switch (data[0]) {
        case "approve" -> ops.approve(id.get(), who);
        case "skip" -> ops.skip(id.get(), "skipped in Telegram by " + who, who);
        default -> null;
      };
      answer = result == null ? "Unknown button" : result.done() ? "#" + id.get() + " " + result.message() : result.message();
    }
    ObjectNode body = JSON.createObjectNode().put("callback_query_id", query.path("id").asText()).put("text", answer);
    call(bot, "answerCallbackQuery", RequestBody.create(body.toString(), JSON_TYPE));
  }

  private void replied(Bot bot, JsonNode message) throws IOException {
    String chat = message.path("chat").path("id").asText();
    if (!approver(bot, chat, message.path("from"))) return;
    Optional<Long> post = store.drafts().postOf(chat, message.path("reply_to_message").path("message_id").asLong());
    if (post.isEmpty() || !message.hasNonNull("text")) return;
    JsonNode from = message.path("from");
    OpResult result = ops.edit(post.get(), message.get("text").asText(),
        Actor.telegram(from.path("username").asText(null), from.path("id").asLong()));
    String note = result.done() ? "Saved: #" + post.get() + " now reads as you wrote. Approve it with the button."
        : "Not saved: " + result.message();
    ObjectNode body = JSON.createObjectNode().put("chat_id", chat).put("text", note)
        .put("reply_to_message_id", message.path("message_id").asLong());
    call(bot, "sendMessage", RequestBody.create(body.toString(), JSON_TYPE));
  }

  private static boolean approver(Bot bot, String chat, JsonNode from) {
    return bot.approvers().contains(chat) || bot.approvers().contains(from.path("id").asText());
  }

  private JsonNode call(Bot bot, String method, RequestBody body) throws IOException {
    var request = new Request.Builder().url(bot.baseUrl().replaceAll("/+$", "") + "/bot" + bot.token() + "/" + method)
        .post(body).build();
    try (Response response = http.newCall(request).execute()) {
      String text = response.body() == null ? "" : response.body().string();
      if (!response.isSuccessful()) {
        throw new IOException(method + " answered " + response.code() + ": " + Secrets.redact(text));
      }
      return JSON.readTree(text);
    }
  }

  private static Optional<Long> parse(String id) {
    try {
      return Optional.of(Long.parseLong(id));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static String shorten(String text) {
    if (text.codePointCount(0, text.length()) <= MAX_DRAFT_TEXT) return text;
    return text.substring(0, text.offsetByCodePoints(0, MAX_DRAFT_TEXT)) + "…";
  }
}
