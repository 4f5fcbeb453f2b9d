package dev.herald.channel.bluesky;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.herald.card.Card;
import dev.herald.channel.Channel;
import dev.herald.channel.Lookup;
import dev.herald.channel.OutgoingPost;
import dev.herald.channel.PublishException;
import dev.herald.channel.Receipt;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import okhttp3.MediaType;
import okhttp3.RequestBody;

/**
 * Posts to one Bluesky account: uploads the card as a blob, then creates an {@code app.bsky.feed.post}
 * record with link and tag facets and an external link card, under the post's stored record key
 * (a TID drawn at enqueue), so a re-send finds the record it already made instead of posting twice
 * and a key taken by another post fails loudly instead of being reported as this one.
 */
final class BlueskyChannel implements Channel {

  static final long MAX_BLOB_BYTES = 1_000_000L;
  static final String POST_COLLECTION = "app.bsky.feed.post";
  private static final DateTimeFormatter CREATED_AT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

  private final String id;
  private final Xrpc xrpc;
  private final BlueskySession session;
  private final Clock clock;

  BlueskyChannel(String id, Xrpc xrpc, BlueskySession session, Clock clock) {
    this.id = id;
    this.xrpc = xrpc;
    this.session = session;
    this.clock = clock;
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
    String rkey = recordKey(post);
    String did = session.current().did();
    JsonNode thumb = post.card() == null ? null : uploadBlob(post.card());
    var request = Xrpc.JSON.createObjectNode().put("repo", did).put("collection", POST_COLLECTION).put("rkey", rkey);
    request.set("record", record(post, thumb));
    var reply = session.authorized(jwt -> xrpc.post("com.atproto.repo.createRecord", jwt, request));
    if (reply.ok()) return receipt(reply.body().path("uri").asText(uri(did, rkey)), rkey);
    if (!mayAlreadyExist(reply)) throw xrpc.failure("com.atproto.repo.createRecord", reply);
    var existing = getRecord(did, rkey);
    if (!existing.ok()) throw xrpc.failure("com.atproto.repo.createRecord", reply);
    Receipt receipt = receipt(uri(did, rkey), rkey);
    if (BlueskyRecords.isPost(existing.body().path("value"), post)) return receipt;
    throw PublishException.permanent("Bluesky record key " + rkey + " already holds another post, " + receipt.url()
        + " (\"" + BlueskyRecords.excerpt(existing.body().path("value")) + "\"): not recorded as this one");
  }

  /**
   * Reads the post's record back by its stored key: found (and ours) means it went out;
   * RecordNotFound means a re-send with the same key cannot make a second copy.
   */
  @Override
  public Lookup lookup(OutgoingPost post, Instant firstSentAt) throws PublishException {
    String rkey = recordKey(post);
    String did = session.current().did();
    var reply = getRecord(did, rkey);
    if (reply.ok()) {
      Receipt receipt = receipt(uri(did, rkey), rkey);
      if (BlueskyRecords.isPost(reply.body().path("value"), post)) return Lookup.found(receipt, "found on Bluesky at " + receipt.url());
      return Lookup.unknown("record key " + rkey + " holds another post, " + receipt.url());
    }
    if (reply.error().equals("RecordNotFound")) return Lookup.absent("no Bluesky record under key " + rkey);
    throw xrpc.failure("com.atproto.repo.getRecord", reply);
  }

  private static String recordKey(OutgoingPost post) throws PublishException {
    if (!Tid.isValid(post.recordKey())) throw PublishException.permanent("post #" + post.postId() + " has no valid Bluesky record key");
    return post.recordKey();
  }

  private ObjectNode record(OutgoingPost post, JsonNode thumb) {
    var record = Xrpc.JSON.createObjectNode()
        .put("$type", POST_COLLECTION)
        .put("text", post.text())
        .put("createdAt", CREATED_AT.format(clock.instant()));
    if (post.language() != null && !post.language().isBlank()) record.putArray("langs").add(post.language());
    var facets = Facets.of(post.text(), post.link());
    if (!facets.isEmpty()) record.set("facets", facets);
    if (post.link() != null && !post.link().isBlank()) {
      var external = record.putObject("embed").put("$type", "app.bsky.embed.external").putObject("external")
          .put("uri", post.link())
          .put("title", post.headline() == null ? "" : post.headline())
          .put("description", post.description() == null ? "" : post.description());
      if (thumb != null) external.set("thumb", thumb);
    } else if (thumb != null) {
      var image = record.putObject("embed").put("$type", "app.bsky.embed.images").putArray("images").addObject();
      image.set("image", thumb);
      image.put("alt", post.card().altText() == null ? "" : post.card().altText());
    }
    return record;
  }

  private JsonNode uploadBlob(Card card) throws PublishException {
    Card fitted;
    try {
      fitted = BlobShrinker.fit(card, MAX_BLOB_BYTES);
    } catch (RuntimeException e) {
      throw PublishException.permanent("card image cannot be sent to Bluesky: " + e.getMessage());
    }
    var body = RequestBody.create(fitted.bytes(), MediaType.get(fitted.mime()));
    var reply = session.authorized(jwt -> xrpc.post("com.atproto.repo.uploadBlob", jwt, body));
    if (!reply.ok()) throw xrpc.failure("com.atproto.repo.uploadBlob", reply);
    JsonNode blob = reply.body().path("blob");
    if (!blob.isObject()) throw PublishException.retryable("Bluesky uploadBlob answer has no blob", null);
    return blob;
  }

  /**
   * A PDS answers a create on an existing key with 500 (older versions), 409 or an "already exists"
   * error: only a look at the record tells whether our earlier attempt went through.
   */
  private static boolean mayAlreadyExist(Xrpc.Reply reply) {
    String said = (reply.error() + reply.message()).toLowerCase(Locale.ROOT).replace(" ", "");
    return reply.status() >= 500 || reply.status() == 409 || said.contains("alreadyexist");
  }

  private Xrpc.Reply getRecord(String did, String rkey) throws PublishException {
    var query = Map.of("repo", did, "collection", POST_COLLECTION, "rkey", rkey);
    return session.authorized(jwt -> xrpc.get("com.atproto.repo.getRecord", jwt, query));
  }

  private Receipt receipt(String uri, String rkey) throws PublishException {
    return new Receipt(uri, "https://bsky.app/profile/" + session.current().handle() + "/post/" + rkey);
  }

  private static String uri(String did, String rkey) {
    return "at://" + did + "/" + POST_COLLECTION + "/" + rkey;
  }

  @Override
  public String verify() throws PublishException {
    session.current();
    var reply = session.authorized(jwt -> xrpc.get("com.atproto.server.getSession", jwt, Map.of()));
    if (!reply.ok()) throw xrpc.failure("com.atproto.server.getSession", reply);
    return "@" + reply.body().path("handle").asText() + " (" + reply.body().path("did").asText() + ")";
  }
}
