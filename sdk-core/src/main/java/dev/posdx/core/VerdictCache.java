package dev.posdx.core;

import dev.posdx.core.internal.Verdict;
import org.jspecify.annotations.Nullable;

/**
 * One index cell's verdicts by the set of its rules that matched (a bit per candidate) and the
 * two outcome facts ranking reads. Reads take no lock and allocate nothing: an open-addressed
 * table of {@code long} keys, replaced whole on each insertion. Holds at most {@code limit}
 * entries, so its size is bounded by the cell's rule count; past it, verdicts are computed and
 * not kept. Thread-safe.
 */
final class VerdictCache {

  /** What a matched rule set concludes, and the same once the scheme's reattempt cap applies. */
  record Entry(Verdict verdict, @Nullable Verdict capped) {}

  private record Table(long[] keys, @Nullable Entry[] entries, int size) {}

  private static final Table EMPTY = new Table(new long[1], new Entry[1], 0);

  private final int limit;
  private volatile Table table = EMPTY;

  VerdictCache(int limit) {
    this.limit = limit;
  }

  @Nullable Entry get(long key) {
    return find(table, key);
  }

  /** Keeps the entry unless the cache is full or another thread kept one first. */
  synchronized void put(long key, Entry entry) {
    Table t = table;
    if (t.size >= limit || find(t, key) != null) {
      return;
    }
    // At most half full, so a probe always ends on an empty slot.
    int capacity = Integer.highestOneBit(Math.max(2, (t.size + 1) * 2) - 1) << 1;
    long[] keys = new long[capacity];
    Entry[] entries = new Entry[capacity];
    for (int i = 0; i < t.keys.length; i++) {
      Entry e = t.entries[i];
      if (e != null) {
        insert(keys, entries, t.keys[i], e);
      }
    }
    insert(keys, entries, key, entry);
    table = new Table(keys, entries, t.size + 1);
  }

  int size() {
    return table.size;
  }

  private static @Nullable Entry find(Table t, long key) {
    int mask = t.keys.length - 1;
    for (int i = slot(key) & mask; ; i = (i + 1) & mask) {
      Entry e = t.entries[i];
      if (e == null || t.keys[i] == key) {
        return e;
      }
    }
  }

  private static void insert(long[] keys, @Nullable Entry[] entries, long key, Entry entry) {
    int mask = keys.length - 1;
    int i = slot(key) & mask;
    while (entries[i] != null) {
      i = (i + 1) & mask;
    }
    keys[i] = key;
    entries[i] = entry;
  }

  private static int slot(long key) {
    long h = key * 0x9E3779B97F4A7C15L;
    return (int) (h >>> 32);
  }
}
