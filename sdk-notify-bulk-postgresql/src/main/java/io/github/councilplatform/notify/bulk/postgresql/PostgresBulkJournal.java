package io.github.councilplatform.notify.bulk.postgresql;

import io.github.councilplatform.notify.TemplateType;
import io.github.councilplatform.notify.bulk.BatchCounts;
import io.github.councilplatform.notify.bulk.BatchIdentity;
import io.github.councilplatform.notify.bulk.BatchJournal;
import io.github.councilplatform.notify.bulk.BatchStatus;
import io.github.councilplatform.notify.bulk.BulkJournal;
import io.github.councilplatform.notify.bulk.JournalException;
import io.github.councilplatform.notify.bulk.JournalMismatchException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * A bulk journal in PostgreSQL, for services that run several instances: every instance sending the same batch
 * (same id, template and file) opens it here, and each row is handed to exactly one of them. Workers claim rows
 * with {@code SELECT … FOR UPDATE SKIP LOCKED}, so they never wait for each other's chunks; each worker holds a
 * session advisory lock for as long as its batch is open, so the rows of a worker that died (its connection
 * gone, its lock released by PostgreSQL) are found at once and reconciled by reference, while a live worker's
 * rows are left alone.
 *
 * <p>Give it a pooled {@link DataSource} (HikariCP or your framework's): each journal call borrows one connection
 * for one short transaction, and each open batch keeps one more for its advisory lock. The tables are created by
 * {@link BulkSchema} (plain SQL in this jar) when the journal is built, unless {@link Builder#createSchema(boolean)
 * createSchema(false)}.
 *
 * <pre>{@code
 * BulkJournal journal = PostgresBulkJournal.create(dataSource);
 * BulkSender sender = BulkSender.builder().notify(notify).journal(journal)
 *     .pacer(PostgresSendPacer.builder(dataSource).perMinute(3000).build()).build();
 * }</pre>
 */
public final class PostgresBulkJournal implements BulkJournal {
  private final DataSource dataSource;

  private PostgresBulkJournal(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /**
   * A journal on a database, creating its tables when they are not there.
   *
   * @param dataSource a pooled data source
   * @return the journal
   * @throws JournalException if the tables cannot be created
   */
  public static PostgresBulkJournal create(DataSource dataSource) {
    return builder(dataSource).build();
  }

  /**
   * A builder, to leave the schema to your own migrations.
   *
   * @param dataSource a pooled data source
   * @return a new builder
   */
  public static Builder builder(DataSource dataSource) {
    return new Builder(dataSource);
  }

  @Override
  public BatchJournal open(BatchIdentity identity) {
    Objects.requireNonNull(identity, "identity");
    try (Connection c = dataSource.getConnection();
        PreparedStatement insert = c.prepareStatement("INSERT INTO council_bulk_batch (batch_id, template_id,"
            + " channel, fingerprint) VALUES (?, ?, ?, ?) ON CONFLICT (batch_id) DO NOTHING")) {
      insert.setString(1, identity.batchId());
      insert.setObject(2, identity.templateId());
      insert.setString(3, identity.channel().name());
      insert.setString(4, identity.fingerprint());
      insert.executeUpdate();
      BatchIdentity found = find(c, identity.batchId()).orElseThrow(() -> new JournalException("Batch "
          + identity.batchId() + " vanished while it was being opened (deleted by hand?). Run it again.", null));
      check(identity, found);
    } catch (SQLException e) {
      throw failure("open batch " + identity.batchId(), e);
    }
    return new PostgresBatchJournal(dataSource, identity);
  }

  @Override
  public Optional<BatchStatus> status(String batchId) {
    Objects.requireNonNull(batchId, "batchId");
    try (Connection c = dataSource.getConnection()) {
      Optional<BatchIdentity> identity = find(c, batchId);
      if (identity.isEmpty()) {
        return Optional.empty();
      }
      Timestamp paused;
      boolean completed;
      try (PreparedStatement s = c.prepareStatement(
          "SELECT paused_until, completed_at FROM council_bulk_batch WHERE batch_id = ?")) {
        s.setString(1, batchId);
        try (ResultSet rs = s.executeQuery()) {
          rs.next();
          paused = rs.getTimestamp(1);
          completed = rs.getTimestamp(2) != null;
        }
      }
      return Optional.of(new BatchStatus(identity.get(), counts(c, batchId),
          paused == null ? null : paused.toInstant(), completed));
    } catch (SQLException e) {
      throw failure("read the status of batch " + batchId, e);
    }
  }

  /** Nothing to release: connections are borrowed per call, and each open batch closes its own. */
  @Override
  public void close() {}

  @Override
  public String toString() {
    return "PostgresBulkJournal";
  }

  static Optional<BatchIdentity> find(Connection c, String batchId) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(
        "SELECT template_id, channel, fingerprint FROM council_bulk_batch WHERE batch_id = ?")) {
      s.setString(1, batchId);
      try (ResultSet rs = s.executeQuery()) {
        if (!rs.next()) {
          return Optional.empty();
        }
        return Optional.of(new BatchIdentity(batchId, rs.getObject(1, UUID.class),
            TemplateType.valueOf(rs.getString(2)), rs.getString(3)));
      }
    }
  }

  static BatchCounts counts(Connection c, String batchId) throws SQLException {
    long pending = 0;
    long inFlight = 0;
    long sent = 0;
    long failed = 0;
    long unknown = 0;
    try (PreparedStatement s = c.prepareStatement(
        "SELECT state, count(*) FROM council_bulk_row WHERE batch_id = ? GROUP BY state")) {
      s.setString(1, batchId);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          long n = rs.getLong(2);
          switch (rs.getString(1)) {
            case "PENDING" -> pending = n;
            case "IN_FLIGHT" -> inFlight = n;
            case "SENT" -> sent = n;
            case "FAILED" -> failed = n;
            default -> unknown = n;
          }
        }
      }
    }
    return new BatchCounts(pending, inFlight, sent, failed, unknown);
  }

  private static void check(BatchIdentity wanted, BatchIdentity found) {
    if (!wanted.templateId().equals(found.templateId()) || wanted.channel() != found.channel()) {
      throw new JournalMismatchException("Batch " + wanted.batchId() + " was started with template "
          + found.templateId() + " (" + found.channel() + "), not " + wanted.templateId() + " ("
          + wanted.channel() + "). Nothing was sent. Resume it with its own template, or give this one a new"
          + " batch id.");
    }
    if (!wanted.fingerprint().equals(found.fingerprint())) {
      throw new JournalMismatchException("Batch " + wanted.batchId() + " was started with other rows: the file"
          + " differs from the one the batch began with. Nothing was sent. Resume it with the exact same file,"
          + " or give the new file a new batch id.");
    }
  }

  static JournalException failure(String what, SQLException e) {
    return new JournalException("Could not " + what + " in the PostgreSQL bulk journal (" + e.getMessage()
        + "). What was recorded before stays; run the batch again once the database is reachable.", e);
  }

  /** Builds a {@link PostgresBulkJournal}. */
  public static final class Builder {
    private final DataSource dataSource;
    private boolean createSchema = true;

    private Builder(DataSource dataSource) {
      this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    /**
     * Whether to create the tables when the journal is built (default {@code true}). Set {@code false} when
     * your own migrations run {@link BulkSchema#MIGRATION}.
     *
     * @param create whether to run the migration
     * @return this builder
     */
    public Builder createSchema(boolean create) {
      this.createSchema = create;
      return this;
    }

    /**
     * Builds the journal.
     *
     * @return the journal
     * @throws JournalException if the tables cannot be created
     */
    public PostgresBulkJournal build() {
      if (createSchema) {
        BulkSchema.migrate(dataSource);
      }
      return new PostgresBulkJournal(dataSource);
    }
  }
}
