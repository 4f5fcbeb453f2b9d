package dev.herald.store;

import java.time.Instant;
import java.util.Optional;

/**
 * The {@code approval_draft} table: which post's draft went to which approver chat, as which message.
 * {@link #claim} wins once per (post, chat), so two nodes never send the same draft.
 */
public final class ApprovalDraftStore {

  private static final String CLAIM = "INSERT INTO approval_draft (post_id, chat_id, sent_at) VALUES (?, ?, ?)";
  private static final String SENT = "UPDATE approval_draft SET message_id = ? WHERE post_id = ? AND chat_id = ?";
  private static final String RELEASE = "DELETE FROM approval_draft WHERE post_id = ? AND chat_id = ? AND message_id IS NULL";
  private static final String MESSAGE_OF = "SELECT message_id FROM approval_draft WHERE post_id = ? AND chat_id = ? AND message_id IS NOT NULL";
  private static final String POST_OF = "SELECT post_id FROM approval_draft WHERE chat_id = ? AND message_id = ?";

  private final Database db;

  ApprovalDraftStore(Database db) {
    this.db = db;
  }

  /** True for the one caller that may send this post's draft to {@code chatId}. */
  public boolean claim(long postId, String chatId, Instant now) {
    return db.inTransaction(c -> Jdbc.insertUnlessDuplicate(c, CLAIM, postId, chatId, now));
  }

  /** The draft went out as {@code messageId}: a reply to it names this post. */
  public void sent(long postId, String chatId, long messageId) {
    db.inTransaction(c -> Jdbc.update(c, SENT, messageId, postId, chatId));
  }

  /** Sending failed: the next pass may try again. */
  public void release(long postId, String chatId) {
    db.inTransaction(c -> Jdbc.update(c, RELEASE, postId, chatId));
  }

  /** The message the post's draft went out as in {@code chatId}; empty when it has not gone out. */
  public Optional<Long> messageOf(long postId, String chatId) {
    return db.withConnection(c -> Jdbc.first(c, MESSAGE_OF, row -> row.getLong(1), postId, chatId));
  }

  /** The post whose draft is message {@code messageId} in {@code chatId}. */
  public Optional<Long> postOf(String chatId, long messageId) {
    return db.withConnection(c -> Jdbc.first(c, POST_OF, row -> row.getLong(1), chatId, messageId));
  }
}
