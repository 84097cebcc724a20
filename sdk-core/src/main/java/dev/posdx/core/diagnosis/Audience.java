package dev.posdx.core.diagnosis;

/**
 * Who reads a piece of guidance.
 *
 * @since 0.1
 */
public enum Audience {
  /** Short and imperative; may know the real reason. */
  CASHIER,
  /** Polite; never told of fraud or lost/stolen status. */
  CARDHOLDER,
  /** The store manager: the full explanation and the follow-up. */
  MERCHANT,
  /** Technical: codes and trace. */
  SUPPORT
}
