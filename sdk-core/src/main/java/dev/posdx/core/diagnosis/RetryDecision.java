package dev.posdx.core.diagnosis;

/**
 * What to do with this card for this sale.
 *
 * @since 0.1
 */
public enum RetryDecision {
  /** Try again at once. */
  NOW,
  /** Try again later, after a known wait when there is one. */
  LATER,
  /** Try again after one change (insert the chip, enter the PIN, sign on…). */
  WITH_CHANGE,
  /** Do not try this card again for this sale. */
  NEVER,
  /**
   * The outcome is unknown (sent, no reply): do not present the card again until the original
   * is confirmed or reversed, or the cardholder may be charged twice.
   */
  RECONCILE_FIRST
}
