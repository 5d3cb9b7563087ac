package io.github.councilplatform.notify.bulk;

import java.nio.file.Path;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * Where a batch's rows come from: a CSV file laid out like Notify's own upload, or rows from code. A source is
 * read twice (once to check every row, once to send) and again on every resume, streaming each time, so it
 * must give the same rows in the same order each time; its fingerprint (a SHA-256 of the file, or of the
 * rows) is what the journal uses to refuse a changed source.
 */
public abstract sealed class BatchSource permits CsvSource, RowsSource {

  BatchSource() {}

  /**
   * A UTF-8 CSV file like Notify's upload: a header row with the recipient column ({@code email address},
   * {@code phone number}, or {@code address line 1} … {@code address line 7} and {@code postcode}) and a column
   * per placeholder, in any order; header case, spaces, underscores and hyphens are ignored, as Notify does.
   * Rows are numbered by line (the header is line 1) unless {@link #csv(Path, String)} names a key column.
   *
   * @param file the file
   * @return the source
   */
  public static BatchSource csv(Path file) {
    return new CsvSource(Objects.requireNonNull(file, "file"), null);
  }

  /**
   * A CSV file whose rows are keyed by a column of their own (an account number, say), so the keys, and so
   * the Notify references, stay the same if the file is sorted differently for a new batch.
   *
   * @param file the file
   * @param keyColumn the column holding each row's unique key
   * @return the source
   */
  public static BatchSource csv(Path file, String keyColumn) {
    return new CsvSource(Objects.requireNonNull(file, "file"), Objects.requireNonNull(keyColumn, "keyColumn"));
  }

  /**
   * Rows from code. The iterable is iterated once per pass.
   *
   * @param rows the rows, the same each time they are iterated
   * @return the source
   */
  public static BatchSource of(Iterable<BulkRow> rows) {
    Objects.requireNonNull(rows, "rows");
    return new RowsSource(() -> java.util.stream.StreamSupport.stream(rows.spliterator(), false));
  }

  /**
   * Rows from code, as a stream made afresh for each pass (for example a database query).
   *
   * @param rows makes the stream of rows, the same rows each time
   * @return the source
   */
  public static BatchSource ofStream(Supplier<Stream<BulkRow>> rows) {
    return new RowsSource(Objects.requireNonNull(rows, "rows"));
  }

  /** Opens one streaming pass over the rows. */
  abstract RowCursor open();

  /** A short description for reports (the file name, or "rows from code"). */
  abstract String describe();
}
