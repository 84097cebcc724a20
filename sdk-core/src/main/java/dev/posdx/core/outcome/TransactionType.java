package dev.posdx.core.outcome;

/**
 * What the cashier asked the terminal to do.
 *
 * @since 0.1
 */
public enum TransactionType {
  /** A purchase. */
  SALE,
  /** Cancels an earlier transaction, usually before settlement. */
  VOID,
  /** Returns money for an earlier sale. */
  REFUND,
  /** Reserves an amount without capturing it (hotels, rentals). */
  PREAUTH,
  /** Captures an amount reserved by an earlier pre-authorization. */
  PREAUTH_COMPLETION,
  /** Asks for the account's balance; moves no money. */
  BALANCE_INQUIRY
}
