package dev.posdx.core.outcome;

/**
 * The state of the terminal's working keys.
 *
 * @since 0.1
 */
public enum KeyStatus {
  /** The working keys are usable. */
  OK,
  /** A message authentication code did not verify: the terminal's and host's keys disagree. */
  MAC_ERROR,
  /** The terminal has not signed on, so it holds no current working keys. */
  NOT_SIGNED_ON
}
