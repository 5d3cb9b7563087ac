package io.github.councilplatform.notify.bulk.postgresql;

import io.github.councilplatform.notify.bulk.JournalException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * The PostgreSQL schema of the bulk journal and the shared rate limit: plain SQL shipped in this jar at
 * {@value #MIGRATION}, every statement idempotent ({@code CREATE … IF NOT EXISTS}). {@link PostgresBulkJournal}
 * runs it when it starts unless told not to; a service whose database user may not create tables runs the same
 * file by hand ({@code psql -f V1__bulk_journal.sql}) or from its own Flyway or Liquibase migrations.
 */
public final class BulkSchema {
  /** Where the migration is on the class path. */
  public static final String MIGRATION = "META-INF/council-platform/bulk/postgresql/V1__bulk_journal.sql";

  /** Concurrent instances starting at once must not race each other's {@code CREATE … IF NOT EXISTS}. */
  private static final long MIGRATION_LOCK = 0x436f_756e_6369_6c01L;

  private BulkSchema() {}

  /**
   * The migration's SQL, to read or to copy into your own migrations.
   *
   * @return the SQL text
   */
  public static String sql() {
    try (InputStream in = BulkSchema.class.getClassLoader().getResourceAsStream(MIGRATION)) {
      if (in == null) {
        throw new IllegalStateException(MIGRATION + " is missing from the class path (a damaged jar?)");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException("Could not read " + MIGRATION, e);
    }
  }

  /**
   * Creates the tables when they are not there yet. Safe to call from several instances at once (it takes a
   * transaction-level advisory lock) and on every start.
   *
   * @param dataSource the database
   * @throws JournalException if the database refuses (for example, the user may not create tables: then run the
   *     migration by hand as a user who may)
   */
  public static void migrate(DataSource dataSource) {
    try (Connection c = dataSource.getConnection()) {
      boolean auto = c.getAutoCommit();
      c.setAutoCommit(false);
      try (Statement s = c.createStatement()) {
        s.execute("SELECT pg_advisory_xact_lock(" + MIGRATION_LOCK + ")");
        s.execute(sql());
        c.commit();
      } catch (SQLException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(auto);
      }
    } catch (SQLException e) {
      throw new JournalException("Could not create the bulk journal's tables (" + e.getMessage() + "). Run "
          + MIGRATION + " from this jar by hand as a database user who may create tables, then build the"
          + " journal with createSchema(false).", e);
    }
  }
}
