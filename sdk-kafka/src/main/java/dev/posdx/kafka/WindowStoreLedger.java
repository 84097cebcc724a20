package dev.posdx.kafka;

import java.time.Instant;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;

/**
 * The ledger in a Kafka Streams window store that keeps duplicates: one entry per declined try,
 * at its record time; the store's retention drops tries older than the longest window. The
 * store holds ledger keys and times only. Not thread-safe: one per task, as Streams uses it.
 */
final class WindowStoreLedger implements ReattemptLedger {

  private final WindowStore<String, Long> store;

  WindowStoreLedger(WindowStore<String, Long> store) {
    this.store = store;
  }

  @Override
  public int declinesBetween(String key, Instant from, Instant to) {
    int count = 0;
    try (WindowStoreIterator<Long> tries = store.fetch(key, from, to)) {
      while (tries.hasNext()) {
        tries.next();
        count++;
      }
    }
    return count;
  }

  @Override
  public void recordDecline(String key, Instant at) {
    store.put(key, at.toEpochMilli(), at.toEpochMilli());
  }
}
