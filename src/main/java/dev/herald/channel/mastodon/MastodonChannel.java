package dev.herald.channel.mastodon;

import com.fasterxml.jackson.databind.JsonNode;
import dev.herald.card.Card;
import dev.herald.channel.Channel;
import dev.herald.channel.Lookup;
import dev.herald.channel.OutgoingPost;
import dev.herald.channel.PublishException;
import dev.herald.channel.Receipt;
import java.time.Clock;
import java.time.Instant;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;

/**
 * Posts to one Mastodon account: uploads the card with its alt text, waits until the instance has
 * processed it, then creates the status with an {@code Idempotency-Key}, so a re-send of the same
 * post within Mastodon's idempotency window returns the first status instead of a second one; a
 * status that is not this post (a key reused by another store) fails the post instead.
 */
final class MastodonChannel implements Channel {

  static final int MAX_ALT_TEXT = 1500;

  private final String id;
  private final HttpUrl base;
  private final String visibility;
  private final int maxCharacters;
  private final MastodonHttp http;
  private final MediaWait mediaWait;
  private final MastodonLookup lookup;

  MastodonChannel(String id, HttpUrl base, String accessToken, String visibility, int maxCharacters,
      OkHttpClient shared, Clock clock, MediaWait mediaWait) {
    this.id = id;
    this.base = base;
    this.visibility = visibility;
    this.maxCharacters = maxCharacters;
    this.mediaWait = mediaWait;
    OkHttpClient client = shared.newBuilder()
        .addInterceptor(chain -> chain.proceed(chain.request().newBuilder()
            .header("Authorization", "Bearer " + accessToken).build()))
        .build();
    this.http = new MastodonHttp(client, clock);
    this.lookup = new MastodonLookup(base, http, clock);
  }

  @Override
  public String id() {
    return id;
  }

  @Override
  public boolean idempotent() {
    return true;
  }

  @Override
  public Receipt publish(OutgoingPost post) throws PublishException {
    String mediaId = post.card() == null ? null : uploadMedia(post.card());
    var form = new FormBody.Builder()
        .add("status", post.text())
        .add("visibility", visibility);
    if (post.language() != null && !post.language().isBlank()) form.add("language", post.language());
    if (mediaId != null) form.add("media_ids[]", mediaId);
    var request = new Request.Builder().url(endpoint("api/v1/statuses")).post(form.build());
    if (post.idempotencyKey() != null && !post.idempotencyKey().isBlank()) request.header("Idempotency-Key", post.idempotencyKey());
    JsonNode status = http.call(request.build()).body();
    String statusId = requiredText(status, "id", "status");
    // A reused Idempotency-Key (a wiped store, a second install on this account) answers with an older status.
    if (!MastodonStatuses.isPost(status, post)) {
      throw PublishException.permanent("Mastodon answered with another post's status, " + MastodonStatuses.where(status)
          + " (\"" + MastodonStatuses.excerpt(status) + "\"), for Idempotency-Key " + post.idempotencyKey()
          + ": not recorded as this one");
    }
    return new Receipt(statusId, status.path("url").asText(null));
  }

  @Override
  public Lookup lookup(OutgoingPost post, Instant firstSentAt) throws PublishException {
    return lookup.lookup(post, firstSentAt);
  }

  private String uploadMedia(Card card) throws PublishException {
    var body = new MultipartBody.Builder().setType(MultipartBody.FORM)
        .addFormDataPart("file", "card." + card.extension(),
            RequestBody.create(card.bytes(), MediaType.get(card.mime())));
    if (card.altText() != null && !card.altText().isBlank()) body.addFormDataPart("description", altText(card.altText()));
    var answer = http.call(new Request.Builder().url(endpoint("api/v2/media")).post(body.build()).build());
    String mediaId = requiredText(answer.body(), "id", "media upload");
    if (answer.status() == 202 || answer.body().path("url").isNull()) awaitProcessed(mediaId);
    return mediaId;
  }

  /** Mastodon refuses descriptions over 1,500 characters, and a refused upload would lose the post. */
  static String altText(String alt) {
    if (alt.codePointCount(0, alt.length()) <= MAX_ALT_TEXT) return alt;
    return alt.substring(0, alt.offsetByCodePoints(0, MAX_ALT_TEXT - 1)) + "…";
  }

  /** Mastodon answers 206 (or a null url) while it is still transcoding the upload. */
  private void awaitProcessed(String mediaId) throws PublishException {
    Request poll = new Request.Builder().url(endpoint("api/v1/media/" + mediaId)).get().build();
    for (int attempt = 1; attempt <= mediaWait.attempts(); attempt++) {
      pause();
      var answer = http.call(poll);
      if (answer.status() == 200 && !answer.body().path("url").isNull()) return;
    }
    throw PublishException.retryable("Mastodon is still processing media " + mediaId + " after "
        + mediaWait.attempts() + " checks", null);
  }

  private void pause() throws PublishException {
    try {
      mediaWait.pause().sleep(mediaWait.delay());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw PublishException.retryable("interrupted while waiting for Mastodon media processing", null);
    }
  }

  @Override
  public String verify() throws PublishException {
    String acct = requiredText(get("api/v1/accounts/verify_credentials"), "acct", "account");
    InstanceLimits limits = instanceLimits();
    if (maxCharacters > limits.maxCharacters()) {
      throw new PublishException(PublishException.Kind.CONFIG, "channel " + id + ": maxCharacters "
          + maxCharacters + " is above what " + base.host() + " allows (" + limits.maxCharacters() + ")");
    }
    return "@" + acct + " on " + base.host() + "; instance allows " + limits.maxCharacters()
        + " characters, URLs count " + limits.urlWeight();
  }

  record InstanceLimits(int maxCharacters, int urlWeight) {}

  /** {@code /api/v2/instance} exists since Mastodon 4.0; older servers and some forks only have v1. */
  private InstanceLimits instanceLimits() throws PublishException {
    JsonNode instance;
    try {
      instance = get("api/v2/instance");
    } catch (PublishException e) {
      if (e.kind() != PublishException.Kind.CONFIG) throw e;
      instance = get("api/v1/instance");
    }
    JsonNode statuses = instance.path("configuration").path("statuses");
    int max = statuses.path("max_characters").asInt(instance.path("max_toot_chars").asInt(MastodonTextRules.DEFAULT_MAX));
    return new InstanceLimits(max, statuses.path("characters_reserved_per_url").asInt(MastodonTextRules.DEFAULT_URL_LENGTH));
  }

  private JsonNode get(String path) throws PublishException {
    return http.call(new Request.Builder().url(endpoint(path)).get().build()).body();
  }

  private HttpUrl endpoint(String path) {
    return base.newBuilder().addPathSegments(path).build();
  }

  private static String requiredText(JsonNode node, String field, String what) throws PublishException {
    JsonNode value = node.path(field);
    if (!value.isValueNode() || value.asText().isBlank()) {
      throw PublishException.retryable("Mastodon " + what + " answer has no " + field, null);
    }
    return value.asText();
  }
}
