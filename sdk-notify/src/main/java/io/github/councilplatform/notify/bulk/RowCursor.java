package io.github.councilplatform.notify.bulk;

import java.util.Iterator;
import java.util.Set;

/** One streaming pass over a source. */
interface RowCursor extends Iterator<SourceRow>, AutoCloseable {

  /** The normalised header names of a CSV file, or {@code null} for rows from code. */
  Set<String> headers();

  /** The SHA-256 of everything read, as hex; complete once the pass has read every row. */
  String fingerprint();

  @Override
  void close();
}
