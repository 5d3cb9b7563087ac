package io.github.councilplatform.notify.bulk;

import java.util.Arrays;

/**
 * A compact map from 64-bit hashes to line numbers, for spotting repeated recipients and keys in a million
 * rows without keeping the rows: 16 bytes a row instead of a {@code HashMap} entry and a string.
 */
final class LongIndex {
  private static final long EMPTY = 0L;
  private long[] keys = new long[1024];
  private long[] values = new long[1024];
  private int size;

  /** The 64-bit FNV-1a hash of a string, never 0 (0 marks an empty slot). */
  static long hash(String s) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    h ^= h >>> 33;
    return h == EMPTY ? 1 : h;
  }

  /** Records {@code value} for {@code key} if absent; returns the earlier value, or -1 if there was none. */
  long putIfAbsent(long key, long value) {
    int i = slotFor(key);
    if (keys[i] == key) {
      return values[i];
    }
    keys[i] = key;
    values[i] = value;
    size++;
    return -1;
  }

  /** The value for {@code key}, or -1 if there is none. */
  long get(long key) {
    int mask = keys.length - 1;
    int i = (int) (mix(key) & mask);
    while (keys[i] != EMPTY) {
      if (keys[i] == key) {
        return values[i];
      }
      i = (i + 1) & mask;
    }
    return -1;
  }

  /** Records {@code value} for {@code key}, replacing any earlier one. */
  void put(long key, long value) {
    int i = slotFor(key);
    if (keys[i] != key) {
      keys[i] = key;
      size++;
    }
    values[i] = value;
  }

  /** The slot holding {@code key}, or the empty one it would go in, growing the table first if it is half full. */
  private int slotFor(long key) {
    if (size * 2 >= keys.length) {
      grow();
    }
    int mask = keys.length - 1;
    int i = (int) (mix(key) & mask);
    while (keys[i] != EMPTY && keys[i] != key) {
      i = (i + 1) & mask;
    }
    return i;
  }

  private static long mix(long k) {
    k ^= k >>> 31;
    k *= 0x7fb5d329728ea185L;
    return k ^ (k >>> 27);
  }

  private void grow() {
    long[] oldKeys = keys;
    long[] oldValues = values;
    keys = new long[oldKeys.length * 2];
    values = new long[oldKeys.length * 2];
    Arrays.fill(keys, EMPTY);
    size = 0;
    for (int i = 0; i < oldKeys.length; i++) {
      if (oldKeys[i] != EMPTY) {
        putIfAbsent(oldKeys[i], oldValues[i]);
      }
    }
  }
}
