package dev.posdx.core.outcome;

/**
 * The EMV kernel's outcome for the transaction (EMV Book A/B outcome names).
 *
 * @since 0.1
 */
public enum KernelOutcome {
  APPROVED,
  DECLINED,
  ONLINE_REQUEST,
  TRY_ANOTHER_INTERFACE,
  TRY_AGAIN,
  SELECT_NEXT,
  END_APPLICATION
}
