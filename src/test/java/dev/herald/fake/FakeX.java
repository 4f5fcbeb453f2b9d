package dev.herald.fake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import okhttp3.mockwebserver.MockResponse;

/** X API v2 on loopback: media upload and metadata, tweets, users/me — success shapes as X sends them. */
public final class FakeX extends FakeApi {

  static final ObjectMapper JSON_MAPPER = new ObjectMapper();
  private static final ObjectMapper JSON = JSON_MAPPER;
  private final AtomicLong ids = new AtomicLong(1880000000000000000L);

  @Override
  protected MockResponse answer(Recorded r) {
    String path = r.path().replaceFirst("\\?.*", "");
    return switch (r.method() + " " + path) {
      case "POST /2/media/upload" -> json(200, """
          {"data":{"id":"%d","media_key":"3_%1$d","size":%d,"expires_after_secs":86400,
           "image":{"image_type":"image/jpeg","w":1200,"h":675}}}""".formatted(ids.incrementAndGet(), r.body().length));
      case "POST /2/media/metadata" -> json(200, """
          {"data":{"id":"1","associated_metadata":true,"alt_text":{"text":"ok"}}}""");
      case "POST /2/tweets" -> json(201, """
          {"data":{"id":"%d","edit_history_tweet_ids":["%1$d"],"text":"ok"}}""".formatted(ids.incrementAndGet()));
      case "GET /2/users/me" -> json(200, """
          {"data":{"id":"1234","name":"Jaano Junction","username":"jaanojunction"}}""");
      default -> json(404, """
          {"title":"Not Found Error","detail":"Sorry, that page does not exist.","type":"about:blank","status":404}""");
    };
  }

  /** The text of every tweet X accepted, in order. */
  public List<String> tweets() {
    return requests("POST", "/2/tweets").stream().map(r -> tree(r).path("text").asText()).toList();
  }

  public static JsonNode tree(Recorded r) {
    try {
      return JSON.readTree(r.body());
    } catch (IOException e) {
      throw new AssertionError("X got a body that is not JSON: " + r.bodyText(), e);
    }
  }
}
