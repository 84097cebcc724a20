package dev.posdx.core.diagnosis;

import java.time.Duration;
import java.util.Optional;

/**
 * Whether and how to try this card again. A wait ({@code after}) goes only with {@link
 * RetryDecision#LATER}; a {@code change} goes with, and only with, {@link
 * RetryDecision#WITH_CHANGE}.
 *
 * @since 0.1
 */
public record RetryAdvice(RetryDecision decision, Optional<Duration> after, Optional<RetryChange> change) {

  private static final RetryAdvice NOW = new RetryAdvice(RetryDecision.NOW, Optional.empty(), Optional.empty());
  private static final RetryAdvice LATER = new RetryAdvice(RetryDecision.LATER, Optional.empty(), Optional.empty());
  private static final RetryAdvice NEVER = new RetryAdvice(RetryDecision.NEVER, Optional.empty(), Optional.empty());
  private static final RetryAdvice RECONCILE_FIRST =
      new RetryAdvice(RetryDecision.RECONCILE_FIRST, Optional.empty(), Optional.empty());

  /**
   * @param decision whether to retry
   * @param after how long to wait first; only with {@link RetryDecision#LATER}, and positive
   * @param change what must change first; present with, and only with, {@link RetryDecision#WITH_CHANGE}
   * @throws IllegalArgumentException if the parts disagree as above
   */
  public RetryAdvice {
    if (!(after.isEmpty() || decision == RetryDecision.LATER)) {
      throw new IllegalArgumentException("a wait ('after') goes only with LATER, not " + decision);
    }
    // Plain branches, not lambdas: every rule's advice is built at start-up.
    if (after.isPresent()) {
      Duration d = after.get();
      if (d.compareTo(Duration.ZERO) <= 0) {
        throw new IllegalArgumentException("'after' must be positive, got " + d);
      }
    }
    if (!(change.isPresent() == (decision == RetryDecision.WITH_CHANGE))) {
      throw new IllegalArgumentException("a change goes with, and only with, WITH_CHANGE (decision " + decision + ", change " + (change.isPresent() ? change.get().name() : "none") + ")");
    }
  }

  /** {@return advice to retry at once, as it is} */
  public static RetryAdvice now() {
    return NOW;
  }

  /** {@return advice to retry later, with no known wait} */
  public static RetryAdvice later() {
    return LATER;
  }

  /**
   * {@return advice to retry after a wait}
   *
   * @param after the wait; positive
   * @throws IllegalArgumentException if {@code after} is zero or negative
   */
  public static RetryAdvice later(Duration after) {
    return new RetryAdvice(RetryDecision.LATER, Optional.of(after), Optional.empty());
  }

  /**
   * {@return advice to retry once something has changed}
   *
   * @param change what must change
   */
  public static RetryAdvice withChange(RetryChange change) {
    return new RetryAdvice(RetryDecision.WITH_CHANGE, Optional.empty(), Optional.of(change));
  }

  /** {@return advice never to retry this card for this sale} */
  public static RetryAdvice never() {
    return NEVER;
  }

  /** {@return advice to find out whether the payment went through before any retry (sent, no reply)} */
  public static RetryAdvice reconcileFirst() {
    return RECONCILE_FIRST;
  }

  @Override
  public String toString() {
    return decision + after.map(d -> " after " + d).orElse("") + change.map(c -> " " + c).orElse("");
  }
}
