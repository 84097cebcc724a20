package dev.posdx.core.diagnosis;

/**
 * The one change that makes a retry worth trying.
 *
 * @since 0.1
 */
public enum RetryChange {
  INSERT_CHIP,
  SWIPE_CARD,
  TAP_CARD,
  ENTER_PIN,
  CORRECT_INPUT,
  SIGN_ON,
  RECONNECT,
  ANOTHER_PAYMENT
}
