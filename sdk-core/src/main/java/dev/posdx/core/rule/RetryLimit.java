package dev.posdx.core.rule;

import static com.google.common.base.Preconditions.checkArgument;

import dev.posdx.core.outcome.Network;
import java.time.Duration;

/**
 * A scheme's cap on how often one card may be tried again for one sale, as data with its
 * source and date (Visa's, for one, has been reported both as 15 and as 20 in 30 days).
 * Once {@code attempt >= maxAttempts}, any advice to retry becomes {@code NEVER}.
 */
public record RetryLimit(Network network, int maxAttempts, Duration window, PackSource source) {

  public RetryLimit {
    checkArgument(maxAttempts >= 1, "retry limit for %s must be at least 1, got %s", network, maxAttempts);
    checkArgument(window.compareTo(Duration.ZERO) > 0, "retry limit window for %s must be positive", network);
  }

  @Override
  public String toString() {
    return network + ": " + maxAttempts + " attempts per " + window + " (" + source + ")";
  }
}
