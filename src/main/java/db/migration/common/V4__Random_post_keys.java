package db.migration.common;

import dev.herald.store.PostKeys;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Posts get a stored record key (Bluesky's rkey), and every post that may still be sent gets fresh
 * random keys in place of the ones derived from its article id, which a wiped or second store
 * would hand out again. Posted rows keep theirs: they are never sent again. A Java migration because
 * the keys come from {@link java.security.SecureRandom}, which neither H2 nor PostgreSQL SQL offers alike.
 */
public final class V4__Random_post_keys extends BaseJavaMigration {

  private static final String ADD_COLUMN = "ALTER TABLE post ADD COLUMN record_key VARCHAR(13)";
  private static final String UNSENT = "SELECT id, created_at FROM post WHERE state <> 'posted'";
  private static final String REKEY = "UPDATE post SET idempotency_key = ?, record_key = ? WHERE id = ?";

  @Override
  public void migrate(Context context) throws SQLException {
    Connection c = context.getConnection();
    try (Statement ddl = c.createStatement()) {
      ddl.execute(ADD_COLUMN);
    }
    record Unsent(long id, OffsetDateTime createdAt) {}
    List<Unsent> unsent = new ArrayList<>();
    try (Statement query = c.createStatement(); ResultSet rows = query.executeQuery(UNSENT)) {
      while (rows.next()) unsent.add(new Unsent(rows.getLong(1), rows.getObject(2, OffsetDateTime.class)));
    }
    try (PreparedStatement update = c.prepareStatement(REKEY)) {
      for (Unsent post : unsent) {
        var keys = PostKeys.fresh(post.createdAt().toInstant());
        update.setString(1, keys.idempotencyKey());
        update.setString(2, keys.recordKey());
        update.setLong(3, post.id());
        update.addBatch();
      }
      update.executeBatch();
    }
  }
}
