package dev.herald.channel.bluesky;

import com.fasterxml.jackson.databind.JsonNode;
import dev.herald.channel.PersistentState;
import dev.herald.channel.PublishException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import okhttp3.RequestBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Holds one Bluesky login for a channel. The entryway allows only a few {@code createSession} calls
 * a day, so a session is created once, refreshed with its refresh token when the access token
 * expires, and created again only when the refresh is refused. The tokens are kept in the channel's
 * {@link PersistentState}, so a restart goes on with the stored session instead of logging in again.
 */
final class BlueskySession {

  private static final Logger log = LoggerFactory.getLogger(BlueskySession.class);

  record Tokens(String accessJwt, String refreshJwt, String did, String handle) {}

  /** One authorized XRPC call, given the current access token. */
  interface Call {
    Xrpc.Reply run(String accessJwt) throws PublishException;
  }

  private final Xrpc xrpc;
  private final String channelId;
  private final String identifier;
  private final String password;
  private final Clock clock;
  private final PersistentState state;
  private Tokens tokens;
  private LocalDate countedDay;
  private int createdToday;

  BlueskySession(Xrpc xrpc, String channelId, String identifier, String password, Clock clock, PersistentState state) {
    this.xrpc = xrpc;
    this.channelId = channelId;
    this.identifier = identifier;
    this.password = password;
    this.clock = clock;
    this.state = state;
  }

  synchronized Tokens current() throws PublishException {
    if (tokens == null) tokens = stored().orElse(null);
    if (tokens == null) tokens = keep(create());
    return tokens;
  }

  /** Runs {@code call}; when the token is rejected, renews the session and runs it once more. */
  synchronized Xrpc.Reply authorized(Call call) throws PublishException {
    Xrpc.Reply reply = call.run(current().accessJwt());
    if (!reply.tokenRejected()) return reply;
    tokens = keep(renew());
    return call.run(tokens.accessJwt());
  }

  private Tokens renew() throws PublishException {
    Xrpc.Reply refreshed = xrpc.post("com.atproto.server.refreshSession", tokens.refreshJwt(), RequestBody.create(new byte[0], null));
    if (refreshed.ok()) return tokens(refreshed);
    if (refreshed.status() == 429 || refreshed.status() >= 500) throw xrpc.failure("com.atproto.server.refreshSession", refreshed);
    log.info("Bluesky channel {}: refresh token refused ({} {}); logging in again", channelId, refreshed.status(), refreshed.error());
    return create();
  }

  private Tokens create() throws PublishException {
    var body = Xrpc.JSON.createObjectNode().put("identifier", identifier).put("password", password);
    Xrpc.Reply reply = xrpc.post("com.atproto.server.createSession", null, body);
    if (!reply.ok()) throw loginFailure(reply);
    Tokens created = tokens(reply);
    log.info("Bluesky channel {}: created session #{} today (UTC) for @{}; the entryway allows only a few a day",
        channelId, countCreated(), created.handle());
    return created;
  }

  /** Any refusal of a login (wrong password, 2FA required, account taken down) needs a person. */
  private PublishException loginFailure(Xrpc.Reply reply) {
    PublishException failure = xrpc.failure("com.atproto.server.createSession", reply);
    boolean refused = reply.status() >= 400 && reply.status() < 500 && reply.status() != 429;
    return refused ? PublishException.auth(failure.getMessage()) : failure;
  }

  private int countCreated() {
    LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    if (!today.equals(countedDay)) {
      countedDay = today;
      createdToday = 0;
    }
    return ++createdToday;
  }

  /** Sessions this channel created since midnight UTC; for tests and status. */
  synchronized int createdToday() {
    return countedDay != null && countedDay.equals(LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC)) ? createdToday : 0;
  }

  // A session of another account (the identifier was changed in the config) is not ours to use.
  private Optional<Tokens> stored() {
    Optional<String> access = state.get("session.accessJwt");
    Optional<String> refresh = state.get("session.refreshJwt");
    Optional<String> did = state.get("session.did");
    Optional<String> handle = state.get("session.handle");
    Optional<String> login = state.get("session.identifier");
    if (access.isEmpty() || refresh.isEmpty() || did.isEmpty() || handle.isEmpty() || !login.equals(Optional.of(identifier)))
      return Optional.empty();
    log.info("Bluesky channel {}: going on with the stored session of @{}", channelId, handle.get());
    return Optional.of(new Tokens(access.get(), refresh.get(), did.get(), handle.get()));
  }

  private Tokens keep(Tokens fresh) {
    state.putSecret("session.accessJwt", fresh.accessJwt(), null);
    state.putSecret("session.refreshJwt", fresh.refreshJwt(), null);
    state.put("session.did", fresh.did(), null);
    state.put("session.handle", fresh.handle(), null);
    state.put("session.identifier", identifier, null);
    return fresh;
  }

  private static Tokens tokens(Xrpc.Reply reply) throws PublishException {
    JsonNode body = reply.body();
    for (String field : new String[] {"accessJwt", "refreshJwt", "did", "handle"}) {
      if (body.path(field).asText("").isBlank()) throw PublishException.retryable("Bluesky session answer has no " + field, null);
    }
    return new Tokens(body.get("accessJwt").asText(), body.get("refreshJwt").asText(),
        body.get("did").asText(), body.get("handle").asText());
  }
}
