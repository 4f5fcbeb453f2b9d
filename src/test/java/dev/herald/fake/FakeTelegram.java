package dev.herald.fake;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.mockwebserver.MockResponse;

/** The Telegram Bot API on loopback ({@code /bot<token>/<method>}), answering {"ok":true,"result":…}. */
public final class FakeTelegram extends FakeApi {

  private final String token;
  private final AtomicInteger messageIds = new AtomicInteger(100);

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
