package dev.posdx.kafka;

import java.time.Instant;

/**
 * Counts one card's declined tries at one merchant over time, by {@link LedgerKeys key}, so that
 * a gateway can tell the engine how many tries the scheme has already seen
 * ({@code cardAttemptsInWindow}) when no terminal can count them alone. Implementations: a Kafka
 * Streams window store (one per partition, records keyed by the ledger key) and {@link
 * InProcessLedger} for one JVM.
 *
 * @since 0.1
 */
public interface ReattemptLedger {

  /**
   * The declined tries recorded for {@code key} at times from {@code from} to {@code to}, both included.
   *
   * @param key the card and merchant key ({@link LedgerKeys})
   * @param from the window's start
   * @param to the window's end
   * @return the count; 0 for a key never recorded
   */
  int declinesBetween(String key, Instant from, Instant to);

  /**
   * Records one declined try at {@code at}.
   *
   * @param key the card and merchant key ({@link LedgerKeys})
   * @param at when the decline happened
   */
  void recordDecline(String key, Instant at);
}
