package dev.herald.channel.x;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.herald.card.Card;
import dev.herald.channel.PublishException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import twitter4j.Twitter;
import twitter4j.TwitterException;

/**
 * Uploads a card and sets its alt text. v2 ({@code POST /2/media/upload}) is in no Java library
 * yet, so it goes through OkHttp with a Twitter4J-made OAuth header; v1.1 uses Twitter4J's
 * {@code uploadMedia} and then {@code media/metadata/create.json}.
 */
final class XMediaUploader {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final MediaType JSON_TYPE = MediaType.get("application/json; charset=utf-8");
  private static final int MAX_ALT_TEXT = 1000;

  private final XSettings settings;
  private final OkHttpClient http;
  private final OAuthSigner signer;
  private final Twitter twitter;
  private final Clock clock;

  XMediaUploader(XSettings settings, OkHttpClient http, OAuthSigner signer, Twitter twitter, Clock clock) {
    this.settings = settings;
    this.http = http;
    this.signer = signer;
    this.twitter = twitter;
    this.clock = clock;
  }

  /** Returns the media id to attach to a tweet; safe to call again (an unused upload simply expires). */
  long upload(Card card) throws PublishException {
    var mediaId = settings.mediaUpload() == XSettings.MediaUpload.V2 ? uploadV2(card) : uploadV11(card);
    if (card.altText() != null && !card.altText().isBlank()) setAltText(mediaId, card.altText());
    return Long.parseLong(mediaId);
  }

  private String uploadV2(Card card) throws PublishException {
    var body = new MultipartBody.Builder()
        .setType(MultipartBody.FORM)
        .addFormDataPart("media", "card." + card.extension(), RequestBody.create(card.bytes(), MediaType.get(card.mime())))
        .addFormDataPart("media_category", "tweet_image")
        .build();
    var answer = call(settings.apiBaseUrl() + "/2/media/upload", body);
    try {
      var id = JSON.readTree(answer).at("/data/id").asText("");
      if (!id.matches("\\d{1,19}")) throw new IOException("no numeric data.id in " + XErrors.describe(answer));
      return id;
    } catch (IOException e) {
      throw XErrors.unreadable(e);
    }
  }

  private String uploadV11(Card card) throws PublishException {
    try {
      var media = twitter.uploadMedia("card." + card.extension(), new ByteArrayInputStream(card.bytes()));
      return Long.toString(media.getMediaId());
    } catch (TwitterException e) {
      throw XErrors.fromTwitter(e, clock);
    }
  }

  private void setAltText(String mediaId, String altText) throws PublishException {
    var text = clip(altText);
    ObjectNode json = JSON.createObjectNode();
    String url;
    if (settings.mediaUpload() == XSettings.MediaUpload.V2) {
      json.put("id", mediaId).putObject("metadata").putObject("alt_text").put("text", text);
      url = settings.apiBaseUrl() + "/2/media/metadata";
    } else {
      json.put("media_id", mediaId).putObject("alt_text").put("text", text);
      url = settings.uploadBaseUrl() + "/1.1/media/metadata/create.json";
    }
    call(url, RequestBody.create(json.toString(), JSON_TYPE));
  }

  private String call(String url, RequestBody body) throws PublishException {
    var request = new Request.Builder()
        .url(url)
        .header("Authorization", signer.header("POST", url))
        .post(body)
        .build();
    try (var response = http.newCall(request).execute()) {
      var text = response.body() == null ? "" : response.body().string();
      if (response.isSuccessful()) return text;
      throw XErrors.classify(response.code(), XErrors.describe(text), response.header("x-rate-limit-reset"), clock, null);
    } catch (IOException e) {
      throw XErrors.io(e);
    }
  }

  // X allows 1,000 characters of alt text; cut on a code point boundary so Devanagari stays whole.
  private static String clip(String text) {
    if (text.codePointCount(0, text.length()) <= MAX_ALT_TEXT) return text;
    return text.substring(0, text.offsetByCodePoints(0, MAX_ALT_TEXT));
  }
}
