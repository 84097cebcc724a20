package dev.posdx.core.outcome;

/**
 * What the cashier asked the terminal to do.
 *
 * @since 0.1
 */
public enum TransactionType {
  SALE,
  VOID,
  REFUND,
  PREAUTH,
  PREAUTH_COMPLETION,
  BALANCE_INQUIRY
}
