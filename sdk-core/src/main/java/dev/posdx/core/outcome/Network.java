package dev.posdx.core.outcome;

/**
 * The card network whose rules give the response code its meaning.
 *
 * @since 0.1
 */
public enum Network {
  /** China UnionPay. */
  UNIONPAY,
  /** Visa. */
  VISA,
  /** Mastercard. */
  MASTERCARD,
  /** American Express. */
  AMEX,
  /** JCB. */
  JCB,
  /** Discover. */
  DISCOVER,
  /** A host that speaks plain ISO 8583:1987 field 39 codes with no network-specific meaning. */
  ISO8583
}
