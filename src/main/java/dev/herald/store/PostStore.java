package dev.herald.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The {@code post} table: one row per (article, channel) and its delivery state machine. Every
 * transition returns whether it happened; {@code false} means the post was not in a state it may
 * leave that way (another node got there first, or a manager already acted), never an error.
 */
public final class PostStore {

  static final String COLUMNS = """
      id, article_id, channel_id, state, text, link, alt_text, card_layout, priority, attempts, not_before,
      created_at, updated_at, claimed_by, claimed_at, platform_id, platform_url, reason, idempotency_key, record_key
      """;
  private static final String EXISTS = "SELECT 1 FROM post WHERE article_id = ? AND channel_id = ?";
  private static final String INSERT = """
      INSERT INTO post (article_id, channel_id, state, text, link, alt_text, card_layout, priority, attempts,
                        not_before, created_at, updated_at, idempotency_key, record_key)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?, ?, ?)
      """;
  private static final String QUEUE_ORDER = " ORDER BY priority DESC, created_at ASC, id ASC";
  private static final String QUEUE = "SELECT " + COLUMNS + " FROM post WHERE channel_id = ? AND state = 'queued'";
  private static final String FIND = "SELECT " + COLUMNS + " FROM post WHERE id = ?";
  private static final String WITH_ARTICLE = "SELECT " + COLUMNS + """
      , (SELECT a.url FROM article a WHERE a.id = post.article_id) AS article_url
      , (SELECT a.title FROM article a WHERE a.id = post.article_id) AS headline
      FROM post
      """;
  private static final String EVENTS = """
      SELECT post_id, at, state, message FROM post_event WHERE post_id = ? ORDER BY at, id
      """;
  // A posted row is never updated again, so its updated_at is when it went out.
  private static final String POSTED_SINCE = """
      SELECT COUNT(*) FROM post WHERE channel_id = ? AND state = 'posted' AND updated_at >= ?
      """;
  private static final String LAST_POSTED = """
      SELECT updated_at FROM post WHERE channel_id = ? AND state = 'posted' ORDER BY updated_at DESC LIMIT 1
      """;

  // Each lost race means another node took a post; a few losses in a row just means a busy cluster.
  private static final int MAX_CLAIM_TRIES = 5;

  private final Database db;

  PostStore(Database db) {
    this.db = db;
  }

  /**
   * Queues a composed post; returns its id, or empty when this article already has a post on this
   * channel (the pair is unique, so a second call or a racing node changes nothing).
   */
  public Optional<Long> enqueue(Connection c, NewPost post, Instant now) throws SQLException {
    return enqueue(c, post, PostState.QUEUED, now, null);
  }

  /** As {@link #enqueue(Connection, NewPost, PostState, Instant, String)}, queued, with no reason. */
  public Optional<Long> enqueue(Connection c, NewPost post, PostState initial, Instant now) throws SQLException {
    return enqueue(c, post, initial, now, null);
  }

  /**
   * As {@link #enqueue(Connection, NewPost, Instant)}, starting in {@code initial}: {@link PostState#QUEUED},
   * or {@link PostState#AWAITING_APPROVAL} on a channel whose posts wait for a person's approval;
   * {@code why} (null: none) follows "queued" in the post's history.
   */
  public Optional<Long> enqueue(Connection c, NewPost post, PostState initial, Instant now, String why) throws SQLException {
    if (initial != PostState.QUEUED && initial != PostState.AWAITING_APPROVAL) {
      throw new IllegalArgumentException("a new post is queued or awaiting approval, not " + initial);
    }
    if (post.channelId() == null || post.channelId().isBlank()) throw new IllegalArgumentException("channelId is required");
    if (post.text() == null) throw new IllegalArgumentException("post text is required");
    if (Jdbc.first(c, EXISTS, row -> true, post.articleId(), post.channelId()).isPresent()) return Optional.empty();
    Instant notBefore = post.notBefore() != null ? post.notBefore() : now;
    PostKeys.Keys keys = PostKeys.fresh(now);
    Optional<Long> id = Jdbc.insertReturningId(c, INSERT,
        post.articleId(), post.channelId(), initial.dbName(), post.text(), post.link(), post.altText(), post.cardLayout(),
        post.priority(), notBefore, now, now, keys.idempotencyKey(), keys.recordKey());
    String message = initial == PostState.QUEUED ? "queued" : "awaiting approval";
    if (id.isPresent()) PostTransitions.recordEvent(c, id.get(), initial, why == null ? message : message + " — " + why, now);
    return id;
  }

  public Optional<Long> enqueue(NewPost post, Instant now) {
    return db.inTransaction(c -> enqueue(c, post, now));
  }

  /** The channel's queued posts in publish order: priority high first, then oldest, then lowest id. */
  public List<Post> queue(String channelId) {
    return db.withConnection(c -> Jdbc.query(c, QUEUE + QUEUE_ORDER, PostStore::map, channelId));
  }

  /** The first queued post whose {@code notBefore} has come, in publish order; empty when none is due. */
  public Optional<Post> nextDue(String channelId, Instant now) {
    String sql = QUEUE + " AND not_before <= ?" + QUEUE_ORDER + " LIMIT 1";
    return db.withConnection(c -> Jdbc.first(c, sql, PostStore::map, channelId, now));
  }

  /**
   * Claims the first due post of the channel for {@code node}, trying the next one when another node
   * wins the race; returns the claimed post (already committed as sending), or empty when none is due.
   */
  public Optional<Post> claimNextDue(String channelId, String node, Instant now) {
    for (int tries = 0; tries < MAX_CLAIM_TRIES; tries++) {
      Optional<Post> due = nextDue(channelId, now);
      if (due.isEmpty()) return Optional.empty();
      if (claim(due.get().id(), node, now)) return find(due.get().id());
    }
    return Optional.empty();
  }

  public Optional<Post> find(long id) {
    return db.withConnection(c -> find(c, id));
  }

  public Optional<Post> find(Connection c, long id) throws SQLException {
    return Jdbc.first(c, FIND, PostStore::map, id);
  }

  /** Newest-updated first; a null channel means every channel, empty states mean every state. */
  public List<Post> recent(String channelIdOrNull, Set<PostState> statesOrEmpty, int limit) {
    return recent("SELECT " + COLUMNS + " FROM post", PostStore::map, channelIdOrNull, statesOrEmpty, limit);
  }

  /** Like {@link #recent}, each post with its article's URL and headline (for status and the admin UI). */
  public List<PostView> recentWithArticles(String channelIdOrNull, Set<PostState> statesOrEmpty, int limit) {
    return recent(WITH_ARTICLE, row -> new PostView(map(row), row.getString("article_url"), row.getString("headline")),
        channelIdOrNull, statesOrEmpty, limit);
  }

  private <T> List<T> recent(String select, Jdbc.RowMapper<T> mapper, String channelIdOrNull,
      Set<PostState> statesOrEmpty, int limit) {
    if (limit <= 0) throw new IllegalArgumentException("limit <= 0");
    var sql = new StringBuilder(select).append(" WHERE 1 = 1");
    var args = new ArrayList<Object>();
    if (channelIdOrNull != null) {
      sql.append(" AND channel_id = ?");
      args.add(channelIdOrNull);
    }
    if (statesOrEmpty != null && !statesOrEmpty.isEmpty()) {
      sql.append(" AND state IN (").append(String.join(", ", statesOrEmpty.stream().map(s -> "?").toList())).append(')');
      statesOrEmpty.forEach(s -> args.add(s.dbName()));
    }
    sql.append(" ORDER BY updated_at DESC, id DESC LIMIT ?");
    args.add(limit);
    return db.withConnection(c -> Jdbc.query(c, sql.toString(), mapper, args.toArray()));
  }

  /** The post's history, oldest first. */
  public List<PostEvent> events(long postId) {
    return db.withConnection(c -> Jdbc.query(c, EVENTS, row -> new PostEvent(
        row.getLong("post_id"), Jdbc.instant(row, "at"), PostState.fromDb(row.getString("state")),
        row.getString("message")), postId));
  }

  public int countPostedSince(String channelId, Instant since) {
    return db.withConnection(c -> Jdbc.first(c, POSTED_SINCE, row -> row.getInt(1), channelId, since).orElse(0));
  }

  public Optional<Instant> lastPostedAt(String channelId) {
    return db.withConnection(c -> Jdbc.first(c, LAST_POSTED, row -> Jdbc.instant(row, "updated_at"), channelId));
  }

  /** How many posts are in each state (every state present, zero included); a null channel counts all. */
  public Map<PostState, Integer> counts(String channelIdOrNull) {
    String sql = "SELECT state, COUNT(*) FROM post" + (channelIdOrNull == null ? "" : " WHERE channel_id = ?") + " GROUP BY state";
    Object[] args = channelIdOrNull == null ? new Object[0] : new Object[] {channelIdOrNull};
    var counts = new EnumMap<PostState, Integer>(PostState.class);
    for (PostState state : PostState.values()) counts.put(state, 0);
    db.withConnection(c -> Jdbc.query(c, sql, row -> counts.put(PostState.fromDb(row.getString(1)), row.getInt(2)), args));
    return counts;
  }

  // Transitions. The variants without a Connection commit on their own: a claim must be committed
  // before the platform is called, or a crash could not tell a sent post from an unsent one.

  /** {@code queued → sending}: attempts + 1, claimed by {@code node}. Exactly one of racing callers wins. */
  public boolean claim(long id, String node, Instant now) {
    return db.inTransaction(c -> PostTransitions.claim(c, id, node, now));
  }

  public boolean claim(Connection c, long id, String node, Instant now) throws SQLException {
    return PostTransitions.claim(c, id, node, now);
  }

  /** {@code sending → posted} with the platform's id and public URL (either may be null). */
  public boolean markPosted(long id, String platformId, String url, Instant now) {
    return db.inTransaction(c -> PostTransitions.markPosted(c, id, platformId, url, now));
  }

  public boolean markPosted(Connection c, long id, String platformId, String url, Instant now) throws SQLException {
    return PostTransitions.markPosted(c, id, platformId, url, now);
  }

  /** {@code sending → queued} after a retryable failure, due again at {@code notBefore}. */
  public boolean requeue(long id, Instant notBefore, String reason, Instant now) {
    return db.inTransaction(c -> PostTransitions.requeue(c, id, notBefore, reason, now));
  }

  public boolean requeue(Connection c, long id, Instant notBefore, String reason, Instant now) throws SQLException {
    return PostTransitions.requeue(c, id, notBefore, reason, now);
  }

  /** {@code sending|queued → failed} for good, with the platform's reason (redacted). */
  public boolean markFailed(long id, String reason, Instant now) {
    return db.inTransaction(c -> PostTransitions.markFailed(c, id, reason, now));
  }

  public boolean markFailed(Connection c, long id, String reason, Instant now) throws SQLException {
    return PostTransitions.markFailed(c, id, reason, now);
  }

  /** {@code queued → skipped} by the scheduler, e.g. older than the channel's maxAge. */
  public boolean markSkipped(long id, String reason, Instant now) {
    return db.inTransaction(c -> PostTransitions.markSkipped(c, id, reason, now));
  }

  public boolean markSkipped(Connection c, long id, String reason, Instant now) throws SQLException {
    return PostTransitions.markSkipped(c, id, reason, now);
  }

  /** {@code sending → in_doubt}: the platform may or may not have taken the post; a person decides. */
  public boolean markInDoubt(long id, String reason, Instant now) {
    return db.inTransaction(c -> PostTransitions.markInDoubt(c, id, reason, now));
  }

  /**
   * Crash recovery: {@code sending → in_doubt} for every post claimed at or before {@code claimedBefore}
   * (a single node passes now at start-up, a cluster passes now minus the lease). Returns how many moved.
   */
  public int markSendingInDoubt(Instant claimedBefore, String reason, Instant now) {
    return db.inTransaction(c -> PostTransitions.markSendingInDoubt(c, claimedBefore, reason, now));
  }

  /**
   * Cluster recovery: {@code sending → in_doubt} for every post claimed at or before {@code claimedBefore}
   * or claimed by a node whose heartbeat is no newer than {@code deadIfSeenBefore}. Returns how many moved.
   */
  public int markOrphansInDoubt(Instant claimedBefore, Instant deadIfSeenBefore, String reason, Instant now) {
    return db.inTransaction(c -> PostTransitions.markOrphansInDoubt(c, claimedBefore, deadIfSeenBefore, reason, now));
  }

  /** Manual: {@code failed|in_doubt|skipped → queued}, due now, with a fresh attempt count. */
  public boolean retry(long id, Instant now) {
    return db.inTransaction(c -> PostTransitions.retry(c, id, now));
  }

  /** Manual: {@code queued|failed|in_doubt → skipped}. */
  public boolean skip(long id, String reason, Instant now) {
    return db.inTransaction(c -> PostTransitions.skip(c, id, reason, now));
  }

  /** Manual: {@code in_doubt|failed|queued → posted}, recording that it did go out at {@code url}. */
  public boolean resolve(long id, String url, Instant now) {
    return db.inTransaction(c -> PostTransitions.resolve(c, id, url, now));
  }

  // Operator actions, each in the caller's transaction so the audit row commits with the change.

  /** {@code awaiting_approval → queued}. */
  public boolean approve(Connection c, long id, String message, Instant now) throws SQLException {
    return PostTransitions.approve(c, id, message, now);
  }

  /** {@code queued|awaiting_approval → queued}, due now and first in its channel's queue. */
  public boolean sendNow(Connection c, long id, Instant now) throws SQLException {
    return PostTransitions.sendNow(c, id, now);
  }

  /** New text for a post nobody is sending yet ({@code queued} or {@code awaiting_approval}). */
  public boolean edit(Connection c, long id, String text, Instant now) throws SQLException {
    return PostTransitions.edit(c, id, text, now);
  }

  /** Another card layout for a post nobody is sending yet. */
  public boolean changeLayout(Connection c, long id, String layout, Instant now) throws SQLException {
    return PostTransitions.changeLayout(c, id, layout, now);
  }

  /** Not before {@code notBefore} (its channel's spacing and quiet hours still apply). */
  public boolean reschedule(Connection c, long id, Instant notBefore, Instant now) throws SQLException {
    return PostTransitions.reschedule(c, id, notBefore, now);
  }

  public boolean retry(Connection c, long id, Instant now) throws SQLException {
    return PostTransitions.retry(c, id, now);
  }

  public boolean skip(Connection c, long id, String reason, Instant now) throws SQLException {
    return PostTransitions.skip(c, id, reason, now);
  }

  public boolean resolve(Connection c, long id, String url, Instant now) throws SQLException {
    return PostTransitions.resolve(c, id, url, now);
  }

  /** When the oldest post still waiting on the channel (queued or awaiting approval) was queued. */
  public Optional<Instant> oldestWaitingSince(String channelId) {
    String sql = "SELECT MIN(created_at) AS oldest FROM post WHERE channel_id = ? AND state IN ('queued', 'awaiting_approval')";
    return db.withConnection(c -> Jdbc.first(c, sql, row -> Optional.ofNullable(Jdbc.instant(row, "oldest")), channelId))
        .flatMap(oldest -> oldest);
  }

  /** The channel's posts waiting for approval, oldest first. */
  public List<Post> awaitingApproval(String channelId) {
    String sql = "SELECT " + COLUMNS + " FROM post WHERE channel_id = ? AND state = 'awaiting_approval' ORDER BY created_at, id";
    return db.withConnection(c -> Jdbc.query(c, sql, PostStore::map, channelId));
  }

  /** Every post of one article, by channel. */
  public List<Post> ofArticle(long articleId) {
    String sql = "SELECT " + COLUMNS + " FROM post WHERE article_id = ? ORDER BY channel_id, id";
    return db.withConnection(c -> Jdbc.query(c, sql, PostStore::map, articleId));
  }

  Post mapRow(ResultSet row) throws SQLException {
    return map(row);
  }

  private static Post map(ResultSet row) throws SQLException {
    return new Post(
        row.getLong("id"), row.getLong("article_id"), row.getString("channel_id"),
        PostState.fromDb(row.getString("state")), row.getString("text"), row.getString("link"),
        row.getString("alt_text"), row.getString("card_layout"), row.getInt("priority"), row.getInt("attempts"),
        Jdbc.instant(row, "not_before"), Jdbc.instant(row, "created_at"), Jdbc.instant(row, "updated_at"),
        row.getString("claimed_by"), Jdbc.instant(row, "claimed_at"), row.getString("platform_id"),
        row.getString("platform_url"), row.getString("reason"), row.getString("idempotency_key"),
        row.getString("record_key"));
  }
}
