package io.github.councilplatform.notify.bulk;

import java.util.Objects;

/**
 * Names one row of a batch to a {@link BatchJournal}: its key, which is unique within the batch and stable
 * across runs (it makes the row's Notify {@code reference}), and where the row came from, for reports.
 *
 * @param key the row's key within the batch (never blank; at most 200 characters)
 * @param line the row's line number in its source (1 is a CSV file's header, so CSV rows start at 2;
 *     rows from an {@code Iterable} are numbered from 1)
 */
public record RowRef(String key, long line) {

  /** The longest row key: with the batch id it must fit Notify's 1000-character {@code reference}. */
  public static final int MAX_KEY_LENGTH = 200;

  /**
   * Checks the key.
   *
   * @param key the row's key within the batch
   * @param line the row's line number in its source
   * @throws IllegalArgumentException if the key is blank or too long, or the line is below 1
   */
  public RowRef {
    Objects.requireNonNull(key, "key");
    if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
      throw new IllegalArgumentException("A row key must be 1 to " + MAX_KEY_LENGTH + " characters; got "
          + key.length() + " at line " + line);
    }
    if (line < 1) {
      throw new IllegalArgumentException("line must be at least 1; got " + line);
    }
  }
}
