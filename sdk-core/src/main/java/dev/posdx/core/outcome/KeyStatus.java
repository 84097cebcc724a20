package dev.posdx.core.outcome;

/**
 * The state of the terminal's working keys.
 *
 * @since 0.1
 */
public enum KeyStatus {
  OK,
  MAC_ERROR,
  NOT_SIGNED_ON
}
