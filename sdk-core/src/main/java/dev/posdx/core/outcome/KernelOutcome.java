package dev.posdx.core.outcome;

/**
 * The EMV kernel's outcome for the transaction (EMV Book A/B outcome names).
 *
 * @since 0.1
 */
public enum KernelOutcome {
  /** The kernel approved offline. */
  APPROVED,
  /** The kernel declined offline. */
  DECLINED,
  /** The kernel asked for online authorization by the issuer. */
  ONLINE_REQUEST,
  /** The kernel asked for another interface (insert or swipe instead of tap). */
  TRY_ANOTHER_INTERFACE,
  /** The kernel asked to present the card again. */
  TRY_AGAIN,
  /** The kernel asked to select the next application on the card. */
  SELECT_NEXT,
  /** The kernel ended the transaction without a decision. */
  END_APPLICATION
}
