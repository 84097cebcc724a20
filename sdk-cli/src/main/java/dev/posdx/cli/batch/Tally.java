package dev.posdx.cli.batch;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts by key with a cap on distinct keys, so a log with millions of stores cannot exhaust
 * memory: keys past the cap are counted under {@link #OTHER}. Not thread-safe.
 */
final class Tally {

  static final String OTHER = "(other)";
  static final String UNKNOWN = "(unknown)";

  private final int maxKeys;
  private final Map<String, long[]> counts = new HashMap<>();

  Tally(int maxKeys) {
    this.maxKeys = maxKeys;
  }

  void add(String key) {
    long[] count = counts.get(key);
    if (count == null) {
      if (counts.size() >= maxKeys && !key.equals(OTHER)) {
        add(OTHER);
        return;
      }
      count = new long[1];
      counts.put(key, count);
    }
    count[0]++;
  }

  long get(String key) {
    long[] count = counts.get(key);
    return count == null ? 0 : count[0];
  }

  int size() {
    return counts.size();
  }

  /** Largest first; ties by key, so reports are reproducible. */
  List<Count> ranked() {
    List<Count> entries = new ArrayList<>(counts.size());
    counts.forEach((k, v) -> entries.add(new Count(k, v[0])));
    entries.sort((a, b) -> a.count() != b.count() ? Long.compare(b.count(), a.count()) : a.key().compareTo(b.key()));
    return ImmutableList.copyOf(entries);
  }
}
