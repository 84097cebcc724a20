package dev.posdx.core;

import dev.posdx.core.internal.CodeKey;
import dev.posdx.core.outcome.ResponseCode;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One network's candidates by response code, keyed by the code's (at most three ASCII)
 * characters packed into an {@code int}: a lookup reads the code's characters and probes an
 * {@code int[]}, with no hashing of strings, no {@code equals} call and no allocation.
 */
final class CodeTable {

  private final int[] keys;
  private final RuleIndex.@Nullable Candidates[] values;

  CodeTable(Map<ResponseCode, RuleIndex.Candidates> byCode) {
    // At most half full, so a probe always ends on an empty slot (key 0: no code packs to 0).
    int capacity = Integer.highestOneBit(Math.max(1, byCode.size()) * 2 - 1) << 1;
    keys = new int[capacity];
    values = new RuleIndex.Candidates[capacity];
    for (Map.Entry<ResponseCode, RuleIndex.Candidates> e : byCode.entrySet()) {
      int key = CodeKey.of(e.getKey());
      int i = slot(key, capacity - 1);
      while (keys[i] != 0) {
        i = (i + 1) & (capacity - 1);
      }
      keys[i] = key;
      values[i] = e.getValue();
    }
  }

  /** The code's candidates, or null when no rule names the code. */
  RuleIndex.@Nullable Candidates get(ResponseCode code) {
    return get(CodeKey.of(code));
  }

  /** The candidates of the code with this {@link CodeKey}, or null when no rule names the code. */
  RuleIndex.@Nullable Candidates get(int key) {
    int mask = keys.length - 1;
    for (int i = slot(key, mask); ; i = (i + 1) & mask) {
      int k = keys[i];
      if (k == key) {
        return values[i];
      }
      if (k == 0) {
        return null;
      }
    }
  }

  private static int slot(int key, int mask) {
    return ((key * 0x9E3779B9) >>> 16) & mask;
  }
}
