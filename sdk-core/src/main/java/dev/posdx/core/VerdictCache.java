package dev.posdx.core;

import dev.posdx.core.internal.Verdict;
import org.jspecify.annotations.Nullable;

/**
 * Values of one index cell by a {@code long} key: its verdicts by the set of its rules that
 * matched (a bit per candidate) and the two outcome facts ranking reads, or what an outcome's
 * feature word settles in it. Reads take no lock and allocate nothing: an open-addressed table of
 * {@code long} keys, replaced whole on each insertion. Holds at most {@code limit} entries, so its
 * size is bounded by the cell's rule count; past it, values are computed and not kept. Thread-safe.
 */
final class VerdictCache<V> {

  /** What a matched rule set concludes, and the same once the scheme's reattempt cap applies. */
  record Entry(Verdict verdict, @Nullable Verdict capped) {}

  private record Table(long[] keys, @Nullable Object[] values, int size) {}

  private static final Table EMPTY = new Table(new long[1], new Object[1], 0);

  private final int limit;
  private volatile Table table = EMPTY;

  VerdictCache(int limit) {
    this.limit = limit;
  }

  @Nullable V get(long key) {
    return find(table, key);
  }

  /** Whether it keeps no more values: a value computed now will not be kept. */
  boolean full() {
    return table.size >= limit;
  }

  /** Keeps the value unless the cache is full or another thread kept one first. */
  synchronized void put(long key, V value) {
    Table t = table;
    if (t.size >= limit || find(t, key) != null) {
      return;
    }
    // At most half full, so a probe always ends on an empty slot.
    int capacity = Integer.highestOneBit(Math.max(2, (t.size + 1) * 2) - 1) << 1;
    long[] keys = new long[capacity];
    Object[] values = new Object[capacity];
    for (int i = 0; i < t.keys.length; i++) {
      Object v = t.values[i];
      if (v != null) {
        insert(keys, values, t.keys[i], v);
      }
    }
    insert(keys, values, key, value);
    table = new Table(keys, values, t.size + 1);
  }

  int size() {
    return table.size;
  }

  @SuppressWarnings("unchecked") // only put() stores values, and only values of type V
  private @Nullable V find(Table t, long key) {
    int mask = t.keys.length - 1;
    for (int i = slot(key) & mask; ; i = (i + 1) & mask) {
      Object v = t.values[i];
      if (v == null || t.keys[i] == key) {
        return (V) v;
      }
    }
  }

  private static void insert(long[] keys, @Nullable Object[] values, long key, Object value) {
    int mask = keys.length - 1;
    int i = slot(key) & mask;
    while (values[i] != null) {
      i = (i + 1) & mask;
    }
    keys[i] = key;
    values[i] = value;
  }

  private static int slot(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h >>> 32);
  }
}
