package io.github.councilplatform.notify.bulk.postgresql;

import io.github.councilplatform.notify.bulk.BatchCounts;
import io.github.councilplatform.notify.bulk.BatchIdentity;
import io.github.councilplatform.notify.bulk.BatchJournal;
import io.github.councilplatform.notify.bulk.JournalException;
import io.github.councilplatform.notify.bulk.RowRecord;
import io.github.councilplatform.notify.bulk.RowRef;
import io.github.councilplatform.notify.bulk.RowState;
import java.security.SecureRandom;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;

/**
 * One worker's view of a batch in PostgreSQL. The worker is named by a random advisory lock key that it holds
 * on its own connection while the batch is open; {@code claimed_by} on a row is that key.
 */
final class PostgresBatchJournal implements BatchJournal {
  private static final SecureRandom RANDOM = new SecureRandom();

  /** A worker whose lock is not held any more is dead: its IN_FLIGHT rows are reconciled by whoever comes. */
  private static final String LIVE_WORKERS = "SELECT (l.classid::bigint << 32) | l.objid::bigint FROM pg_locks l"
      + " WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1"
      + " AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database())";

  private static final String FINAL = "('SENT', 'FAILED')";

  private final DataSource dataSource;
  private final BatchIdentity identity;
  private final long worker;
  private final Connection holder;
  private final AtomicBoolean closed = new AtomicBoolean();

  PostgresBatchJournal(DataSource dataSource, BatchIdentity identity) {
    this.dataSource = dataSource;
    this.identity = identity;
    // Below 2^62, so the key splits into pg_locks' two unsigned 32-bit halves without a sign to mend.
    this.worker = RANDOM.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL;
    try {
      this.holder = dataSource.getConnection();
      try (PreparedStatement s = holder.prepareStatement("SELECT pg_advisory_lock(?)")) {
        s.setLong(1, worker);
        s.execute();
      }
    } catch (SQLException e) {
      throw PostgresBulkJournal.failure("register this worker for batch " + identity.batchId(), e);
    }
  }

  @Override
  public BatchIdentity identity() {
    return identity;
  }

  @Override
  public List<RowRef> claim(List<RowRef> rows) {
    Objects.requireNonNull(rows, "rows");
    if (rows.isEmpty()) {
      return List.of();
    }
    ensureAlive();
    // Registered in key order, so two workers registering the same chunk never deadlock on each other's rows.
    List<RowRef> sorted = new ArrayList<>(rows);
    sorted.sort(Comparator.comparing(RowRef::key));
    String[] keys = sorted.stream().map(RowRef::key).toArray(String[]::new);
    Long[] lines = sorted.stream().map(RowRef::line).toArray(Long[]::new);
    Set<String> won = new HashSet<>();
    try (Connection c = dataSource.getConnection()) {
      Array keyArray = c.createArrayOf("varchar", keys);
      try (PreparedStatement s = c.prepareStatement("INSERT INTO council_bulk_row (batch_id, row_key, line, state)"
          + " SELECT ?, k, l, 'PENDING' FROM unnest(?::varchar[], ?::bigint[]) AS t(k, l)"
          + " ON CONFLICT (batch_id, row_key) DO NOTHING")) {
        s.setString(1, identity.batchId());
        s.setArray(2, keyArray);
        s.setArray(3, c.createArrayOf("bigint", lines));
        s.executeUpdate();
      }
      try (PreparedStatement s = c.prepareStatement("UPDATE council_bulk_row r SET state = 'IN_FLIGHT',"
          + " claimed_by = ?, recorded_seq = nextval('council_bulk_row_seq'), updated_at = now()"
          + " WHERE r.batch_id = ? AND r.row_key IN (SELECT row_key FROM council_bulk_row"
          + " WHERE batch_id = ? AND row_key = ANY (?) AND state = 'PENDING' FOR UPDATE SKIP LOCKED)"
          + " RETURNING r.row_key")) {
        s.setLong(1, worker);
        s.setString(2, identity.batchId());
        s.setString(3, identity.batchId());
        s.setArray(4, keyArray);
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            won.add(rs.getString(1));
          }
        }
      }
    } catch (SQLException e) {
      throw PostgresBulkJournal.failure("claim rows of batch " + identity.batchId(), e);
    }
    List<RowRef> claimed = new ArrayList<>(won.size());
    for (RowRef r : rows) {
      if (won.contains(r.key())) {
        claimed.add(r);
      }
    }
    return claimed;
  }

  @Override
  public void recordSent(RowRef row, UUID notificationId) {
    Objects.requireNonNull(notificationId, "notificationId");
    update(row, "state = 'SENT', notification_id = ?, reason = NULL", notificationId, "state NOT IN " + FINAL,
        "record a sent row");
  }

  @Override
  public void recordFailed(RowRef row, String reason) {
    Objects.requireNonNull(reason, "reason");
    update(row, "state = 'FAILED', reason = ?", reason, "state NOT IN " + FINAL, "record a failed row");
  }

  @Override
  public void recordUnknown(RowRef row, String reason) {
    Objects.requireNonNull(reason, "reason");
    update(row, "state = 'OUTCOME_UNKNOWN', reason = ?", reason, "state NOT IN " + FINAL,
        "record a row whose outcome is unknown");
  }

  @Override
  public void release(RowRef row) {
    // Only a row this worker holds: releasing another live worker's row would let it be sent twice.
    update(row, "state = 'PENDING', reason = NULL", null,
        "(state = 'OUTCOME_UNKNOWN' OR (state = 'IN_FLIGHT' AND claimed_by = " + worker + "))", "release a row");
  }

  private void update(RowRef row, String set, Object value, String when, String what) {
    Objects.requireNonNull(row, "row");
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement("INSERT INTO council_bulk_row (batch_id, row_key, line, state)"
            + " VALUES (?, ?, ?, 'PENDING') ON CONFLICT (batch_id, row_key) DO NOTHING")) {
      // A row recorded without a claim (a check failure) may be new to the journal.
      s.setString(1, identity.batchId());
      s.setString(2, row.key());
      s.setLong(3, row.line());
      s.executeUpdate();
      try (PreparedStatement u = c.prepareStatement("UPDATE council_bulk_row SET " + set + ", claimed_by = NULL,"
          + " recorded_seq = nextval('council_bulk_row_seq'), updated_at = now()"
          + " WHERE batch_id = ? AND row_key = ? AND " + when)) {
        int i = 1;
        if (value != null) {
          u.setObject(i++, value);
        }
        u.setString(i++, identity.batchId());
        u.setString(i, row.key());
        u.executeUpdate();
      }
    } catch (SQLException e) {
      throw PostgresBulkJournal.failure(what + " of batch " + identity.batchId(), e);
    }
  }

  /**
   * Takes the rows to reconcile for this worker alone (each becomes IN_FLIGHT, claimed by this worker), so two
   * workers never reconcile, release and then both send the same row.
   */
  @Override
  public List<RowRecord> unresolved(int limit) {
    if (limit < 1) {
      throw new IllegalArgumentException("limit must be at least 1; got " + limit);
    }
    ensureAlive();
    List<RowRecord> out = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement("UPDATE council_bulk_row r SET state = 'IN_FLIGHT',"
            + " claimed_by = ?, updated_at = now() WHERE r.batch_id = ? AND r.row_key IN ("
            + "SELECT row_key FROM council_bulk_row WHERE batch_id = ? AND (state = 'OUTCOME_UNKNOWN'"
            + " OR (state = 'IN_FLIGHT' AND claimed_by IS DISTINCT FROM ? AND (claimed_by IS NULL"
            + " OR claimed_by NOT IN (" + LIVE_WORKERS + "))))"
            + " ORDER BY recorded_seq LIMIT ? FOR UPDATE SKIP LOCKED)"
            + " RETURNING r.row_key, r.line, r.reason, r.updated_at")) {
      s.setLong(1, worker);
      s.setString(2, identity.batchId());
      s.setString(3, identity.batchId());
      s.setLong(4, worker);
      s.setInt(5, limit);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          out.add(new RowRecord(new RowRef(rs.getString(1), rs.getLong(2)), RowState.OUTCOME_UNKNOWN, null,
              rs.getString(3), rs.getTimestamp(4).toInstant()));
        }
      }
    } catch (SQLException e) {
      throw PostgresBulkJournal.failure("find rows to reconcile in batch " + identity.batchId(), e);
    }
    return out;
  }

  @Override
  public Iterable<RowRecord> rows(RowState state) {
    Objects.requireNonNull(state, "state");
    return () -> new Pages(state);
  }

  @Override
  public BatchCounts counts() {
    try (Connection c = dataSource.getConnection()) {
      return PostgresBulkJournal.counts(c, identity.batchId());
    } catch (SQLException e) {
      throw PostgresBulkJournal.failure("count the rows of batch " + identity.batchId(), e);
    }
  }

  @Override
  public void pause(Instant until, String reason) {
    Objects.requireNonNull(until, "until");
    batchUpdate("paused_until = ?, paused_reason = ?", Timestamp.from(until), reason, "pause");
  }

  @Override
  public Optional<Instant> pausedUntil() {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement(
            "SELECT paused_until FROM council_bulk_batch WHERE batch_id = ?")) {
      s.setString(1, identity.batchId());
      try (ResultSet rs = s.executeQuery()) {
        if (!rs.next() || rs.getTimestamp(1) == null) {
          return Optional.empty();
        }
        return Optional.of(rs.getTimestamp(1).toInstant());
      }
    } catch (SQLException e) {
      throw PostgresBulkJournal.failure("read the pause of batch " + identity.batchId(), e);
    }
  }

  @Override
  public void complete() {
    batchUpdate("completed_at = now()", null, null, "complete");
  }

  private void batchUpdate(String set, Object a, Object b, String what) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement("UPDATE council_bulk_batch SET " + set + " WHERE batch_id = ?")) {
      int i = 1;
      if (a != null) {
        s.setObject(i++, a);
        s.setObject(i++, b);
      }
      s.setString(i, identity.batchId());
      s.executeUpdate();
    } catch (SQLException e) {
      throw PostgresBulkJournal.failure(what + " batch " + identity.batchId(), e);
    }
  }

  /**
   * Without its lock connection this worker looks dead to the others, who may reconcile its rows: it must stop
   * claiming rather than send what they might send too.
   */
  private void ensureAlive() {
    if (closed.get()) {
      throw new IllegalStateException("The journal of batch " + identity.batchId() + " is closed");
    }
    try (PreparedStatement s = holder.prepareStatement("SELECT 1")) {
      s.execute();
    } catch (SQLException e) {
      throw new JournalException("Lost the database connection that marks this worker as alive in batch "
          + identity.batchId() + "; stopping so that no row is sent twice. Run the batch again.", e);
    }
  }

  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    try (holder; PreparedStatement s = holder.prepareStatement("SELECT pg_advisory_unlock(?)")) {
      s.setLong(1, worker);
      s.execute();
    } catch (SQLException e) {
      // The lock goes with the connection anyway; the rows still in flight are reconciled by the next run.
    }
  }

  @Override
  public String toString() {
    return "PostgresBatchJournal{" + identity.batchId() + '}';
  }

  /** Reads one state's rows 1,000 at a time, in recorded order, so a million failures are never held at once. */
  private final class Pages implements Iterator<RowRecord> {
    private final RowState state;
    private final List<RowRecord> page = new ArrayList<>();
    private int next;
    private long after = Long.MIN_VALUE;
    private boolean done;

    Pages(RowState state) {
      this.state = state;
    }

    @Override
    public boolean hasNext() {
      if (next < page.size()) {
        return true;
      }
      if (done) {
        return false;
      }
      page.clear();
      next = 0;
      try (Connection c = dataSource.getConnection();
          PreparedStatement s = c.prepareStatement("SELECT row_key, line, notification_id, reason, updated_at,"
              + " recorded_seq FROM council_bulk_row WHERE batch_id = ? AND state = ? AND recorded_seq > ?"
              + " ORDER BY recorded_seq LIMIT 1000")) {
        s.setString(1, identity.batchId());
        s.setString(2, state.name());
        s.setLong(3, after);
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            page.add(new RowRecord(new RowRef(rs.getString(1), rs.getLong(2)), state,
                rs.getObject(3, UUID.class), rs.getString(4), rs.getTimestamp(5).toInstant()));
            after = rs.getLong(6);
          }
        }
      } catch (SQLException e) {
        throw PostgresBulkJournal.failure("read the rows of batch " + identity.batchId(), e);
      }
      done = page.size() < 1000;
      return !page.isEmpty();
    }

    @Override
    public RowRecord next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      return page.get(next++);
    }
  }
}
