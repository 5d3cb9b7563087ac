package io.github.councilplatform.notify.bulk;

import java.security.MessageDigest;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Stream;

/** Rows from code. */
final class RowsSource extends BatchSource {
  private final Supplier<Stream<BulkRow>> rows;

  RowsSource(Supplier<Stream<BulkRow>> rows) {
    this.rows = rows;
  }

  @Override
  String describe() {
    return "rows from code";
  }

  @Override
  RowCursor open() {
    Stream<BulkRow> stream = rows.get();
    Iterator<BulkRow> it = stream.iterator();
    MessageDigest digest = Digests.sha256();
    return new RowCursor() {
      private long line;

      @Override
      public boolean hasNext() {
        return it.hasNext();
      }

      @Override
      public SourceRow next() {
        BulkRow row = it.next();
        if (row == null) {
          throw new BulkInputException(BulkInputException.Problem.MALFORMED_CSV, "Row " + (line + 1)
              + " of the batch is null; give a BulkRow for every row.");
        }
        line++;
        String key = row.key() == null ? Long.toString(line) : row.key();
        Map<String, String> columns = new LinkedHashMap<>();
        // Sorted, so the fingerprint does not depend on a map's iteration order.
        for (Map.Entry<String, String> e : new TreeMap<>(row.columns()).entrySet()) {
          columns.put(Columns.normalise(e.getKey()), Columns.clean(e.getValue()));
        }
        Digests.update(digest, key);
        columns.forEach((k, v) -> {
          Digests.update(digest, k);
          Digests.update(digest, v);
        });
        digest.update((byte) '\n');
        return new SourceRow(line, key, columns);
      }

      @Override
      public Set<String> headers() {
        return null;
      }

      @Override
      public String fingerprint() {
        return Digests.hex(digest);
      }

      @Override
      public void close() {
        stream.close();
      }
    };
  }

}
