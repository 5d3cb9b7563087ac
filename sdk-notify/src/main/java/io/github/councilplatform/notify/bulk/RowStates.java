package io.github.councilplatform.notify.bulk;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.ToLongFunction;

/**
 * Each row's last state in a file journal, in about 32 bytes a row, so that a million-row batch keeps its heap
 * flat: a row is held as its key's 64-bit hash and its line, not as its key. Only the rows a resume must look up
 * by key (in flight, outcome unknown) keep their keys, and there are few of them at any time.
 *
 * <p>The line tells two keys with one hash apart: keys are unique within a batch and a row's line never changes
 * (the batch's fingerprint pins its rows), so a hash found with another line is a second key with the same hash,
 * kept by key instead. Not thread-safe; the journal holds its lock.
 */
final class RowStates {
  private static final int STATE_BITS = 3;
  private final LongIndex packed = new LongIndex();
  private final Map<String, Long> collided = new HashMap<>();
  private final Map<String, Long> toReconcile = new LinkedHashMap<>();
  private final long[] counts = new long[RowState.values().length];
  private final ToLongFunction<String> hash;

  RowStates() {
    this(LongIndex::hash);
  }

  /** With another hash: tests force two keys onto one. */
  RowStates(ToLongFunction<String> hash) {
    this.hash = hash;
  }

  /** The row's state, or {@code null} if the journal has none. */
  RowState get(String key, long line) {
    long value = packed.get(hash.applyAsLong(key));
    if (value < 0) {
      return null;
    }
    if (value >>> STATE_BITS != line) {
      Long other = collided.get(key);
      return other == null ? null : RowState.values()[(int) (other & 7)];
    }
    return RowState.values()[(int) (value & 7)];
  }

  /** Sets the row's state. */
  void put(String key, long line, RowState state) {
    RowState before = get(key, line);
    if (before != null) {
      counts[before.ordinal()]--;
    }
    counts[state.ordinal()]++;
    long value = line << STATE_BITS | state.ordinal();
    long h = hash.applyAsLong(key);
    long found = packed.get(h);
    if (found < 0 || found >>> STATE_BITS == line) {
      packed.put(h, value);
    } else {
      collided.put(key, value);
    }
    if (state == RowState.IN_FLIGHT || state == RowState.OUTCOME_UNKNOWN) {
      toReconcile.put(key, line);
    } else {
      toReconcile.remove(key);
    }
  }

  /** The rows in flight or of unknown outcome, by key, with their lines, oldest first. */
  void forEachUnresolved(BiConsumer<String, Long> action) {
    toReconcile.forEach(action);
  }

  /** How many rows are in each state. */
  BatchCounts counts() {
    return new BatchCounts(counts[0], counts[1], counts[2], counts[3], counts[4]);
  }
}
