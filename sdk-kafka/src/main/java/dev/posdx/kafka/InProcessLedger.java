package dev.posdx.kafka;

import static com.google.common.base.Preconditions.checkArgument;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;

/**
 * A {@link ReattemptLedger} for a single gateway JVM, on Caffeine: bounded to a number of cards
 * (the least recently used go first) and expiring each card a retention after its last decline,
 * so memory stays flat whatever the traffic. Thread-safe; one card's count and record are each
 * atomic, but a count followed by a record is not one step (two terminals declining the same card
 * in the same millisecond may both see the same count).
 *
 * @since 0.1
 */
public final class InProcessLedger implements ReattemptLedger {

  /** Declines kept per card; a scheme cap is far lower, and the oldest matter least. */
  static final int MAX_DECLINES_PER_CARD = 256;

  private final Cache<String, long[]> declines;
  private final Duration retention;

  private InProcessLedger(long maxCards, Duration retention, Ticker ticker) {
    this.retention = retention;
    this.declines =
        Caffeine.newBuilder().maximumSize(maxCards).expireAfterWrite(retention).ticker(ticker).build();
  }

  /**
   * A ledger holding at most {@code maxCards} cards, each forgotten {@code retention} after its
   * last decline; the retention must cover the longest scheme window the packs name (30 days for
   * Visa and Mastercard).
   *
   * @param maxCards how many card and merchant keys to hold; the least recently used go first
   * @param retention how long a decline is kept after it was recorded
   * @return the ledger, in this process's memory only
   */
  public static InProcessLedger create(long maxCards, Duration retention) {
    return create(maxCards, retention, Ticker.systemTicker());
  }

  static InProcessLedger create(long maxCards, Duration retention, Ticker ticker) {
    checkArgument(maxCards >= 1, "maxCards must be at least 1, got %s", maxCards);
    checkArgument(retention.compareTo(Duration.ZERO) > 0, "retention must be positive, got %s", retention);
    return new InProcessLedger(maxCards, retention, ticker);
  }

  @Override
  public int declinesBetween(String key, Instant from, Instant to) {
    long[] times = declines.getIfPresent(key);
    if (times == null) {
      return 0;
    }
    long start = from.toEpochMilli();
    long end = to.toEpochMilli();
    int count = 0;
    for (long t : times) {
      if (t >= start && t <= end) {
        count++;
      }
    }
    return count;
  }

  @Override
  public void recordDecline(String key, Instant at) {
    long now = at.toEpochMilli();
    long oldest = now - retention.toMillis();
    declines.asMap().compute(key, (k, times) -> {
      long[] kept = times == null ? new long[0] : Arrays.stream(times).filter(t -> t > oldest).toArray();
      int from = Math.max(0, kept.length + 1 - MAX_DECLINES_PER_CARD);
      long[] next = Arrays.copyOfRange(kept, from, kept.length + 1);
      next[next.length - 1] = now;
      return next;
    });
  }

  /** {@return cards now held, after pending evictions have run} */
  public long cards() {
    declines.cleanUp();
    return declines.estimatedSize();
  }

  @Override
  public String toString() {
    return "InProcessLedger[" + cards() + " cards, retention " + retention + "]";
  }
}
