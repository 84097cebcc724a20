package dev.posdx.core.rule;

import dev.posdx.core.outcome.Network;
import java.time.Duration;

/**
 * A scheme's cap on how often one card may be tried within a window, as data with its source
 * and date (Visa's, for one, has been reported both as 15 and as 20 in 30 days).
 *
 * <p>Counting: {@code maxAttempts} is every try, the first included. A scheme that allows "up to
 * N reattempts" (Visa: 20 in 30 days) allows N tries after the first, so {@link #ofReattempts}
 * gives {@code maxAttempts = N + 1}. Once the tries so far reach {@code maxAttempts} (this sale's
 * {@code attempt}, or the card's {@code cardAttemptsInWindow} where the caller knows it, the
 * greater of the two), no try is left and any advice to retry becomes {@code NEVER}.
 *
 * @since 0.1
 */
public record RetryLimit(Network network, int maxAttempts, Duration window, PackSource source) {

  /**
   * @param network the scheme whose cap this is
   * @param maxAttempts every try allowed in the window, the first included; 1 or more
   * @param window the period the tries are counted over; positive
   * @param source where the cap is stated
   * @throws IllegalArgumentException if {@code maxAttempts} is below 1 or the window is not positive
   */
  public RetryLimit {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("retry limit for " + network + " must be at least 1, got " + maxAttempts);
    }
    if (window.compareTo(Duration.ZERO) <= 0) {
      throw new IllegalArgumentException("retry limit window for " + network + " must be positive");
    }
  }

  /**
   * A cap stated as "up to {@code reattempts} reattempts" after the first try.
   *
   * @param network the scheme whose cap this is
   * @param reattempts tries allowed after the first; 0 or more
   * @param window the period the tries are counted over; positive
   * @param source where the cap is stated
   * @return the limit, with {@code maxAttempts = reattempts + 1}
   * @throws IllegalArgumentException if {@code reattempts} is negative or the window is not
   *     positive
   */
  public static RetryLimit ofReattempts(Network network, int reattempts, Duration window, PackSource source) {
    if (reattempts < 0) {
      throw new IllegalArgumentException("reattempts for " + network + " must be 0 or more, got " + reattempts);
    }
    return new RetryLimit(network, reattempts + 1, window, source);
  }

  @Override
  public String toString() {
    return network + ": " + maxAttempts + " attempts per " + window + " (" + source + ")";
  }
}
