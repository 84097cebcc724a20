package dev.posdx.core.diagnosis;

/**
 * Where the problem lives, which tells the cashier who can fix it.
 *
 * @since 0.1
 */
public enum Category {
  /** The card itself: expired, damaged, not activated, restricted product. */
  CARD,
  /** The cardholder's account: funds, limits, frequency, frozen. */
  ACCOUNT,
  /** PIN wrong or locked, strong authentication or PIN required. */
  AUTHENTICATION,
  /** The issuer declined for its own reasons, or is down, slow or in maintenance. */
  ISSUER,
  /** Switch, acquirer host, routing, cut-off. */
  PAYMENT_NETWORK,
  /** The terminal's own link: offline, unstable, no reply. */
  CONNECTIVITY,
  /** Device hardware, software, keys, clock, registration. */
  TERMINAL,
  /** Cashier input or procedure. */
  OPERATOR,
  /** Merchant account setup: invalid merchant, transaction not permitted. */
  MERCHANT,
  /** Batch, reconciliation, chain cross-store settlement. */
  SETTLEMENT,
  /** Suspected fraud, pick-up, lost or stolen card: never disclosed to the cardholder. */
  RISK,
  /** Approved, possibly with something to tell. */
  APPROVED,
  /** Nothing known matched; the raw input is kept. */
  UNKNOWN
}
