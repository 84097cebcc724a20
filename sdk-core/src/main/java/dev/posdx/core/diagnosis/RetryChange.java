package dev.posdx.core.diagnosis;

/**
 * The one change that makes a retry worth trying.
 *
 * @since 0.1
 */
public enum RetryChange {
  /** Insert the card in the chip reader instead of tapping or swiping. */
  INSERT_CHIP,
  /** Swipe the card's magnetic stripe. */
  SWIPE_CARD,
  /** Tap the card or device on the contactless reader. */
  TAP_CARD,
  /** Retry with the PIN entered. */
  ENTER_PIN,
  /** Fix what was keyed in (amount, expiry, card number) and retry. */
  CORRECT_INPUT,
  /** Sign the terminal on to its host (fresh keys) and retry. */
  SIGN_ON,
  /** Restore the terminal's network link and retry. */
  RECONNECT,
  /** Retry only with another card or payment method. */
  ANOTHER_PAYMENT
}
